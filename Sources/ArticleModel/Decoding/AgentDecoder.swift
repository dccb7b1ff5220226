// ldpub — MIT licence.

import YAMLNodes

/// Decodes a person-or-organization mapping: the publisher, or an entry of `people`.
struct AgentDecoder {
    let fields: FieldDecoder

    static let keys: KeySet = ["id", "type", "name", "url", "logo", "jobTitle", "affiliation", "sameAs"]

    /// - Parameters:
    ///   - context: how messages name it: "'publisher'", "'people[2]'".
    ///   - requiresID: entries of `people` need an id; the publisher does not.
    func decode(_ node: Node, context: String, requiresID: Bool) -> Agent? {
        guard let reader = MappingReader(node, context: context, knownKeys: Self.keys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let id = (requiresID ? reader.required("id") : reader.value("id")).flatMap { fields.identifier($0, field: "id", syntax: .slug) }
        let kind = reader.required("type").flatMap { fields.choice($0, field: "type", as: Agent.Kind.self) }
        let name = fields.requiredText(reader, "name")
        let url = reader.value("url").flatMap { fields.absoluteURL($0, field: "url") }
        let logo = reader.value("logo").flatMap { fields.absoluteURL($0, field: "logo") }
        let jobTitle = fields.optionalText(reader, "jobTitle")
        let affiliation = reader.value("affiliation").flatMap { fields.reference($0, field: "affiliation", syntax: .slug) }
        let sameAs = reader.value("sameAs").flatMap {
            fields.list($0, field: "sameAs", of: "URLs") { item, field in fields.absoluteURL(item, field: field) }
        } ?? []
        if kind == .person, let logoNode = reader.value("logo") {
            fields.sink.error("'logo' is for organizations; a Person has no logo", at: logoNode.span)
        }
        guard let kind, let name, !(requiresID && id == nil) else {
            if let id = reader.value("id")?.scalar?.text { fields.sink.incompleteIDs.insert(id) }
            return nil
        }
        return Agent(id: id, kind: kind, name: name, url: url, logo: logo, jobTitle: jobTitle, affiliation: affiliation,
                     sameAs: sameAs, span: node.span)
    }
}
