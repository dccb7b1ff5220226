// ldpub — MIT licence.

import ArticleModel
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
        var files = [
            OutputFile(path: RSSFeed.defaultFileName, text: RSSFeed().render(feedItems)),
            OutputFile(path: AtomFeed.defaultFileName, text: AtomFeed().render(feedItems)),
            OutputFile(path: JSONFeed.defaultFileName, text: JSONFeed().render(feedItems)),
            OutputFile(path: "claims.dot", bytes: siteGraph),
            OutputFile(path: SiteOverview.relativePath, text: overview.render()),
        ]
        if let drawing { files.append(OutputFile(path: "claims.svg", text: try drawing.svg(String(decoding: siteGraph, as: UTF8.self)))) }
        return files
    }
}
