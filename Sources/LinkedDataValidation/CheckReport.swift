// ldpub — MIT licence.

/// The result of checking files and folders: each checked file and its problems.
public struct CheckReport: Sendable, Hashable {
    /// The checked files, in the order they were walked. Files of other types are not listed.
    public var files: [CheckedFile]

    /// Creates a report.
    ///
    /// - Parameter files: The checked files, in order.
    public init(files: [CheckedFile]) {
        self.files = files
    }

    /// Every problem of every file, file by file.
    public var problems: [ValidationProblem] { files.flatMap(\.problems) }

    /// The number of errors.
    public var errorCount: Int { files.reduce(0) { $0 + $1.problems.count { $0.severity == .error } } }

    /// The number of warnings.
    public var warningCount: Int { files.reduce(0) { $0 + $1.problems.count { $0.severity == .warning } } }

    /// Whether any file has an error.
    public var hasErrors: Bool { files.contains(where: \.hasErrors) }

    /// The problems as lines, `path:line:column: error: message` (`path: error: message` when
    /// the place is not known), each ending in a newline.
    public var rendered: String {
        problems.map { "\($0)\n" }.joined()
    }
}
