// ldpub — MIT licence.

/// The stretch of a source file that a node or a diagnostic covers.
///
/// `start` is where the node begins (for a scalar: its first character, or its quote),
/// `end` is the position just after it, both as ``Mark``s. `file` is the path as the
/// user gave it, so diagnostics print it unchanged.
public struct SourceSpan: Sendable, Hashable, Comparable {
    /// The file's path, as the user typed it.
    public let file: String
    /// Where the span begins.
    public let start: Mark
    /// Where the span ends (exclusive).
    public let end: Mark

    /// Creates a span in `file` from `start` to `end`.
    public init(file: String, start: Mark, end: Mark) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A span of length zero at `mark`.
    public init(file: String, at mark: Mark) {
        self.init(file: file, start: mark, end: mark)
    }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        return lhs.end < rhs.end
    }
}
