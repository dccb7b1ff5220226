// ldpub — MIT licence.

import ArticleModel
import FeedExport
import ClaimGraphExport
import Foundation
import HTMLExport
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
/// A successful build leaves a cache in its ``CacheFolder`` (``BuildCache``); the next build
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
        /// The folder that holds the build caches, one subfolder per output folder
        /// (``FolderBuild/cacheFolder(root:outputPath:)``), outside every output folder. Nil: no cache.
        public var cacheRoot: String?
        /// Build even when the output folder holds another input folder's build (`--clean`),
        /// removing that build's files; otherwise such a build fails with ``Failure/anotherBuild(_:)``.
        public var replacingAnotherBuild = false

        /// Creates options.
        public init(inputPath: String, outputPath: String, limits: LoadLimits = .default, vocabulary: TermVocabulary,
                    drawGraphs: Bool? = nil, searchPath: String = "/usr/bin:/bin", cacheKey: String? = nil, cacheRoot: String? = nil,
                    replacingAnotherBuild: Bool = false) {
            self.replacingAnotherBuild = replacingAnotherBuild
            self.inputPath = inputPath
            self.outputPath = outputPath
            self.limits = limits
            self.vocabulary = vocabulary
            self.drawGraphs = drawGraphs
            self.searchPath = searchPath
            self.cacheKey = cacheKey
            self.cacheRoot = cacheRoot
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
        /// The output folder holds the build of another input folder; nothing was written.
        case anotherBuild(OutputOwner.Other)
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
    struct Processed: Sendable {
        let source: InputFolder.Entry
        let relativePath: String?
        /// For a reused article, its diagnostics, with the article only once its pieces are read.
        var decoded: InputValidator.DecodedFile<Article>
        var entry: BuildCache.ArticleEntry?
        /// The article's site graph fragment and overview row, when made in this build.
        var made: SiteParts?
        let checked: CheckedFile?
        let paths: [String]
        let reused: Bool
        /// Reused, and its folder is as the last build left it: no legacy temporary file in it.
        var folderVerified = false
    }

    /// Runs the build.
    public func run() -> Report {
        let folder = InputFolder(path: options.inputPath, maxFileBytes: options.limits.maxFileBytes)
        let validator = InputValidator(vocabulary: options.vocabulary, limits: options.limits).readingBibliographies(in: folder)
        var outputWarnings = 0
        func report(_ diagnostics: [Diagnostic], count: Int, statistics: BuildStatistics? = nil, checked: [CheckedFile] = [],
                    reused: Int = 0, summary: OutputTransaction.Summary? = nil, failure: Failure?) -> Report {
            let sorted = diagnostics.sortedForDisplay()
            return Report(validation: ValidationResult(diagnostics: sorted, publication: nil, articleFileCount: count, inputFolder: folder),
                          statistics: statistics, checked: checked, outputWarnings: outputWarnings, reusedArticles: reused,
                          summary: summary, failure: failure)
        }

        // 1. site.yaml and the message catalogues: nothing else can be checked or exported without them.
        let (site, siteFiles) = validator.decodeSite(in: folder)
        let siteHash = siteFiles.reduce(UInt64(0)) { hash, file in ContentHash.of(file.bytes[...], seed: ContentHash.of(Array(file.path.utf8)[...], seed: hash)) }
        let entries = folder.articleEntries()
        guard let siteValue = site.value else {
            return report(site.diagnostics, count: entries.count, failure: .inputErrors)
        }
        // The page templates: a broken one stops the build before anything is made.
        let templateFiles = TemplateFiles.read(in: folder)
        let templates: PageTemplates
        switch PageTemplates.make(siteFiles: templateFiles.files) {
        case .success(let made) where !templateFiles.problems.contains(where: { $0.severity == .error }):
            templates = made
        case .success:
            return report(site.diagnostics + templateFiles.problems, count: entries.count, failure: .inputErrors)
        case .failure(let problems):
            return report(site.diagnostics + templateFiles.problems + problems.diagnostics, count: entries.count, failure: .inputErrors)
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
            transaction = try OutputTransaction.begin(outputPath: options.outputPath, sweepingFolders: false)
        } catch {
            return report(site.diagnostics, count: entries.count, failure: .output(error))
        }
        let owner = OutputOwner(inputPath: folder.path, siteURL: siteValue.url)
        if !options.replacingAnotherBuild, let other = transaction.otherOwner(than: owner) {
            transaction.abort()
            return report(site.diagnostics, count: entries.count, failure: .anotherBuild(other))
        }
        let staticFiles = StaticFiles(of: folder)
        let previousStaticCopies = transaction.previousStaticCopies()
        let cacheFolder = options.cacheKey == nil ? nil : options.cacheRoot.flatMap { CacheFolder.open(root: $0, outputPath: options.outputPath) }
        let cacheKey = cacheFolder == nil ? nil : options.cacheKey.map {
            "\($0)|input:\(URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path)|svg:\(drawing?.identity ?? "none")|max:\(options.limits)"
                + "|static:\(StaticCopies.listingHash(staticFiles))|bibliography:\(BibliographyFiles(of: folder).signature)"
                + "|templates:\(TemplateFiles.hash(templateFiles.files))"
        }
        let cache = cacheKey.flatMap { key in
            cacheFolder?.contents(of: BuildCache.fileName).flatMap(BuildCache.decode).flatMap { $0.key == key && $0.siteHash == siteHash ? $0 : nil }
        }
        // The output folder is the one the cache describes, with no entry added or removed since.
        let outputFolderAsCached = cache?.outputFolderStamp.map { $0 == transaction.stamps(ofFilesIn: "", named: []).folder } ?? false
        let buildStarted = Self.now()

        // 2. Every article: reused when its file and outputs are unchanged; otherwise read,
        //    validated, exported, checked and staged.
        let outputs = ArticleOutputs(site: siteValue, drawing: drawing, templates: templates)
        let context = Publication(site: siteValue, articles: [])
        let siteCatalog = siteValue.catalogs.site
        let drawingFailure = Mutex<GraphDrawing.Failure?>(nil)
        let work: @Sendable (InputFolder.Entry, Bool) -> Processed = { entry, mayReuse in
            let path: String
            switch entry {
            case .problem(let diagnostic):
                return Processed(source: entry, relativePath: nil, decoded: .init(value: nil, diagnostics: [diagnostic], incompleteIDs: []),
                                 entry: nil, made: nil, checked: nil, paths: [], reused: false)
            case .file(let filePath):
                path = filePath
            }
            let relative = folder.relativePath(of: path)
            let stamp = FileStamp.of(path: path)
            let cached = mayReuse ? cache?.articles[relative] : nil
            if let cached, let stamp, cached.stamp == stamp, cache!.trusts(stamp) {
                let check = isIntact(cached.outputs, folderStamp: cached.folderStamp, in: transaction)
                if check.intact { return reuse(cached, source: entry, relative: relative, folderVerified: check.folderUnchanged) }
            }
            let decoded: InputValidator.DecodedFile<Article>
            let source: SourceFile
            switch folder.read(path) {
            case .success(let file):
                source = file
            case .failure(let problem):
                return Processed(source: entry, relativePath: relative, decoded: .init(value: nil, diagnostics: [problem], incompleteIDs: []),
                                 entry: nil, made: nil, checked: nil, paths: [], reused: false)
            }
            let hash = ContentHash.of(source.bytes)
            if var cached, let stamp, cached.contentHash == hash {
                let check = isIntact(cached.outputs, folderStamp: cached.folderStamp, in: transaction)
                cached.stamp = stamp
                if check.intact { return reuse(cached, source: entry, relative: relative, folderVerified: check.folderUnchanged) }
            }
            decoded = validator.decodeArticle(source).checkingImage(against: staticFiles, siteURL: siteValue.url)
            guard let article = decoded.value, !decoded.diagnostics.contains(where: { $0.severity == .error }) else {
                return Processed(source: entry, relativePath: relative, decoded: decoded, entry: nil, made: nil, checked: nil, paths: [], reused: false)
            }
            let made: ArticleOutputs.Made
            do throws(GraphDrawing.Failure) {
                made = try outputs.make(article)
            } catch {
                drawingFailure.withLock { if $0 == nil { $0 = error } }
                return Processed(source: entry, relativePath: relative, decoded: decoded, entry: nil, made: nil, checked: nil, paths: [], reused: false)
            }
            let problems = checker.jsonLD.validate(made.jsonLD, base: context.pageURL(of: article))
            let checked = CheckedFile(path: "\(article.slug)/index.jsonld", kind: .jsonLD, problems: problems)
            if !checked.hasErrors {
                for file in made.files { transaction.stage(file) }
            }
            let digest = article.withoutBodies()
            let cacheEntry = BuildCache.ArticleEntry(
                stamp: stamp ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0), contentHash: hash,
                diagnostics: decoded.diagnostics, incompleteIDs: decoded.incompleteIDs.sorted(),
                outputs: made.files.map { BuildCache.OutputStamp(path: $0.path, stamp: FileStamp(size: -1, modified: 0, changed: 0, inode: 0)) },
                folderStamp: nil,
                outputWarnings: problems.count { $0.severity == .warning }, location: 0..<0, piecesHash: 0, pieces: nil)
            return Processed(source: entry, relativePath: relative,
                             decoded: .init(value: digest, diagnostics: decoded.diagnostics, incompleteIDs: decoded.incompleteIDs),
                             entry: cacheEntry, made: SiteParts(digest: digest, catalog: siteCatalog), checked: checked, paths: made.files.map(\.path), reused: false)
        }
        var processed = entries.concurrentMap { work($0, true) }
        transaction.sweepLegacyTemporaryFiles(skipping: Set(processed.lazy.filter(\.folderVerified).compactMap { item in
            item.paths.first.map { OutputPaths.split($0).folder }
        }))
        var reusedCount = processed.count(where: \.reused)
        let sameArticles = cache.map { Set($0.articles.keys) == Set(processed.compactMap(\.relativePath)) } ?? false
        let siteOutputs = cache?.siteOutputs ?? []
        var siteWarnings = cache?.siteOutputWarnings ?? 0
        // Nothing changed: the checks across files, the statistics and the site files are the last build's.
        let siteUnchanged = sameArticles && reusedCount == processed.count && isIntact(siteOutputs, in: transaction).intact

        // 3. The pieces of reused articles, when something changed; an article whose pieces
        //    cannot be read is processed again.
        var data: BuildCache.DataFile?
        if let cache, reusedCount > 0, !siteUnchanged {
            let loaded = cacheFolder?.contents(of: BuildCache.DataFile.fileName).flatMap { BuildCache.DataFile($0, token: cache.token) }
            data = loaded
            processed = processed.concurrentMap { item in
                guard item.reused, var entry = item.entry else { return item }
                if let pieces = loaded?.pieces(at: entry.location, hash: entry.piecesHash), let digest = pieces.decodedDigest() {
                    var item = item
                    entry.pieces = pieces
                    item.entry = entry
                    item.decoded = .init(value: digest, diagnostics: item.decoded.diagnostics, incompleteIDs: item.decoded.incompleteIDs)
                    return item
                }
                return work(item.source, false)
            }
            reusedCount = processed.count(where: \.reused)
        }

        // 4. The checks across files; meanwhile, on another core, the statistics and what the
        //    site-wide files are made of: the graph from each article's pieces, the index from the digests,
        //    the feeds from the newest articles, read again in full. These are used only when the
        //    input has no errors.
        var diagnostics = site.diagnostics + processed.flatMap(\.decoded.diagnostics)
        let crossFile: [Diagnostic]
        var prepared: (statistics: BuildStatistics, parts: [SiteParts], articles: [Article], newest: [Article])?
        if let cache, siteUnchanged {
            crossFile = cache.crossFileDiagnostics
        } else {
            let articles = processed.compactMap(\.decoded.value)
            let incomplete = processed.reduce(site.incompleteIDs) { $0.union($1.decoded.incompleteIDs) }
            let finished = processed
            let found = Mutex<[Diagnostic]>([])
            let made = Mutex<(statistics: BuildStatistics, parts: [SiteParts], articles: [Article], newest: [Article])?>(nil)
            DispatchQueue.concurrentPerform(iterations: 2) { branch in
                guard branch == 1 else {
                    let diagnostics = InputValidator.crossFileDiagnostics(site: siteValue, articles: articles, incompleteIDs: incomplete)
                    found.withLock { $0 = diagnostics }
                    return
                }
                let statistics = BuildStatistics(site: siteValue, articles: articles)
                let newest = FeedItems.newestFirst(articles, limit: siteValue.feeds.limit).compactMap { digest in
                    (try? folder.read(digest.file).get()).flatMap { validator.decodeArticle($0).value }
                }
                let parts = finished.indices.filter { finished[$0].decoded.value != nil }.concurrentMap { index -> SiteParts in
                    let item = finished[index]
                    if let made = item.made { return made }
                    let pieces = item.entry?.pieces
                    let digest = item.decoded.value!
                    return SiteParts(fragment: pieces?.decodedFragment() ?? SiteClaimGraph.Fragment(article: digest, catalog: siteCatalog))
                }
                made.withLock { $0 = (statistics, parts, articles, newest) }
            }
            crossFile = found.withLock { $0 }
            prepared = made.withLock { $0 }
        }
        diagnostics += crossFile + staticFiles.problems + templateFiles.problems
            + StaticCopies.collisions(staticFiles, generated: Set(processed.flatMap(\.paths)).union(OutputLayout.siteFiles), in: folder)
        let staticCopies = StaticCopies.read(staticFiles, in: folder)
        diagnostics += staticCopies.problems
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
        let statistics = prepared?.statistics ?? cache!.statistics
        // When the new pieces will be appended to the data file, the old pieces are not needed
        // any more: let go of them (the whole data file) before the site files are made.
        let live = processed.reduce(0) { $0 + ($1.reused ? ($1.entry?.location.count ?? 0) : 0) }
        let appendable = data.map { $0.bytes.count <= 2 * live + (16 << 20) } ?? false
        if appendable {
            data = nil
            for index in processed.indices { processed[index].entry?.pieces = nil }
        }

        // 5. The site-wide files, unless nothing changed.
        var sitePaths = siteOutputs.map(\.path)
        if let prepared {
            let parts = prepared.parts, newest = prepared.newest
            let siteFiles: [OutputFile]
            do {
                siteFiles = StaticCopies.generated(
                    try SiteOutputs.make(site: siteValue, fragments: parts.map(\.fragment), articles: prepared.articles, newest: newest,
                                         drawing: drawing, templates: templates),
                    besides: staticFiles)
            } catch {
                transaction.abort()
                return report(diagnostics, count: entries.count, failure: .graphDrawing(error))
            }
            let siteChecked = siteFiles.compactMap { file in
                DocumentChecker.checks(path: file.path) ? checker.check(contents: Data(file.bytes), path: file.path) : nil
            }
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

        // 6. Into place, then the cache for the next build.
        for file in staticCopies.files { transaction.stage(file) }
        let kept = Set(processed.flatMap(\.paths) + sitePaths + staticFiles.paths)
        var summary: OutputTransaction.Summary
        do {
            // The last build removed what was stale: only files whose paths it did not produce can be stale now.
            let samePaths = outputFolderAsCached && sameArticles && Set(sitePaths) == Set(siteOutputs.map(\.path)) && processed.allSatisfy { item in
                item.reused || item.relativePath.flatMap { cache?.articles[$0]?.outputs.map(\.path) } == item.paths
            }
            summary = try transaction.commit(keeping: kept, removingStale: !samePaths || options.replacingAnotherBuild)
            transaction.record(owner)
            transaction.replaceStaticCopies(previous: previousStaticCopies, current: staticFiles.paths)
            // Files of reused articles (and reused site files) were not even compared: they are unchanged too.
            summary.unchanged += processed.filter(\.reused).reduce(0) { $0 + $1.paths.count } + (siteUnchanged ? sitePaths.count : 0)
        } catch {
            return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, reused: reusedCount, failure: .output(error))
        }
        let cacheIsCurrent = outputFolderAsCached && sameArticles && siteUnchanged && processed.allSatisfy { item in
            item.reused && item.folderVerified && item.relativePath.flatMap { cache?.articles[$0]?.stamp } == item.entry?.stamp
        }
        if let cacheKey, let cacheFolder, !cacheIsCurrent {
            writeCache(processed, to: cacheFolder, key: cacheKey, old: cache, data: data, appendable: appendable, writtenAt: buildStarted, siteHash: siteHash,
                       siteOutputs: Self.stamped(sitePaths, in: transaction).outputs,
                       outputFolderStamp: transaction.stamps(ofFilesIn: "", named: []).folder, siteWarnings: siteWarnings, crossFile: crossFile,
                       statistics: statistics, in: transaction)
        }
        return report(diagnostics, count: entries.count, statistics: statistics, checked: checked, reused: reusedCount,
                      summary: summary, failure: nil)
    }

    /// Nanoseconds since 1970, for the cache's trust margin (it never reaches an output).
    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
