// ldpub — MIT licence.

import ArticleModel
import FeedExport
import Foundation
import LinkedDataValidation
import Synchronization
import YAMLNodes

/// A build from an input folder to an output folder, in one streaming pass on all cores.
///
/// Each article is read, validated, exported and checked by one worker, and its files are staged
/// in the output transaction at once; only the article without its body is kept for the checks
/// across files and the site-wide outputs. Memory therefore grows with the number of claims and
/// references, not with the size of the input. If anything fails (an input error, an output
/// that fails its check, a write), the transaction is aborted and the output stays as it was.
public struct FolderBuild: Sendable {
    /// What to build and how.
    public struct Options: Sendable {
        public var inputPath: String
        public var outputPath: String
        public var limits: LoadLimits
        public var vocabulary: TermVocabulary
        /// Draw the graphs as SVG: true or false overrides site.yaml's `graphs.svg`.
        public var drawGraphs: Bool?
        /// Where to look for Graphviz's `dot`, PATH-style.
        public var searchPath: String

        /// Creates options.
        public init(inputPath: String, outputPath: String, limits: LoadLimits = .default, vocabulary: TermVocabulary,
                    drawGraphs: Bool? = nil, searchPath: String = "/usr/bin:/bin") {
            self.inputPath = inputPath
            self.outputPath = outputPath
            self.limits = limits
            self.vocabulary = vocabulary
            self.drawGraphs = drawGraphs
            self.searchPath = searchPath
        }
    }

    /// How a build ended.
    public enum Failure: Error, Sendable {
        /// The input has errors (see ``Report/validation``); nothing was written.
        case inputErrors
        /// Output failed its own check (a bug in ldpub); nothing was written.
        case outputCheck([CheckedFile])
        /// Graphviz was needed and missing or failing; nothing was written.
        case graphDrawing(GraphDrawing.Failure)
        /// The output folder could not be written; it stays as it was.
        case output(OutputError)
    }

    /// What a build found and did.
    public struct Report: Sendable {
        /// The input's diagnostics, sorted; its source excerpts are read again from the input folder.
        public let validation: ValidationResult
        /// Counts of the validated input, when it validated.
        public let statistics: BuildStatistics?
        /// Every output file that was checked, with its problems (warnings when the build succeeded).
        public let checked: [CheckedFile]
        /// What was written, when the build succeeded.
        public let summary: OutputTransaction.Summary?
        /// Why the build failed, if it did.
        public let failure: Failure?
    }

    public let options: Options
    private let checker: DocumentChecker

    /// Creates a build.
    public init(options: Options, checker: DocumentChecker = DocumentChecker()) {
        self.options = options
        self.checker = checker
    }

    /// One article after its worker is done.
    private struct Processed: Sendable {
        let file: String
        let decoded: InputValidator.DecodedFile<Article>
        let checked: CheckedFile?
        let paths: [String]
    }

