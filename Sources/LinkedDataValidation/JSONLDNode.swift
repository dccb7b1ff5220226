// ldpub — MIT licence.

/// A node object of a JSON-LD document, as written (one JSON object; several may share an `@id`).
struct JSONLDNode {
    /// One property and its values, in document order.
    struct Property {
        let key: String
        let values: [JSONLDValue]
    }

    /// The `@id` as written, or `nil` for a blank node.
    var id: String?
    /// The `@type` values as written.
    var types: [String]
    /// Where the object is in the document, such as `@graph[3]` or `@graph[1].image`; empty
    /// for the top-level object.
    var path: String
    var properties: [Property]
    /// Keys that made this object a description rather than a bare reference.
    var isDescription: Bool { !types.isEmpty || !properties.isEmpty }
}
