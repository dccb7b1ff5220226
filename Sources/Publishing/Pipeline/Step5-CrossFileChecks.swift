// ldpub — MIT licence.

import ArticleModel
import BuildCache
import ClaimGraphExport
import Dispatch
import FeedExport
import InterfaceText
import Synchronization

/// Step 5 of a build: the checks across files (unique slugs and ids, references that resolve,
/// static files that would replace generated ones) and, meanwhile on another core, what the
/// site files are made of: the statistics, each article's graph fragment, the digests, and the
/// newest articles read again in full for the feeds. When nothing changed since the last build,
/// its results stand; when the site files are patched, they stand or are updated from the
/// changed articles alone (``SiteFilesPatch/acrossFiles``). Any input error stops the build here.
enum CrossFileStep {
    /// What the site files are made of.
    struct Prepared: Sendable {
        let statistics: BuildStatistics
        /// How the site graph is made.
        let graph: SiteGraphPlan
        /// Every article without its bodies.
        let articles: [Article]
        /// The newest articles, in full, for the feeds.
        let newest: [Article]
    }

    /// What step 5 found.
    struct Result: Sendable {
        /// The diagnostics of the checks across files (for the cache).
        let crossFile: [Diagnostic]
        /// Nil when nothing changed, or when the site files are patched (`articles.siteFilesPatch`).
        let prepared: Prepared?
        let statistics: BuildStatistics
        /// The copies of `static/`.
        let staticCopies: [OutputFile]
        /// The cache's data file may be appended to (its unused part is small): the pieces read
        /// from it were let go.
        let appendable: Bool
    }

    /// Runs the checks over `articles`; their diagnostics and the statistics go into `record`.
    static func run(_ input: BuildInput, site: LoadedSite, output: OpenedOutput, articles: inout ProcessedArticles,
                    into record: inout BuildRecord) throws(BuildStop) -> Result {
        let crossFile: [Diagnostic]
        let prepared: Prepared?
        var updatedStatistics: BuildStatistics?
        if articles.nothingChanged || articles.siteFilesPatch != nil, let last = output.cache?.last {
            let updated = articles.siteFilesPatch?.acrossFiles
            crossFile = updated?.diagnostics ?? last.crossFileDiagnostics
            updatedStatistics = updated?.statistics
            prepared = nil
            record.checksAcrossFilesReused = !articles.nothingChanged && updated == nil
            record.checksAcrossFilesUpdated = updated != nil
        } else {
            let patch = SiteGraphPlan.patch(for: articles, site: site, output: output)
            let known = articles.summariesAsLastBuild ? output.cache?.last.map { ($0.crossFileDiagnostics, $0.statistics) } : nil
            (crossFile, prepared) = checkAndPrepare(input, site: site, output: output, articles: articles.items, patch: patch, known: known)
            record.checksAcrossFilesReused = known != nil
        }
        let folder = input.folder
        record.diagnostics += crossFile + site.staticFiles.problems + site.templateProblems
            + StaticCopies.collisions(site.staticFiles, articleOutputs: articles.items.lazy.flatMap(\.paths), in: folder)
        let staticCopies = StaticCopies.read(site.staticFiles, in: folder)
        record.diagnostics += staticCopies.problems
        if articles.items.isEmpty {
            record.diagnostics.append(.warning("no articles found in '\(folder.path)' (article files end in .yaml or .yml)", at: site.site.span))
        }
        if let failure = articles.drawingFailure { throw BuildStop(.graphDrawing(failure)) }
        if record.hasErrors { throw .inputErrors }
        guard let statistics = prepared?.statistics ?? updatedStatistics ?? output.cache?.last?.statistics else { throw .inputErrors }
        record.statistics = statistics
        // When the new pieces will be appended to the data file, the old pieces are not needed
        // any more: let go of them before the site files are made, unless the site graph is
        // assembled from them (its fragments are read from the articles as they are now; letting
        // go would only copy them all).
        let live = articles.items.reduce(0) { $0 + ($1.reused ? ($1.entry?.location.count ?? 0) : 0) }
        let appendable = articles.dataFileBytes.map { CachedBuild.DataFile.isAppendable(size: $0, live: live) } ?? false
        var assemblesGraph = false
        if case .assemble? = prepared?.graph { assemblesGraph = true }
        if appendable && !assemblesGraph {
            for index in articles.items.indices { articles.items[index].entry?.pieces = nil }
        }
        return Result(crossFile: crossFile, prepared: prepared, statistics: statistics, staticCopies: staticCopies.files, appendable: appendable)
    }

