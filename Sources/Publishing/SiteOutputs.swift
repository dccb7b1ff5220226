// ldpub — MIT licence.

import ArticleModel
import Dispatch
import Synchronization
import ClaimGraphExport
import FeedExport
import HTMLExport
import InterfaceText

/// The site-wide files: `feed.xml`, `atom.xml`, `feed.json`, `claims.dot` (and `claims.svg`)
/// and the readers' index of articles, `index.html`.
public enum SiteOutputs {
    /// The site-wide files of a build, and where things are in them.
    public struct Made: Sendable {
        public let files: [OutputFile]
        /// Where each article's part is in the site graph, when the graph was made.
        public let graphLayout: SiteClaimGraph.Layout?
        /// Where each article's entry is in `index.html`, by slug; nil when a site's template renders it.
        public let indexRows: [String: Range<Int>]?
        /// The slugs of the articles in the feeds, newest first.
        public let feedSlugs: [String]
    }

    /// Makes the site-wide files from each article's part of the graph and the articles without
    /// their bodies.
    ///
    /// - Parameters:
    ///   - fragments: one per article, in any order, made with the site's words
    ///     (``SiteClaimGraph/Fragment``, ``SiteClaimGraph/catalog``); nil when the build makes the
    ///     site graph another way (then neither `claims.dot` nor `claims.svg` is made here).
    ///   - articles: every article, bodies not needed, in any order.
    ///   - newest: full articles for the feeds, at least the newest `feeds.limit` by publication date.
    ///   - drawing: renders the site graph to SVG; nil draws none.
    ///   - templates: the page templates (the site's, or ldpub's own).
    ///   - graphWriter: where to write the site graph piece by piece, when no drawing is made of
    ///     it (then it is not among the files returned, and never whole in memory).
    /// - Returns: the files, and where each article's part is in the site graph and the index.
    public static func make(site: Site, fragments: SiteClaimGraph.Fragments?, articles: [Article], newest: [Article],
                            drawing: GraphDrawing?, templates: PageTemplates = .builtIn, graphWriter: (any StagedFileWriter)? = nil)
        throws(GraphDrawing.Failure) -> Made {
        let streamed = drawing == nil ? graphWriter : nil
        // The graph on one core, the index and the feeds on another.
        let graph = Mutex<(bytes: [UInt8], layout: SiteClaimGraph.Layout)?>(nil)
        let others = Mutex<(files: [OutputFile], indexRows: [String: Range<Int>]?, feedSlugs: [String])>(([], nil, []))
        DispatchQueue.concurrentPerform(iterations: 2) { branch in
            guard branch == 1 else {
                guard let fragments else { return }
                let graphOfSite = SiteClaimGraph(publication: Publication(site: site, articles: []))
                if let streamed {
                    let layout = graphOfSite.assemble(fragments) { streamed.write($0) }
                    streamed.finish()
                    graph.withLock { $0 = ([], layout) }
                } else {
                    let assembled = graphOfSite.assembleWithLayout(fragments)
                    graph.withLock { $0 = assembled }
                }
                return
            }
            let feeds = feeds(site: site, newest: newest)
            let index = SiteIndex(site: site, templates: templates).renderWithRows(articles)
            let files = feeds.files + [OutputFile(.site(.index), bytes: index.bytes)]
                + discoveryFiles(site: site, pages: articles.map { SiteMap.Page(article: $0, site: site) })
            others.withLock { $0 = (files, index.rows, feeds.slugs) }
        }
        let (otherFiles, indexRows, feedSlugs) = others.withLock { $0 }
        var files = otherFiles
        guard let siteGraph = graph.withLock({ $0 }) else { return Made(files: files, graphLayout: nil, indexRows: indexRows, feedSlugs: feedSlugs) }
        if streamed == nil {
            files.insert(OutputFile(.site(.claimsDOT), bytes: siteGraph.bytes), at: 3)
            if let drawing { files.append(OutputFile(.site(.claimsSVG), text: try drawing.svg(String(decoding: siteGraph.bytes, as: UTF8.self)))) }
        }
        return Made(files: files, graphLayout: siteGraph.layout, indexRows: indexRows, feedSlugs: feedSlugs)
    }

    /// The three feeds (RSS, Atom, JSON Feed) of the newest articles, in full (at least the
    /// newest `feeds.limit`), and the slugs of the articles in them, newest first.
    public static func feeds(site: Site, newest: [Article]) -> (files: [OutputFile], slugs: [String]) {
        let items = feedItems(Publication(site: site, articles: newest))
        let files = [
            OutputFile(.site(.rss), text: RSSFeed().render(items)),
            OutputFile(.site(.atom), text: AtomFeed().render(items)),
            OutputFile(.site(.jsonFeed), text: JSONFeed().render(items)),
        ]
        return (files, items.items.map(\.article.slug))
    }

    /// The feeds' items, each article's content ending with its numbered reference list
    /// (``FeedReferenceList``) in the article's language.
    static func feedItems(_ newest: Publication) -> FeedItems {
        let catalogs = MessageCatalogs(siteLanguage: newest.site.language, overrides: newest.site.messages)
        return FeedItems(newest) { FeedReferenceList.html(of: $0, in: newest, catalogs: catalogs) }
    }

    /// `sitemap.xml`, and `robots.txt` when the site is at the root of its host.
    static func discoveryFiles(site: Site, pages: [SiteMap.Page]) -> [OutputFile] {
        let siteMap = SiteMap(site: site)
        return [OutputFile(.site(.siteMap), text: siteMap.render(pages))]
            + (siteMap.robots().map { [OutputFile(.site(.robots), text: $0)] } ?? [])
    }
}
