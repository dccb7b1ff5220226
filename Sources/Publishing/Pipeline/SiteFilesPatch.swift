// ldpub — MIT licence.

import ArticleModel
import BuildCache
import FeedExport
import HTMLExport

/// How step 6 makes the site files when some articles changed but nothing that the order of
/// the index, the sitemap's list or the site graph's shared source nodes read of them (a new
/// title, description, sentence or modification date, a line added, a claim's support): the
/// last build's files stand, except the changed articles' entries in `index.html` and their
/// parts of `claims.dot`, which are replaced (the rest is copied in the kernel), their last
/// modifications in `sitemap.xml`, and the feeds, made again from the newest articles' files
/// when a changed article is among them. The checks across files and the
/// counts stand too, or are updated from the changed articles alone (``ArticleModel/CrossFileUpdate``).
/// Nothing else is read of the other articles: not their pieces in the cache, not their files.
///
/// Why the rest stands: the index lists articles newest first by publication instant, then slug
/// (``ArticleModel/Article/newestFirst(_:)``), and nothing in it but the entries depends on the
/// articles; the sitemap shows each article as its ``FeedExport/SiteMap/Page``, in slug order,
/// and the newest last modification (``FeedExport/SiteMap/patched(_:changes:)``); the feeds show
/// the newest `feeds.limit` articles in full, and with the same publication instants the same
/// articles, in the same order. The tests compare every rebuild with a clean build.
struct SiteFilesPatch: Sendable {
    /// The site graph's patch.
    let graph: SiteGraphPlan.Patch
    /// The size of `index.html` as the last build wrote it (and as it still is).
    let indexSize: Int
    /// Where each article's entry is in it, by slug.
    let indexRows: [String: Range<Int>]
    /// The changed articles' new entries, by slug.
    let changedRows: [String: [UInt8]]
    /// The size of the cache's data file (the new pieces are appended to it).
    let dataFileBytes: Int
    /// The articles of the feeds, in full, when a changed article is among them (nil: the feeds stand).
    let newestForFeeds: [Article]?
    /// The checks across files' diagnostics and the statistics, updated for the changed
    /// articles; nil when the last build's stand (every summary is as it was).
    let acrossFiles: (diagnostics: [Diagnostic], statistics: BuildStatistics)?
    /// The last build's sitemap with the changed articles' new last modifications; nil when it stands.
    let siteMap: [UInt8]?

