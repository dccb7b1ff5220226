// ldpub — MIT licence.

/// What validating an input found.
public struct ValidationResult: Sendable {
    /// Every diagnostic, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The validated site, or nil when there were errors.
    public let publication: Publication?
    /// How many article files were read.
    public let articleFileCount: Int
    /// True when there is no error (warnings allowed).
    public let succeeded: Bool
    /// The summaries of the articles of a result without errors that keeps no publication
    /// (``InputValidator/validate(folder:keepingArticles:)``), for the review-age check; else empty.
    let summaries: [ArticleSummary]

    /// Where the validated bytes can be found again, for source excerpts.
    private let sources: Sources

    /// The files behind the diagnostics: an input folder on disk, or files held in memory.
    enum Sources: Sendable {
        case folder(InputFolder)
        case memory([String: [UInt8]])
    }

    /// Creates a result; its diagnostics are sorted for display (``Swift/Array/sortedForDisplay()``).
    public init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int) {
        self.init(diagnostics: diagnostics.sortedForDisplay(), publication: publication, articleFileCount: articleFileCount, sources: .memory([:]))
    }

    /// Creates a result whose source excerpts are read again from an input folder; its
    /// diagnostics are sorted for display.
    public init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int, inputFolder: InputFolder) {
        self.init(diagnostics: diagnostics.sortedForDisplay(), publication: publication, articleFileCount: articleFileCount,
                  sources: .folder(inputFolder))
    }

    // The initializers below take diagnostics already sorted for display.

    init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int, sources: Sources) {
        self.diagnostics = diagnostics
        self.publication = publication
        self.articleFileCount = articleFileCount
        self.sources = sources
        succeeded = publication != nil
        summaries = []
    }

    /// A result without errors that keeps the summaries of its articles instead of a publication.
    init(diagnostics: [Diagnostic], summaries: [ArticleSummary], articleFileCount: Int, sources: Sources) {
        self.diagnostics = diagnostics
        publication = nil
        self.articleFileCount = articleFileCount
        self.sources = sources
        succeeded = true
        self.summaries = summaries
    }

    /// This result with other diagnostics (its publication or summaries, and its sources, kept).
    func replacing(diagnostics: [Diagnostic]) -> ValidationResult {
        publication != nil || !succeeded
            ? ValidationResult(diagnostics: diagnostics, publication: publication, articleFileCount: articleFileCount, sources: sources)
            : ValidationResult(diagnostics: diagnostics, summaries: summaries, articleFileCount: articleFileCount, sources: sources)
    }

    /// The bytes of an input file, for source excerpts (see ``DiagnosticRenderer``): read again
    /// under the input folder's rules (the size limit, no link to a file outside the folder), or
    /// the file as it was validated in memory; nil when there is none.
    public func source(of path: String) -> [UInt8]? {
        switch sources {
        case .folder(let folder): try? folder.read(path).get().bytes
        case .memory(let files): files[path]
        }
    }
}
