// ldpub — MIT licence.

import ArticleModel
import LinkedDataValidation

/// What every step of a build is given: the options, the input folder, the validator and the
/// output checker.
struct BuildInput: Sendable {
    let options: FolderBuild.Options
    let folder: InputFolder
    let validator: InputValidator
    private let checking: BackgroundWork<DocumentChecker>
    /// The output checker (waits for the schema.org vocabulary when it is still being read).
    var checker: DocumentChecker { checking.value }

    init(options: FolderBuild.Options, checker: DocumentChecker?) {
        folder = InputFolder(path: options.inputPath, maxFileBytes: options.limits.maxFileBytes)
        var options = options
        // A heard file with a second name: that name may be an article's, changed unheard. Look at everything.
        if options.knownChanges?.includesFileWithSecondName(in: folder) == true { options.knownChanges = nil }
        self.options = options
        checking = checker.map { BackgroundWork(ready: $0) } ?? options.resident?.checking ?? BackgroundWork { DocumentChecker() }
        validator = InputValidator(vocabulary: options.vocabulary, limits: options.limits).readingBibliographies(in: folder)
    }
}

/// What a build has found so far. Every report, of a build that stopped early or one that
/// finished, is made from it, so they all say the same things the same way.
struct BuildRecord {
    /// The input's diagnostics, in the order found (sorted for the report).
    var diagnostics: [Diagnostic] = []
    /// Article files found, once looked for.
    var articleFileCount: Int?
    var statistics: BuildStatistics?
    var checked: [CheckedFile] = []
    var outputWarnings = 0
    var reusedArticles = 0
    var summary: OutputTransaction.Summary?
    var siteGraphPatched = false
    var checksAcrossFilesReused = false
    var checksAcrossFilesUpdated = false
    var indexPatched = false
    var siteMapPatched = false
    var cacheFromMemory = false
    var listingFromMemory = false
    var cacheSave: BackgroundWork<Bool>?

    /// Whether an input error was found.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The report of a build of `folder` that ended with `failure` (nil: success).
    func report(of folder: InputFolder, failure: FolderBuild.Failure?) -> FolderBuild.Report {
        let count = articleFileCount ?? folder.articleEntries().count
        return FolderBuild.Report(
            validation: ValidationResult(diagnostics: diagnostics, publication: nil, articleFileCount: count, inputFolder: folder),
            statistics: statistics, checked: checked, outputWarnings: outputWarnings, reusedArticles: reusedArticles,
            summary: summary, failure: failure, siteGraphPatched: siteGraphPatched,
            checksAcrossFilesReused: checksAcrossFilesReused, checksAcrossFilesUpdated: checksAcrossFilesUpdated, indexPatched: indexPatched,
            siteMapPatched: siteMapPatched, cacheFromMemory: cacheFromMemory, listingFromMemory: listingFromMemory, cacheSave: cacheSave)
    }
}

/// Why a build stopped before the end; nothing was committed.
struct BuildStop: Error {
    let failure: FolderBuild.Failure

    init(_ failure: FolderBuild.Failure) {
        self.failure = failure
    }

    /// A stop for the input errors in the record.
    static let inputErrors = BuildStop(.inputErrors)
}
