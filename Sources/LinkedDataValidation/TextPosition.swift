// ldpub — MIT licence.

/// A place in a text file: a 1-based line and a 1-based column counted in Unicode scalars, as
/// compilers and editors count them.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based.
    public var line: Int
    /// 1-based, in Unicode scalars.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// This position, read relative to a text embedded at `origin` of a larger file (a script
    /// element's content in a page): the first line shifts by the origin's column, later lines
    /// keep their own column.
    public func offset(by origin: TextPosition) -> TextPosition {
        line == 1
            ? TextPosition(line: origin.line, column: origin.column + column - 1)
            : TextPosition(line: origin.line + line - 1, column: column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Earlier lines first, then earlier columns.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
