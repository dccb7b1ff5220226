// ldpub — MIT licence.

/// Attributes escaped once, ready to copy into every statement that uses them.
struct DOTAttributeList: Sendable {
    /// The attributes, in order.
    let attributes: [DOTAttribute]
    /// `name="value"` of each attribute, for subgraph statements (one a line).
    let statements: [[UInt8]]
    /// `name="value", name="value"`: the inside of an attribute list, without the brackets.
    let joined: [UInt8]

    init(_ attributes: [DOTAttribute]) {
        self.attributes = attributes
        statements = attributes.map { Array($0.statement.utf8) }
        joined = Array(statements.joined(separator: Array(", ".utf8)))
    }
}
