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
///
/// A successful build leaves a cache in the output folder (``BuildCache``); the next build
/// reuses every article whose file and outputs did not change, and the site-wide files when
/// nothing changed at all. The bytes written are the same with or without it.
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
        /// Identifies the ldpub binary; a cache written by another binary is ignored. Nil: no cache.
        public var cacheKey: String?

        /// Creates options.
        public init(inputPath: String, outputPath: String, limits: LoadLimits = .default, vocabulary: TermVocabulary,
                    drawGraphs: Bool? = nil, searchPath: String = "/usr/bin:/bin", cacheKey: String? = nil) {
            self.inputPath = inputPath
            self.outputPath = outputPath
            self.limits = limits
            self.vocabulary = vocabulary
            self.drawGraphs = drawGraphs
            self.searchPath = searchPath
            self.cacheKey = cacheKey
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
        /// The output files checked in this build, with their problems.
        public let checked: [CheckedFile]
        /// Warnings the output check found in all outputs, including those reused from the last build.
        public let outputWarnings: Int
        /// How many articles were reused unchanged from the last build.
        public let reusedArticles: Int
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

    /// One article after its worker is done: reused from the cache, or processed now.
    private struct Processed: Sendable {
        let relativePath: String?
        let decoded: InputValidator.DecodedFile<Article>
        let entry: BuildCache.ArticleEntry?
        let checked: CheckedFile?
        let paths: [String]
        let reused: Bool
    }

    /// Runs the build.
    public func run() -> Report {
        let validator = InputValidator(vocabulary: options.vocabulary, limits: options.limits)
        let folder = InputFolder(path: options.inputPath, maxFileBytes: options.limits.maxFileBytes)
        var outputWarnings = 0
        func report(_ diagnostics: [Diagnostic], count: Int, statistics: BuildStatistics? = nil, checked: [CheckedFile] = [],
                    reused: Int = 0, summary: OutputTransaction.Summary? = nil, failure: Failure?) -> Report {
            let sorted = diagnostics.sortedForDisplay()
            return Report(validation: ValidationResult(diagnostics: sorted, publication: nil, articleFileCount: count, inputFolder: folder),
                          statistics: statistics, checked: checked, outputWarnings: outputWarnings, reusedArticles: reused,
                          summary: summary, failure: failure)
        }

        // 1. site.yaml: nothing else can be checked or exported without it.
        let site: InputValidator.DecodedFile<Site>
        var siteHash: UInt64 = 0
        switch folder.read(folder.sitePath) {
        case .success(let file):
            site = validator.decodeSite(file)
            siteHash = ContentHash.of(file.bytes)
        case .failure(let problem):
            site = .init(value: nil, diagnostics: [InputValidator.missingSite(problem)], incompleteIDs: [])
        }
        let entries = folder.articleEntries()
        guard let siteValue = site.value else {
            return report(site.diagnostics, count: entries.count, failure: .inputErrors)
        }
        let drawGraphs = options.drawGraphs ?? siteValue.graphs.svg
        let drawing: GraphDrawing?
        do {
            drawing = drawGraphs ? try GraphDrawing(searchPath: options.searchPath) : nil
        } catch {
            return report(site.diagnostics, count: entries.count, failure: .graphDrawing(error))
        }
        let transaction: OutputTransaction
        do {
            transaction = try OutputTransaction.begin(outputPath: options.outputPath)
        } catch {
            return report(site.diagnostics, count: entries.count, failure: .output(error))
        }
        let cacheKey = options.cacheKey.map { "\($0)|input:\(URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path)|svg:\(drawGraphs)|max:\(options.limits)" }
        let cache = cacheKey.flatMap { key in
            transaction.privateFile(BuildCache.fileName).flatMap(BuildCache.decode).flatMap { $0.key == key && $0.siteHash == siteHash ? $0 : nil }
        }
        let buildStarted = Self.now()

        // 2. Every article: reused when its file and outputs are unchanged; otherwise read,
        //    validated, exported, checked and staged.
        let outputs = ArticleOutputs(site: siteValue, drawing: drawing)
        let context = Publication(site: siteValue, articles: [])
        let drawingFailure = Mutex<GraphDrawing.Failure?>(nil)
        let processed = entries.concurrentMap { entry -> Processed in
            let path: String
            switch entry {
            case .problem(let diagnostic):
                return Processed(relativePath: nil, decoded: .init(value: nil, diagnostics: [diagnostic], incompleteIDs: []),
                                 entry: nil, checked: nil, paths: [], reused: false)
            case .file(let filePath):
                path = filePath
            }
            let relative = folder.relativePath(of: path)
            let stamp = FileStamp.of(path: path)
            let cached = cache?.articles[relative]
            if let cached, let stamp, cached.stamp == stamp, cache!.trusts(stamp), isIntact(cached.outputs, in: transaction) {
                return reuse(cached, relative: relative)
            }
            let decoded: InputValidator.DecodedFile<Article>
            let source: SourceFile
            switch folder.read(path) {
            case .success(let file):
                source = file
            case .failure(let problem):
                return Processed(relativePath: relative, decoded: .init(value: nil, diagnostics: [problem], incompleteIDs: []),
                                 entry: nil, checked: nil, paths: [], reused: false)
            }
            let hash = ContentHash.of(source.bytes)
            if var cached, let stamp, cached.contentHash == hash, isIntact(cached.outputs, in: transaction) {
                cached.stamp = stamp
                return reuse(cached, relative: relative)
            }
            decoded = validator.decodeArticle(source)
            guard let article = decoded.value, !decoded.diagnostics.contains(where: { $0.severity == .error }) else {
                return Processed(relativePath: relative, decoded: decoded, entry: nil, checked: nil, paths: [], reused: false)
            }
            let made: ArticleOutputs.Made
            do throws(GraphDrawing.Failure) {
                made = try outputs.make(article)
            } catch {
                drawingFailure.withLock { if $0 == nil { $0 = error } }
                return Processed(relativePath: relative, decoded: decoded, entry: nil, checked: nil, paths: [], reused: false)
            }
            let problems = checker.jsonLD.validate(made.jsonLD, base: context.pageURL(of: article))
            let checked = CheckedFile(path: "\(article.slug)/index.jsonld", kind: .jsonLD, problems: problems)
            if !checked.hasErrors {
                for file in made.files { transaction.stage(file) }
            }
            let digest = article.withoutBodies()
            let entry = BuildCache.ArticleEntry(
                stamp: stamp ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0), contentHash: hash,
                diagnostics: decoded.diagnostics, incompleteIDs: decoded.incompleteIDs.sorted(), digest: digest,
                outputs: made.files.map { BuildCache.OutputStamp(path: $0.path, stamp: FileStamp(size: -1, modified: 0, changed: 0, inode: 0)) },
                outputWarnings: problems.count { $0.severity == .warning })
            return Processed(relativePath: relative, decoded: .init(value: digest, diagnostics: decoded.diagnostics, incompleteIDs: decoded.incompleteIDs),
                             entry: entry, checked: checked, paths: made.files.map(\.path), reused: false)
        }
        let reusedCount = processed.count(where: \.reused)

        // 3. The checks across files.
        var diagnostics = site.diagnostics + processed.flatMap(\.decoded.diagnostics)
        let articles = processed.compactMap(\.decoded.value)
        let incomplete = processed.reduce(site.incompleteIDs) { $0.union($1.decoded.incompleteIDs) }
        diagnostics += InputValidator.crossFileDiagnostics(site: siteValue, articles: articles, incompleteIDs: incomplete)
        if entries.isEmpty {
            diagnostics.append(.warning("no articles found in '\(folder.path)' (article files end in .yaml or .yml)", at: siteValue.span))
        }
        var checked = processed.compactMap(\.checked)
        outputWarnings = processed.reduce(0) { $0 + ($1.entry?.outputWarnings ?? 0) }
        if let failure = drawingFailure.withLock({ $0 }) {
            transaction.abort()
            return report(diagnostics, count: entries.count, failure: .graphDrawing(failure))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            transaction.abort()
            return report(diagnostics, count: entries.count, failure: .inputErrors)
        }
        let publication = Publication(site: siteValue, articles: articles)
        let statistics = BuildStatistics(publication)

        // 4. The site-wide files, unless nothing changed: feeds from the newest articles, read again in full.
        let sameArticles = cache.map { Set($0.articles.keys) == Set(processed.compactMap(\.relativePath)) } ?? false
        var siteOutputs = cache?.siteOutputs ?? []
        var siteWarnings = cache?.siteOutputWarnings ?? 0
        let siteUnchanged = sameArticles && reusedCount == processed.count && isIntact(siteOutputs, in: transaction)
        var sitePaths = siteOutputs.map(\.path)
        if !siteUnchanged {
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
            let siteChecked = siteFiles.compactMap { checker.check(contents: Data($0.bytes), path: $0.path) }
            checked += siteChecked
            checked.sort { $0.path < $1.path }
            if checked.contains(where: \.hasErrors) {
                transaction.abort()
                return report(diagnostics, count: entries.count, statistics: statistics, checked: checked,
                              failure: .outputCheck(checked.filter(\.hasErrors)))
            }
            for file in siteFiles { transaction.stage(file) }
            sitePaths = siteFiles.map(\.path)
            siteWarnings = siteChecked.reduce(0) { $0 + $1.problems.count { $0.severity == .warning } }
        } else if checked.contains(where: \.hasErrors) {
            transaction.abort()
            return report(diagnostics, count: entries.count, statistics: statistics, checked: checked,
                          failure: .outputCheck(checked.filter(\.hasErrors)))
        }
        outputWarnings += siteWarnings

        // 5. Into place, then the cache for the next build.
        let kept = Set(processed.flatMap(\.paths) + sitePaths)
        var summary: OutputTransaction.Summary
        do {
            summary = try transaction.commit(keeping: kept, removingStale: !(sameArticles && siteUnchanged))
            // Files of reused articles (and reused site files) were not even compared: they are unchanged too.
            summary.unchanged += processed.filter(\.reused).reduce(0) { $0 + $1.paths.count } + (siteUnchanged ? sitePaths.count : 0)
        } catch {
            return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, reused: reusedCount, failure: .output(error))
        }
        let cacheIsCurrent = cache != nil && sameArticles && siteUnchanged && processed.allSatisfy { item in
            item.reused && item.relativePath.flatMap { cache?.articles[$0]?.stamp } == item.entry?.stamp
        }
        if let cacheKey, !cacheIsCurrent {
            siteOutputs = Self.stamped(sitePaths, in: transaction)
            var entries: [String: BuildCache.ArticleEntry] = [:]
            for item in processed {
                guard let relative = item.relativePath, var entry = item.entry else { continue }
                if !item.reused {
                    entry.outputs = Self.stamped(entry.outputs.map(\.path), in: transaction)
                }
                entries[relative] = entry
            }
            let cache = BuildCache(key: cacheKey, writtenAt: buildStarted, siteHash: siteHash, siteOutputs: siteOutputs,
                                   siteOutputWarnings: siteWarnings, articles: entries)
            transaction.writePrivateFile(BuildCache.fileName, bytes: cache.encoded())
        }
        return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, reused: reusedCount,
                      summary: summary, failure: nil)
    }

    private func reuse(_ entry: BuildCache.ArticleEntry, relative: String) -> Processed {
        Processed(relativePath: relative,
                  decoded: .init(value: entry.digest, diagnostics: entry.diagnostics, incompleteIDs: Set(entry.incompleteIDs)),
                  entry: entry, checked: nil, paths: entry.outputs.map(\.path), reused: true)
    }

    /// Whether every output still has the stamp it had when the last build wrote it.
    private func isIntact(_ outputs: [BuildCache.OutputStamp], in transaction: OutputTransaction) -> Bool {
        guard !outputs.isEmpty else { return false }
        var byFolder: [String: [BuildCache.OutputStamp]] = [:]
        for output in outputs { byFolder[OutputPaths.split(output.path).folder, default: []].append(output) }
        for (folder, files) in byFolder {
            let stamps = transaction.stamps(ofFilesIn: folder, named: files.map { OutputPaths.split($0.path).name })
            for (file, stamp) in zip(files, stamps) where stamp != file.stamp { return false }
        }
        return true
    }

    private static func stamped(_ paths: [String], in transaction: OutputTransaction) -> [BuildCache.OutputStamp] {
        var byFolder: [String: [String]] = [:]
        for path in paths { byFolder[OutputPaths.split(path).folder, default: []].append(path) }
        var result: [BuildCache.OutputStamp] = []
        for (folder, files) in byFolder.sorted(by: { $0.key < $1.key }) {
            let stamps = transaction.stamps(ofFilesIn: folder, named: files.map { OutputPaths.split($0).name })
            for (path, stamp) in zip(files, stamps) {
                result.append(BuildCache.OutputStamp(path: path, stamp: stamp ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0)))
            }
        }
        return result
    }

    /// Nanoseconds since 1970, for the cache's trust margin (it never reaches an output).
    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
