// ldpub — MIT licence.

/// What validating an input found.
public struct ValidationResult: Sendable {
    /// Every diagnostic, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The validated site, or nil when there were errors.
    public let publication: Publication?
    /// How many article files were read.
    public let articleFileCount: Int

    /// Creates a result.
    public init(diagnostics: [Diagnostic], publication: Publication?, articleFileCount: Int) {
        self.diagnostics = diagnostics
        self.publication = publication
        self.articleFileCount = articleFileCount
    }

    /// True when there is no error (warnings allowed).
    public var succeeded: Bool { publication != nil }
}
