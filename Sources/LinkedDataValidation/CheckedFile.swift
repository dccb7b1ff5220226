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
    /// The earlier file of the same check whose JSON-LD this file repeats, when every JSON-LD
    /// document in it was checked before (a page's script holding its `index.jsonld`): the
    /// problems of the repeated documents are listed once, at that file, and not here.
    public let repeats: String?

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - kind: What it was checked as.
    ///   - problems: The problems found; their paths are set to `path`.
    ///   - repeats: The earlier file whose JSON-LD this file repeats, if it repeats it all.
    public init(path: String, kind: DocumentKind?, problems: [ValidationProblem], repeats: String? = nil) {
        self.path = path
        self.kind = kind
        self.repeats = repeats
        self.problems = problems.map { problem in
            var located = problem
            located.path = path
            return located
        }
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// The same file with its errors only: for a report that counts warnings but need not
    /// keep them (a build of a large site finds tens of thousands).
    public var withErrorsOnly: CheckedFile {
        CheckedFile(path: path, kind: kind, problems: problems.filter { $0.severity == .error }, repeats: repeats)
    }
}
