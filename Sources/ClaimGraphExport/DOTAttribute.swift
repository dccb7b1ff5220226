// ldpub — MIT licence.

/// One `name="value"` pair of a DOT attribute list; the value is written with ``DOTString``.
struct DOTAttribute: Sendable, Hashable {
    /// A Graphviz attribute name, such as `label` or `shape`.
    let name: String
    /// The value, any text.
    let value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name="value"`, the value quoted and escaped.
    var statement: String { name + "=" + DOTString.quoted(value) }
}
