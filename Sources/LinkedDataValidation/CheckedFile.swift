// ldpub — MIT licence.

/// One file that ``DocumentChecker`` validated, with what it found.
public struct CheckedFile: Sendable, Hashable {
    /// The path as the user gave it, extended by the walk (`Output/ketamine/index.jsonld`).
    public let path: String
    /// What the file was checked as; `nil` when it could not be read, or could not be parsed
    /// far enough to tell (a `.json` file that is not JSON, a `.xml` file that is not XML).
    public let kind: DocumentKind?
    /// The problems, each carrying ``path``, in document order.
    public let problems: [ValidationProblem]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - kind: What it was checked as.
    ///   - problems: The problems found; their paths are set to `path`.
    public init(path: String, kind: DocumentKind?, problems: [ValidationProblem]) {
        self.path = path
        self.kind = kind
        self.problems = problems.map { problem in
            var located = problem
            located.path = path
            return located
        }
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
