// ldpub — MIT licence.

/// The decoded contents of `Schemas/schemaorg-facts.json`, as the extraction script writes it.
struct SchemaOrgFacts: Decodable {
    struct About: Decodable {
        let licence: String
        let release: String
        let source: String
        let sourceSHA256: String
    }

    struct Property: Decodable {
        let domain: [String]
        let range: [String]
    }

    let about: About
    let classes: [String: [String]]
    let dataTypes: [String: [String]]
    let members: [String: [String]]
    let properties: [String: Property]
    let supersededBy: [String: String]
}
