// ldpub — MIT licence.

/// A node object of a JSON-LD document, as written (one JSON object; several may share an `@id`).
struct JSONLDNode {
    /// One property and its values.
    struct Property {
        let key: String
        /// The schema.org term the key denotes, or `nil` for a key of another vocabulary.
        let local: String?
        /// Where the values are in ``JSONLDGraph/values``, in document order.
        let values: Range<Int>
    }

    /// The `@id`, or `nil` for a blank node.
    var id: JSONLDIdentifier?
    /// The `@type` values as written.
    var types: [String]
    /// Where a blank node object is in the document, such as `@graph[3]` or `@graph[1].image`;
    /// empty for the top-level object, and for an object with an `@id` (messages name it by that).
    var path: String
    /// Where the properties are in ``JSONLDGraph/properties``, in document order.
    var properties: Range<Int>
    /// Keys that made this object a description rather than a bare reference.
    var isDescription: Bool { !types.isEmpty || !properties.isEmpty }
}
