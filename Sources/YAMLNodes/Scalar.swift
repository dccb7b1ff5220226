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
    /// The style it was written in.
    public let style: Style
    /// What the scalar means under the YAML 1.2 core schema (or its explicit tag).
    public let value: ScalarValue

    /// Creates a scalar whose value is already resolved.
    public init(text: String, style: Style, value: ScalarValue) {
        self.text = text
        self.style = style
        self.value = value
    }

    /// Creates a scalar and resolves it as the YAML 1.2 core schema does: only plain scalars
    /// can be null, booleans or numbers; quoted and block scalars are always strings.
    public init(text: String, style: Style) {
        self.init(text: text, style: style, value: style == .plain ? ScalarValue.resolvingCoreSchema(text) : .string(text))
    }

    /// The text if the scalar resolves to a string.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }
}
