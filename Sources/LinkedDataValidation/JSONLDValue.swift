// ldpub — MIT licence.

/// One value of a property in a JSON-LD document, after arrays, `@list` and `@set` are flattened.
enum JSONLDValue {
    /// A string, number, boolean or `@value` object.
    case literal(JSONLDLiteral)
    /// A nested node object: an index into ``JSONLDGraph/nodes``.
    case node(Int)
    /// A node reference, `{"@id": "…"}` and nothing else.
    case reference(JSONLDIdentifier)
}
