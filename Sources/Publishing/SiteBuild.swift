// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import FeedExport
import JSONLDExport
import LinkedDataJSON

/// Everything one build produces from a validated publication, in memory.
///
/// Per article: `<slug>/index.jsonld`, `<slug>/jsonld.html` and `<slug>/claims.dot`, made on
/// all cores; then the site-wide `feed.xml`, `atom.xml`, `feed.json` and `claims.dot`. The
/// files come back sorted by path, so the result never depends on scheduling.
public struct SiteBuild: Sendable {
    /// The validated input.
    public let publication: Publication

    /// Creates a build of `publication`.
    public init(publication: Publication) {
        self.publication = publication
    }

    /// The pages' JSON-LD documents, kept as values so they can be validated before writing.
    public struct Page: Sendable {
        public let article: Article
        public let jsonLD: JSONValue
    }

    /// The result: the files to write and the JSON-LD values behind the pages.
    public struct Result: Sendable {
        /// Every file, sorted by path.
        public let files: [OutputFile]
        /// Each article's JSON-LD document.
        public let pages: [Page]
    }

    /// Runs every exporter.
    public func run() -> Result {
        let graph = PageGraph(publication: publication)
        let claimGraph = ArticleClaimGraph(publication: publication)
        let perArticle = publication.articles.concurrentMap { article -> (Page, [OutputFile]) in
            let jsonLD = graph.document(for: article)
            let files = [
                OutputFile(path: "\(article.slug)/index.jsonld", text: PageGraph.file(of: jsonLD)),
                OutputFile(path: "\(article.slug)/jsonld.html", text: PageGraph.htmlSnippet(of: jsonLD)),
                OutputFile(path: "\(article.slug)/claims.dot", text: claimGraph.render(article)),
            ]
            return (Page(article: article, jsonLD: jsonLD), files)
        }
        let feedItems = FeedItems(publication)
        var files = perArticle.flatMap(\.1)
        files += [
            OutputFile(path: RSSFeed.defaultFileName, text: RSSFeed().render(feedItems)),
            OutputFile(path: AtomFeed.defaultFileName, text: AtomFeed().render(feedItems)),
            OutputFile(path: JSONFeed.defaultFileName, text: JSONFeed().render(feedItems)),
            OutputFile(path: "claims.dot", text: SiteClaimGraph(publication: publication).render()),
        ]
        return Result(files: files.sorted { $0.path < $1.path }, pages: perArticle.map(\.0))
    }
}
