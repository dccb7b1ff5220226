// ldpub — MIT licence.

import ArticleModel
import Dispatch
import Synchronization
import ClaimGraphExport
import FeedExport
import HTMLExport

/// The site-wide files: `feed.xml`, `atom.xml`, `feed.json`, `claims.dot` (and `claims.svg`)
/// and the overview `index.html`.
public enum SiteOutputs {
    /// Makes the site-wide files of `publication`.
    ///
    /// - Parameters:
    ///   - publication: the site and every article. The graph and the overview need only the
    ///     claims and references of the articles, not their bodies.
    ///   - newest: full articles for the feeds, at least the newest `feeds.limit` by publication date.
    ///   - drawing: renders the site graph to SVG; nil draws none.
    public static func make(_ publication: Publication, newest: [Article], drawing: GraphDrawing?) throws(GraphDrawing.Failure) -> [OutputFile] {
        let feedItems = FeedItems(Publication(site: publication.site, articles: newest))
        let siteGraph = SiteClaimGraph(publication: publication).renderBytes()
        let overview = SiteOverview(publication: publication, asOf: SiteReport.newestDate(in: publication), graphsRendered: drawing != nil)
        let pages = publication.articles.map { SiteMap.Page(article: $0, site: publication.site) }
        var files = [
            OutputFile(path: RSSFeed.defaultFileName, text: RSSFeed().render(feedItems)),
            OutputFile(path: AtomFeed.defaultFileName, text: AtomFeed().render(feedItems)),
            OutputFile(path: JSONFeed.defaultFileName, text: JSONFeed().render(feedItems)),
            OutputFile(path: "claims.dot", bytes: siteGraph),
            OutputFile(path: SiteOverview.relativePath, text: overview.render()),
        ] + discoveryFiles(site: publication.site, pages: pages)
        if let drawing { files.append(OutputFile(path: "claims.svg", text: try drawing.svg(String(decoding: siteGraph, as: UTF8.self)))) }
        return files
    }

    /// Makes the site-wide files from each article's part of the graph and row of the overview:
    /// the same bytes as ``make(_:newest:drawing:)`` for a publication of `site` and those articles.
    ///
    /// - Parameters:
    ///   - fragments: one per article, in any order (``SiteClaimGraph/Fragment``).
    ///   - rows: one per article, in any order, made for `drawing != nil` (``SiteOverview/Row``).
    ///   - newest: full articles for the feeds, at least the newest `feeds.limit` by publication date.
    ///   - pages: every article's sitemap entry, in any order.
    ///   - drawing: renders the site graph to SVG; nil draws none.
    public static func make(site: Site, fragments: [SiteClaimGraph.Fragment], rows: [SiteOverview.Row], newest: [Article],
                            pages: [SiteMap.Page], drawing: GraphDrawing?) throws(GraphDrawing.Failure) -> [OutputFile] {
        // The graph on one core, the overview and the feeds on another.
        let graph = Mutex<[UInt8]>([])
        let others = Mutex<[OutputFile]>([])
        let graphsRendered = drawing != nil
        DispatchQueue.concurrentPerform(iterations: 2) { branch in
            guard branch == 1 else {
                let bytes = SiteClaimGraph(publication: Publication(site: site, articles: [])).assemble(fragments)
                graph.withLock { $0 = bytes }
                return
            }
            let feedItems = FeedItems(Publication(site: site, articles: newest))
            let overview = SiteOverview.assemble(rows, site: site, asOf: SiteOverview.newestDate(of: rows), graphsRendered: graphsRendered)
            let files = [
                OutputFile(path: RSSFeed.defaultFileName, text: RSSFeed().render(feedItems)),
                OutputFile(path: AtomFeed.defaultFileName, text: AtomFeed().render(feedItems)),
                OutputFile(path: JSONFeed.defaultFileName, text: JSONFeed().render(feedItems)),
                OutputFile(path: SiteOverview.relativePath, bytes: overview),
            ] + discoveryFiles(site: site, pages: pages)
            others.withLock { $0 = files }
        }
        let siteGraph = graph.withLock { $0 }
        var files = others.withLock { $0 }
        files.insert(OutputFile(path: "claims.dot", bytes: siteGraph), at: 3)
        if let drawing { files.append(OutputFile(path: "claims.svg", text: try drawing.svg(String(decoding: siteGraph, as: UTF8.self)))) }
        return files
    }

    /// `sitemap.xml`, and `robots.txt` when the site is at the root of its host.
    static func discoveryFiles(site: Site, pages: [SiteMap.Page]) -> [OutputFile] {
        let siteMap = SiteMap(site: site)
        return [OutputFile(path: SiteMap.fileName, text: siteMap.render(pages))]
            + (siteMap.robots().map { [OutputFile(path: SiteMap.robotsFileName, text: $0)] } ?? [])
    }
}
