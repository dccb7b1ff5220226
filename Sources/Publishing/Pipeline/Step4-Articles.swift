// ldpub — MIT licence.

import BuildCache
import ArticleModel
import ClaimGraphExport
import LinkedDataValidation
import Synchronization

/// Step 4 of a build, per article and on all cores: reused when its file and outputs are as the
/// last build left them; otherwise read, decoded, validated, exported, checked and staged. Only
/// the article without its body is kept for the steps after.
final class ArticleStep: Sendable {
    let input: BuildInput
    let site: LoadedSite
    let output: OpenedOutput
    private let outputs: ArticleOutputs
    private let context: Publication
    private let drawingFailure = Mutex<GraphDrawing.Failure?>(nil)
    private let done = Atomic<Int>(0)

    init(input: BuildInput, site: LoadedSite, output: OpenedOutput) {
        self.input = input
        self.site = site
        self.output = output
        outputs = ArticleOutputs(site: site.site, drawing: site.drawing, templates: site.templates)
        context = Publication(site: site.site, articles: [])
    }

    /// Every article of `entries`; their diagnostics, checked files, warnings and reuse go into `record`.
    func run(_ entries: [ArticleSource], into record: inout BuildRecord) -> ProcessedArticles {
        let processed = entries.concurrentMap { entry in
            let item = process(entry, mayReuse: true)
            if let progress = input.options.progress {
                progress(.init(articlesDone: done.add(1, ordering: .relaxed).newValue, articles: entries.count))
            }
            return item
        }
        let folder = { (item: ProcessedArticle) in item.paths.first.map { OutputPaths.split($0).folder } }
        if let known = input.options.knownChanges {
            // Nothing was added to a folder nothing was heard of: only those heard of, and those
            // of articles made now, can hold a legacy temporary file.
            output.transaction?.sweepLegacyTemporaryFiles(only: known.outputFolders.union(processed.lazy.filter { !$0.folderVerified }.compactMap(folder)))
        } else {
            output.transaction?.sweepLegacyTemporaryFiles(skipping: Set(processed.lazy.filter(\.folderVerified).compactMap(folder)))
        }
        // The same files as the last build: as many, each in the cache (file paths are unique).
        let sameArticles = output.cache?.last.map { last in
            processed.count(where: { $0.relativePath != nil }) == last.articles.count
                && processed.allSatisfy { item in item.relativePath == nil || item.entry(in: last) != nil }
        } ?? false
        let nothingChanged = sameArticles && Self.siteFilesAreIntact(processed, output: output)
        var articles = ProcessedArticles(items: processed, sameArticlesAsLastBuild: sameArticles, nothingChanged: nothingChanged)
        if !nothingChanged {
            // The other articles' pieces are read only when the site files are made again.
            articles.summariesAsLastBuild = sameArticles && Self.summariesAreAsCached(articles.items, output: output)
            articles.siteFilesPatch = SiteFilesPatch.plan(for: articles, input: input, site: site, output: output)
            if let patch = articles.siteFilesPatch {
                articles.dataFileBytes = patch.dataFileBytes
            } else {
                readPieces(into: &articles)
                // Again: an article whose pieces could not be read was processed anew.
                articles.summariesAsLastBuild = sameArticles && Self.summariesAreAsCached(articles.items, output: output)
            }
        }
        record.diagnostics += articles.items.flatMap(\.decoded.diagnostics)
        record.checked = articles.items.compactMap(\.checked)
        record.outputWarnings = articles.items.reduce(0) { $0 + ($1.entry?.outputWarnings ?? 0) }
        record.reusedArticles = articles.items.count(where: \.reused)
        articles.drawingFailure = drawingFailure.withLock { $0 }
        return articles
    }

    /// Whether every article was reused and the site files are as the last build left them.
    private static func siteFilesAreIntact(_ processed: [ProcessedArticle], output: OpenedOutput) -> Bool {
        guard let last = output.cache?.last, let transaction = output.transaction, processed.allSatisfy(\.reused) else { return false }
        return OutputStamps.isIntact(last.siteOutputs, in: transaction).intact
    }

    /// Whether every article's summary and incomplete ids are those the last build checked
    /// across files and counted (an edit of a title, a date, a sentence): its results stand.
    private static func summariesAreAsCached(_ items: [ProcessedArticle], output: OpenedOutput) -> Bool {
        guard let last = output.cache?.last else { return false }
        return items.allSatisfy { item in
            if item.reused { return true }
            guard let entry = item.entry, let relative = item.relativePath, let cached = last.articles[relative] else { return false }
            return entry.summaryHash == cached.summaryHash && item.decoded.incompleteIDs == Set(cached.incompleteIDs)
        }
    }

