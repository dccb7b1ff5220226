// ldpub — MIT licence.

import YAMLNodes

/// Decodes `site.yaml`.
struct SiteDecoder {
    let fields: FieldDecoder
    /// Reads the files `bibliography:` names.
    let bibliography: BibliographyDecoder

    static let keys: KeySet = ["title", "url", "language", "description", "publisher", "people", "references", "bibliography", "feeds", "graphs"]
    private static let feedKeys: KeySet = ["limit", "copyright"]
    private static let graphKeys: KeySet = ["svg"]

    func decode(_ root: Node) -> Site? {
        guard let reader = MappingReader(root, context: "site", knownKeys: Self.keys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let agents = AgentDecoder(fields: fields)
        let csl = CSLDecoder(fields: fields)
        let title = fields.requiredText(reader, "title")
        let url = reader.required("url").flatMap { siteURL($0) }
        let language = reader.required("language").flatMap { fields.languageTag($0, field: "language") }
        let description = fields.requiredText(reader, "description")
        let publisher = reader.required("publisher").flatMap { agents.decode($0, context: "'publisher'", requiresID: false) }
        let people = reader.value("people").flatMap {
            fields.list($0, field: "people", of: "people and organizations") { node, field in
                agents.decode(node, context: "'\(field)'", requiresID: true)
            }
        } ?? []
        let references = (reader.value("references").flatMap {
            fields.list($0, field: "references", of: "CSL items") { node, field in csl.item(node, field: field) }
        } ?? []) + (reader.value("bibliography").map { bibliography.items($0, namingFile: root.span.file).items } ?? [])
        let feeds = reader.value("feeds").flatMap { feedSettings($0) } ?? FeedSettings()
        let graphs = reader.value("graphs").flatMap { graphSettings($0) } ?? GraphSettings()
        guard let title, let url, let language, let description, let publisher else { return nil }
        return Site(title: title, url: url, language: language, description: description, publisher: publisher,
                    people: people, references: references, feeds: feeds, graphs: graphs, span: root.span)
    }

    private func siteURL(_ node: Node) -> String? {
        guard let url = fields.absoluteURL(node, field: "url") else { return nil }
        guard url.hasSuffix("/") else {
            fields.sink.error("'url' must end with '/': it is the base of every article URL (url + slug + '/')", at: node.span)
            return nil
        }
        guard !url.contains("?"), !url.contains("#") else {
            fields.sink.error("'url' must not have a query or fragment: it is the base of every article URL", at: node.span)
            return nil
        }
        return url
    }

    private func graphSettings(_ node: Node) -> GraphSettings? {
        guard let reader = MappingReader(node, context: "'graphs'", knownKeys: Self.graphKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        guard let svgNode = reader.value("svg") else { return GraphSettings() }
        guard case .bool(let svg)? = svgNode.scalar?.value else {
            fields.sink.error("'graphs.svg' expects true or false, got \(svgNode.kindDescription)", at: svgNode.span)
            return nil
        }
        return GraphSettings(svg: svg)
    }

    private func feedSettings(_ node: Node) -> FeedSettings? {
        guard let reader = MappingReader(node, context: "'feeds'", knownKeys: Self.feedKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let limit = reader.value("limit").flatMap { fields.integer($0, field: "feeds.limit", minimum: 1) }
        let copyright = fields.optionalText(reader, "copyright", field: "feeds.copyright")
        return FeedSettings(limit: limit ?? 20, copyright: copyright)
    }
}
