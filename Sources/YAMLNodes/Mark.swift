// ldpub — MIT licence.

/// A position in a YAML source file.
///
/// Both numbers are 1-based. The column counts Unicode scalars, not bytes, as libyaml
/// does (`yaml_mark_t` is 0-based; ``YAMLLoader`` converts at the boundary).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, 1-based.
    public var line: Int { Int(storedLine) }
    /// The column, 1-based, counted in Unicode scalars.
    public var column: Int { Int(storedColumn) }

    // Kept in 32 bits: every node of a document has two marks, and half the size is half the
    // bytes copied. Numbers beyond 2^31 (a file of over 2 GB) are clamped.
    private let storedLine: Int32
    private let storedColumn: Int32

    /// Creates a mark from 1-based line and column numbers.
    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// The first position of a file.
    public static let start = Mark(line: 1, column: 1)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    /// `line:column`, as compilers print it.
    public var description: String { "\(line):\(column)" }
}