    /// The checks across files on one core; the statistics, the graph fragments and the newest
    /// articles on the other. `known`: the checks' diagnostics and the statistics of the last
    /// build, which stand (every summary is as it was).
    private static func checkAndPrepare(_ input: BuildInput, site: LoadedSite, output: OpenedOutput, articles items: [ProcessedArticle],
                                        patch: SiteGraphPlan.Patch?, known: ([Diagnostic], BuildStatistics)?) -> ([Diagnostic], Prepared) {
        let articles = { () -> [Article] in
            var articles: [Article] = []
            articles.reserveCapacity(items.count)  // no room to spare: one per article, and large
            articles += items.lazy.compactMap(\.decoded.value)
            return articles
        }()
        let summaries = known == nil ? items.compactMap(\.summary) : []
        let found = Mutex<[Diagnostic]>([])
        let made = Mutex<Prepared?>(nil)
        let catalog = site.site.catalogs.site
        DispatchQueue.concurrentPerform(iterations: 2) { branch in
            guard branch == 1 else {
                let diagnostics = known?.0 ?? InputValidator.crossFileDiagnostics(
                    site: site.site, summaries: summaries, incompleteIDs: items.reduce(site.incompleteIDs) { $0.union($1.decoded.incompleteIDs) },
                    everyArticleRead: summaries.count == items.count)
                found.withLock { $0 = diagnostics }
                return
            }
            let statistics = known?.1 ?? BuildStatistics(site: site.site, summaries: summaries)
            let newest = FeedItems.newestFirst(articles, limit: site.site.feeds.limit).compactMap { digest in
                fullArticle(of: digest, input)
            }
            let graph = patch.map(SiteGraphPlan.patch) ?? .assemble(fragments(of: items, input, catalog: catalog, spill: output.cache?.spill))
            made.withLock { $0 = Prepared(statistics: statistics, graph: graph, articles: articles, newest: newest) }
        }
        return (found.withLock { $0 }, made.withLock { $0 }!)
    }

    /// The graph fragment of every valid article, in slug order, each made when it is asked for:
    /// read from the spill (made in this build) or the cache's pieces (reused), else made again
    /// from the article's file (pieces that passed their hash always decode; should they not).
    private static func fragments(of items: [ProcessedArticle], _ input: BuildInput, catalog: MessageCatalog,
                                  spill: FragmentSpill?) -> SiteClaimGraph.Fragments {
        let valid = items.indices.filter { items[$0].decoded.value != nil }
        let inSlugOrder = valid.sorted { items[$0].decoded.value!.slug < items[$1].decoded.value!.slug }
        return SiteClaimGraph.Fragments(count: inSlugOrder.count) { position in
            let item = items[inSlugOrder[position]]
            if let made = item.made?.fragment(spill) { return made }
            if let kept = item.entry?.pieces?.decodedFragment() { return kept }
            let article = fullArticle(of: item.decoded.value!, input) ?? item.decoded.value!
            return SiteClaimGraph.Fragment(article: article, catalog: catalog)
        }
    }

    /// The article whose digest (the article without its bodies) is `digest`, in full: read again
    /// from its file, or taken from the publication built in memory.
    private static func fullArticle(of digest: Article, _ input: BuildInput) -> Article? {
        if let publication = input.options.publication {
            return publication.articles.first { $0.file == digest.file && $0.slug == digest.slug }
        }
        return (try? input.folder.read(digest.file).get()).flatMap { input.validator.decodeArticle($0).value }
    }
}