    /// One article: reused, or processed now (`mayReuse` false: processed in any case).
    func process(_ entry: ArticleSource, mayReuse: Bool) -> ProcessedArticle {
        let path: String
        let viaLink: Bool
        switch entry {
        case .entry(.problem(let diagnostic)):
            return .failed(entry, relativePath: nil, diagnostics: [diagnostic])
        case .entry(.file(let filePath, let link)):
            path = filePath
            viaLink = link
        case .decoded(let article):
            return exportCheckAndStage(article, decoded: .init(value: article, diagnostics: [], incompleteIDs: []), source: entry,
                                       relativePath: article.file, stamp: nil, hash: 0)
        }
        let relative = input.folder.relativePath(of: path)
        let last = output.cache?.last
        let cached = mayReuse ? last?.articles[relative] : nil
        // A resident process that heard no change of the file trusts the cache's stamp of it
        // (not through a link, nor with a second name: a change is heard under the name it was made through).
        let heardNoChange = cached.map { $0.stamp.links == 1 } == true && !viaLink
            && input.options.knownChanges.map { !$0.inputs.contains(relative) } == true
        let stamp = heardNoChange ? cached?.stamp : FileStamp.of(path: path)
        if let cached, let stamp, let last, cached.stamp == stamp, last.trusts(stamp), let reused = reuse(cached, entry, relative) {
            return reused
        }
        let source: SourceFile
        switch input.folder.read(path) {
        case .success(let file): source = file
        case .failure(let problem): return .failed(entry, relativePath: relative, diagnostics: [problem])
        }
        let hash = ContentHash.of(source.bytes)
        if var cached, let stamp, cached.contentHash == hash {
            cached.stamp = stamp
            if let reused = reuse(cached, entry, relative) { return reused }
        }
        let decoded = input.validator.decodeArticle(source).checkingImage(against: site.staticFiles, siteURL: site.site.url)
        guard let article = decoded.value, !decoded.diagnostics.contains(where: { $0.severity == .error }) else {
            // An article read despite its errors is still checked across files, as `ldpub validate`
            // checks it: the build reports the same problems (its unsupported claims, say).
            var failed = ProcessedArticle(source: entry, relativePath: relative, decoded: decoded)
            failed.summary = decoded.value.map(ArticleSummary.init)
            return failed
        }
        return exportCheckAndStage(article, decoded: decoded, source: entry, relativePath: relative, stamp: stamp, hash: hash)
    }

    /// Exports a valid article, checks its JSON-LD and stages its files (when the check finds no error).
    private func exportCheckAndStage(_ article: Article, decoded: InputValidator.DecodedFile<Article>, source: ArticleSource,
                                     relativePath: String, stamp: FileStamp?, hash: UInt64) -> ProcessedArticle {
        let made: ArticleOutputs.Made
        do throws(GraphDrawing.Failure) {
            made = try outputs.make(article)
        } catch {
            drawingFailure.withLock { if $0 == nil { $0 = error } }
            return ProcessedArticle(source: source, relativePath: relativePath, decoded: decoded)
        }
        let problems = input.checker.jsonLD.validate(made.jsonLD, base: context.pageURL(of: article))
        // Warnings are only counted (in the cache entry), not kept: see `Report.checked`.
        let checked = CheckedFile(path: OutputPath.page(article.slug, .jsonLD).relative, kind: .jsonLD, problems: problems).withErrorsOnly
        if !checked.hasErrors {
            for file in made.files { output.sink.stage(file) }
        }
        let kept = KeptArticle(article)
        let fragment = SiteClaimGraph.Fragment(article: article, catalog: site.site.catalogs.site)
        let entry = CachedBuild.ArticleEntry(
            stamp: stamp ?? .unknown, contentHash: hash, diagnostics: decoded.diagnostics, incompleteIDs: decoded.incompleteIDs.sorted(),
            outputs: made.files.map { CachedBuild.OutputStamp(path: $0.path, stamp: .unknown) },
            outputWarnings: problems.count { $0.severity == .warning }, slug: article.slug, sourcesSignature: fragment.sourcesSignature,
            summaryHash: kept.summary.checksHash)
        var processed = ProcessedArticle(source: source, relativePath: relativePath,
                                decoded: .init(value: kept.forSiteFiles, diagnostics: decoded.diagnostics, incompleteIDs: decoded.incompleteIDs),
                                entry: entry, made: MadeFragment(fragment, spill: output.cache?.spill), checked: checked,
                                paths: made.files.map(\.path))
        processed.summary = kept.summary
        return processed
    }

    /// The cached article, when its outputs are as the last build left them.
    private func reuse(_ entry: CachedBuild.ArticleEntry, _ source: ArticleSource, _ relative: String) -> ProcessedArticle? {
        guard let transaction = output.transaction else { return nil }
        let check = OutputStamps.isIntact(entry.outputs, folderStamp: entry.folderStamp, heard: input.options.knownChanges, in: transaction)
        guard check.intact else { return nil }
        return ProcessedArticle(source: source, relativePath: relative,
                                decoded: .init(value: nil, diagnostics: entry.diagnostics, incompleteIDs: Set(entry.incompleteIDs)),
                                entry: entry, paths: entry.outputs.map(\.path), reused: true, folderVerified: check.folderUnchanged)
    }

    /// When something changed, the kept pieces of every reused article (the steps after need its
    /// digest and graph fragment); an article whose pieces cannot be read is processed again.
    private func readPieces(into articles: inout ProcessedArticles) {
        guard let cache = output.cache, let last = cache.last, articles.items.contains(where: \.reused) else { return }
        let data = cache.folder.contents(of: CachedBuild.DataFile.fileName).flatMap { CachedBuild.DataFile($0, token: last.token) }
        articles.items = articles.items.concurrentMap { item in
            guard item.reused, var entry = item.entry else { return item }
            if let pieces = data?.pieces(at: entry.location, hash: entry.piecesHash), let kept = pieces.decodedKept() {
                var item = item
                entry.pieces = pieces
                item.entry = entry
                item.decoded = .init(value: kept.forSiteFiles, diagnostics: item.decoded.diagnostics, incompleteIDs: item.decoded.incompleteIDs)
                item.summary = kept.summary
                return item
            }
            return process(item.source, mayReuse: false)
        }
        articles.dataFileBytes = data?.bytes.count
    }
}
