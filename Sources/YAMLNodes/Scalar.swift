// ldpub — MIT licence.

/// A YAML scalar: the text as written (after unescaping and folding), its style and its value.
public struct Scalar: Sendable, Hashable {
    /// How the scalar was written in the source.
    public enum Style: Sendable, Hashable {
        /// `value`
        case plain
        /// `'value'`
        case singleQuoted
        /// `"value"`
        case doubleQuoted
        /// `|` block
        case literal
        /// `>` block
        case folded
    }

    /// The scalar's content (escapes resolved, lines folded).
    public let text: String
    // The value without a second copy of the text (declared before `style`: the two pack
    // into 26 bytes, and every node of a document holds one).
    private let resolved: Resolved
    /// The style it was written in.
    public let style: Style

    /// What the scalar means under the YAML 1.2 core schema (or its explicit tag).
    public var value: ScalarValue {
        switch resolved {
        case .text: .string(text)
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .float(let value): .float(value)
        }
    }

    /// A scalar's value as it is kept: a string value is always the scalar's own text.
    private enum Resolved: Sendable, Hashable {
        case text
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
    }

    /// Creates a scalar whose value is already resolved. A string value is the scalar's text:
    /// `value` then reads `.string(text)` whatever string was given.
    public init(text: String, style: Style, value: ScalarValue) {
        self.text = text
        self.style = style
        switch value {
        case .string: resolved = .text
        case .null: resolved = .null
        case .bool(let value): resolved = .bool(value)
        case .int(let value): resolved = .int(value)
        case .float(let value): resolved = .float(value)
        }
    }

    /// Creates a scalar and resolves it as the YAML 1.2 core schema does: only plain scalars
    /// can be null, booleans or numbers; quoted and block scalars are always strings.
    public init(text: String, style: Style) {
        self.init(text: text, style: style, value: style == .plain ? ScalarValue.resolvingCoreSchema(text) : .string(text))
    }

    /// Whether the two scalars have the same value (``value``'s equality, without making the values).
    public func hasSameValue(as other: Scalar) -> Bool {
        switch (resolved, other.resolved) {
        case (.text, .text): text == other.text
        case (.text, _), (_, .text): false
        default: resolved == other.resolved
        }
    }

    /// The text if the scalar resolves to a string.
    public var string: String? {
        if case .text = resolved { return text }
        return nil
    }
}
