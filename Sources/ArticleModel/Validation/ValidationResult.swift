// ldpub — MIT licence.

/// What validating an input found.
public struct ValidationResult: Sendable {
    /// Every diagnostic, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The validated site, or nil when there were errors.
    public let publication: Publication?
    /// How many article files were read.
    public let articleFileCount: Int

    /// Where the validated bytes can be found again, for source excerpts.
    private let sources: Sources

    /// The files behind the diagnostics: an input folder on disk, or files held in memory.
    enum Sources: Sendable {
        case folder(InputFolder)
        case memory([String: [UInt8]])
    }

    /// Creates a result.
    public init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int) {
        self.init(diagnostics: diagnostics, publication: publication, articleFileCount: articleFileCount, sources: .memory([:]))
    }

    /// Creates a result whose source excerpts are read again from an input folder.
    public init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int, inputFolder: InputFolder) {
        self.init(diagnostics: diagnostics, publication: publication, articleFileCount: articleFileCount, sources: .folder(inputFolder))
    }

    init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int, sources: Sources) {
        self.diagnostics = diagnostics
        self.publication = publication
        self.articleFileCount = articleFileCount
        self.sources = sources
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

    /// True when there is no error (warnings allowed).
    public var succeeded: Bool { publication != nil }
}
