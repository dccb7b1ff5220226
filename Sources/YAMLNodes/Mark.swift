// ldpub — MIT licence.

/// A position in a YAML source file.
///
/// Both numbers are 1-based. The column counts Unicode scalars, not bytes, as libyaml
/// does (`yaml_mark_t` is 0-based; ``YAMLLoader`` converts at the boundary).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, 1-based.
    public let line: Int
    /// The column, 1-based, counted in Unicode scalars.
    public let column: Int

    /// Creates a mark from 1-based line and column numbers.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first position of a file.
    public static let start = Mark(line: 1, column: 1)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, as compilers print it.
    public var description: String { "\(line):\(column)" }
}
