// ldpub — MIT licence.

/// A problem found while loading YAML, located in its file.
///
/// Syntax errors come from libyaml (`yaml_parser_t.problem`, `problem_mark`); the others
/// are checks libyaml does not make (duplicate keys, limits, tags, encodings).
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Kind: Sendable, Hashable {
        /// libyaml's reader rejected the bytes (invalid UTF-8, control characters).
        case encoding
        /// libyaml's scanner or parser rejected the text.
        case syntax
        /// A mapping has the same key twice.
        case duplicateKey
        /// An anchor is used but never defined, or aliases expand beyond the budget.
        case alias
        /// Nesting deeper than ``LoadLimits/maxDepth``.
        case depth
        /// A file larger than ``LoadLimits/maxFileBytes``.
        case size
        /// A tag ldpub does not understand, or a value that does not fit its tag.
        case tag
        /// More than one document in a file.
        case multipleDocuments
    }

    /// A secondary location that explains the error, such as the first of two duplicate keys.
    public struct Note: Sendable, Hashable {
        /// The message, lowercase, without a final period.
        public let message: String
        /// Where it points.
        public let span: SourceSpan
    }

    /// What kind of problem this is.
    public let kind: Kind
    /// The message, lowercase, without a final period, identifiers in single quotes.
    public let message: String
    /// Where the problem is.
    public let span: SourceSpan
    /// Related locations.
    public let notes: [Note]

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at span: SourceSpan, notes: [Note] = []) {
        self.kind = kind
        self.message = message
        self.span = span
        self.notes = notes
    }

    /// `file:line:column: error: message`
    public var description: String {
        "\(span.file):\(span.start): error: \(message)"
    }
}