    /// Runs the build.
    public func run() -> Report {
        let validator = InputValidator(vocabulary: options.vocabulary, limits: options.limits)
        let folder = InputFolder(path: options.inputPath, maxFileBytes: options.limits.maxFileBytes)
        func report(_ diagnostics: [Diagnostic], count: Int, statistics: BuildStatistics? = nil, checked: [CheckedFile] = [],
                    summary: OutputTransaction.Summary? = nil, failure: Failure?) -> Report {
            let sorted = diagnostics.sortedForDisplay()
            return Report(validation: ValidationResult(diagnostics: sorted, publication: nil, articleFileCount: count, inputFolder: folder),
                          statistics: statistics, checked: checked, summary: summary, failure: failure)
        }

        // 1. site.yaml: nothing else can be checked or exported without it.
        let site: InputValidator.DecodedFile<Site>
        switch folder.read(folder.sitePath) {
        case .success(let file): site = validator.decodeSite(file)
        case .failure(let problem): site = .init(value: nil, diagnostics: [InputValidator.missingSite(problem)], incompleteIDs: [])
        }
        let entries = folder.articleEntries()
        guard let siteValue = site.value else {
            return report(site.diagnostics, count: entries.count, failure: .inputErrors)
        }
        let drawing: GraphDrawing?
        do {
            drawing = (options.drawGraphs ?? siteValue.graphs.svg) ? try GraphDrawing(searchPath: options.searchPath) : nil
        } catch {
            return report(site.diagnostics, count: entries.count, failure: .graphDrawing(error))
        }
        let transaction: OutputTransaction
        do {
            transaction = try OutputTransaction.begin(outputPath: options.outputPath)
        } catch {
            return report(site.diagnostics, count: entries.count, failure: .output(error))
        }

        // 2. Every article: read, validate, export, check, stage.
        let outputs = ArticleOutputs(site: siteValue, drawing: drawing)
        let context = Publication(site: siteValue, articles: [])
        let drawingFailure = Mutex<GraphDrawing.Failure?>(nil)
        let processed = entries.concurrentMap { entry -> Processed in
            let decoded: InputValidator.DecodedFile<Article>
            let file: String
            switch entry {
            case .problem(let diagnostic):
                return Processed(file: diagnostic.file, decoded: .init(value: nil, diagnostics: [diagnostic], incompleteIDs: []), checked: nil, paths: [])
            case .file(let path):
                file = path
                switch folder.read(path) {
                case .success(let source): decoded = validator.decodeArticle(source)
                case .failure(let problem): decoded = .init(value: nil, diagnostics: [problem], incompleteIDs: [])
                }
            }
            guard let article = decoded.value, !decoded.diagnostics.contains(where: { $0.severity == .error }) else {
                return Processed(file: file, decoded: decoded, checked: nil, paths: [])
            }
            let made: ArticleOutputs.Made
            do throws(GraphDrawing.Failure) {
                made = try outputs.make(article)
            } catch {
                drawingFailure.withLock { if $0 == nil { $0 = error } }
                return Processed(file: file, decoded: decoded, checked: nil, paths: [])
            }
            let problems = checker.jsonLD.validate(made.jsonLD, base: context.pageURL(of: article))
            let checked = CheckedFile(path: "\(article.slug)/index.jsonld", kind: .jsonLD, problems: problems)
            if !checked.hasErrors {
                for file in made.files { transaction.stage(file) }
            }
            let digest = InputValidator.DecodedFile(value: article.withoutBodies(), diagnostics: decoded.diagnostics,
                                                    incompleteIDs: decoded.incompleteIDs)
            return Processed(file: file, decoded: digest, checked: checked, paths: made.files.map(\.path))
        }

        // 3. The checks across files.
        var diagnostics = site.diagnostics + processed.flatMap(\.decoded.diagnostics)
        let articles = processed.compactMap(\.decoded.value)
        let incomplete = processed.reduce(site.incompleteIDs) { $0.union($1.decoded.incompleteIDs) }
        diagnostics += InputValidator.crossFileDiagnostics(site: siteValue, articles: articles, incompleteIDs: incomplete)
        if entries.isEmpty {
            diagnostics.append(.warning("no articles found in '\(folder.path)' (article files end in .yaml or .yml)", at: siteValue.span))
        }
        var checked = processed.compactMap(\.checked)
        if let failure = drawingFailure.withLock({ $0 }) {
            transaction.abort()
            return report(diagnostics, count: entries.count, failure: .graphDrawing(failure))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            transaction.abort()
            return report(diagnostics, count: entries.count, failure: .inputErrors)
        }

        // 4. The site-wide files: feeds from the newest articles, read again in full.
        let publication = Publication(site: siteValue, articles: articles)
        let newest = FeedItems.newestFirst(publication.articles, limit: siteValue.feeds.limit).compactMap { digest in
            (try? folder.read(digest.file).get()).flatMap { validator.decodeArticle($0).value }
        }
        let siteFiles: [OutputFile]
        do {
            siteFiles = try SiteOutputs.make(publication, newest: newest, drawing: drawing)
        } catch {
            transaction.abort()
            return report(diagnostics, count: entries.count, failure: .graphDrawing(error))
        }
        checked += siteFiles.compactMap { checker.check(contents: Data($0.bytes), path: $0.path) }
        checked.sort { $0.path < $1.path }
        let statistics = BuildStatistics(publication)
        if checked.contains(where: \.hasErrors) {
            transaction.abort()
            return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, failure: .outputCheck(checked.filter(\.hasErrors)))
        }
        for file in siteFiles { transaction.stage(file) }

        // 5. Into place.
        let kept = Set(processed.flatMap(\.paths) + siteFiles.map(\.path))
        do {
            let summary = try transaction.commit(keeping: kept)
            return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, summary: summary, failure: nil)
        } catch {
            return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, failure: .output(error))
        }
    }
}