    /// The changed entries' bytes in the places of the old, in order; and where every entry is in the new index.
    func indexReplacements() -> (replacements: [OutputTransaction.Replacement], rows: [String: Range<Int>]) {
        let changed = changedRows.map { (range: indexRows[$0.key]!, bytes: $0.value) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // Each entry moves by what the changed entries before it grew or shrank.
        var shifts: [(from: Int, by: Int)] = []
        var total = 0
        for change in changed {
            total += change.bytes.count - change.range.count
            shifts.append((change.range.upperBound, total))
        }
        var rows: [String: Range<Int>] = [:]
        rows.reserveCapacity(indexRows.count)
        for (slug, range) in indexRows {
            // The shift of the last change that ends at or before this entry (binary search).
            var low = 0, high = shifts.count
            while low < high {
                let middle = (low + high) / 2
                if shifts[middle].from <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            let before = low == 0 ? 0 : shifts[low - 1].by
            let length = changedRows[slug]?.count ?? range.count
            rows[slug] = (range.lowerBound + before)..<(range.lowerBound + before + length)
        }
        return (changed.map { OutputTransaction.Replacement(range: $0.range, bytes: $0.bytes) }, rows)
    }

    /// The patch for this build, or nil when the site files must be made again: the checks
    /// across files must stand or be updatable from the changed articles alone, the site graph
    /// patchable, every site file as the last build left it, the index ldpub's own, and each
    /// changed article published at the same instant and with the same sitemap entry but for a
    /// later last modification.
    static func plan(for articles: ProcessedArticles, input: BuildInput, site: LoadedSite, output: OpenedOutput) -> SiteFilesPatch? {
        // The feeds held the newest `limit` articles, or all of them (none was left out, unreadable,
        // while they were made): an article not among them ranks below them, and with the same
        // instant stays there.
        guard let cache = output.cache, let last = cache.last, let transaction = output.transaction,
              last.feedSlugs.count == site.site.feeds.limit || last.feedSlugs.count == articles.items.count,
              let graph = SiteGraphPlan.patch(for: articles, site: site, output: output),
              let index = last.siteOutputs.first(where: { $0.path == OutputPath.site(.index).relative }),
              OutputStamps.isIntact(last.siteOutputs, in: transaction).intact else { return nil }
        var rows: [String: Range<Int>] = [:]
        rows.reserveCapacity(articles.items.count)
        var changed: [(article: Article, summary: ArticleSummary, before: CachedBuild.ArticleEntry)] = []
        var incompleteIDs = site.incompleteIDs
        var live = 0
        for item in articles.items {
            guard let before = item.entry(in: last), let row = before.indexPart else { return nil }
            rows[before.slug] = row
            if item.reused {
                live += item.entry?.location.count ?? 0
            } else {
                guard let article = item.decoded.value, let summary = item.summary, article.slug == before.slug,
                      item.decoded.incompleteIDs == Set(before.incompleteIDs) else { return nil }
                changed.append((article, summary, before))
                incompleteIDs.formUnion(item.decoded.incompleteIDs)
            }
        }
        // The changed articles as the last build had them, read from their places in the data file alone.
        guard let read = cache.folder.contents(of: CachedBuild.DataFile.fileName,
                                               at: [CachedBuild.DataFile.headerRange] + changed.map(\.before.location)),
              let header = read.parts[0], CachedBuild.DataFile.isHeader(header, of: last.token),
              CachedBuild.DataFile.isAppendable(size: read.size, live: live) else { return nil }
        let siteIndex = SiteIndex(site: site.site, templates: site.templates)
        var changedRows: [String: [UInt8]] = [:]
        var summaries: [CrossFileUpdate.Change] = []
        var pages: [SiteMap.Change] = []
        for ((article, summary, before), bytes) in zip(changed, read.parts.dropFirst()) {
            guard let bytes, let pieces = CachedBuild.DataFile.pieces(in: bytes[...], hash: before.piecesHash),
                  let kept = pieces.decodedKept() else { return nil }
            let old = kept.forSiteFiles
            guard old.published.instant == article.published.instant,
                  let page = SiteMap.Change(before: SiteMap.Page(article: old, site: site.site), after: SiteMap.Page(article: article, site: site.site)),
                  let row = siteIndex.row(of: article) else { return nil }
            if page.before != page.after { pages.append(page) }
            changedRows[article.slug] = row
            summaries.append(CrossFileUpdate.Change(before: kept.summary, after: summary))
        }
        var acrossFiles: (diagnostics: [Diagnostic], statistics: BuildStatistics)?
        if !articles.summariesAsLastBuild {
            // A reused article's incomplete ids are the last build's: none (a build with errors saves no cache).
            guard let updated = CrossFileUpdate.updated((last.crossFileDiagnostics, last.statistics), site: site.site, changes: summaries,
                                                        incompleteIDs: incompleteIDs) else { return nil }
            acrossFiles = updated
        }
        var siteMap: [UInt8]?
        if !pages.isEmpty {
            guard let old = transaction.root.contents(of: OutputPath.site(.siteMap).relative),
                  let new = SiteMap(site: site.site).patched(old, changes: pages) else { return nil }
            siteMap = new
        }
        var newestForFeeds: [Article]?
        if changed.contains(where: { last.feedSlugs.contains($0.article.slug) }) {
            guard let newest = feedArticles(last.feedSlugs, of: last, input: input) else { return nil }
            newestForFeeds = newest
        }
        return SiteFilesPatch(graph: graph, indexSize: index.stamp.size, indexRows: rows, changedRows: changedRows, dataFileBytes: read.size,
                              newestForFeeds: newestForFeeds, acrossFiles: acrossFiles, siteMap: siteMap)
    }

    /// The articles whose slugs are `slugs`, in full, read from their files as the feeds are made
    /// (``CrossFileStep``); nil when one cannot be read or is not valid.
    private static func feedArticles(_ slugs: [String], of last: CachedBuild, input: BuildInput) -> [Article]? {
        let wanted = Set(slugs)
        let files = Dictionary(last.articles.lazy.filter { wanted.contains($0.value.slug) }.map { ($0.value.slug, $0.key) }) { first, _ in first }
        let articles = slugs.concurrentMap { slug -> Article? in
            guard let relative = files[slug], case .success(let source) = input.folder.read(input.folder.join(relative)) else { return nil }
            return input.validator.decodeArticle(source).value
        }
        return articles.contains { $0 == nil } ? nil : articles.compactMap { $0 }
    }
}
