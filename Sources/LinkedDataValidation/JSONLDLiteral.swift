// ldpub — MIT licence.

/// A literal in a JSON-LD document: a JSON string, number or boolean, or an `@value` object.
struct JSONLDLiteral {
    enum Kind { case string, integer, double, boolean }

    /// The lexical form: the string itself, or the number or boolean as JSON writes it.
    let lexical: String
    let kind: Kind

    /// How messages show the value: quoted text, or the bare number or boolean.
    var quoted: String {
        kind == .string ? "'\(lexical.shortened())'" : lexical
    }

    /// The schema.org data type the JSON value naturally has, for "got Text" messages.
    var naturalType: String {
        switch kind {
        case .string: return "Text"
        case .integer, .double: return "Number"
        case .boolean: return "Boolean"
        }
    }
}
