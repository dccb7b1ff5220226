// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import HTMLExport
import JSONLDExport
import LinkedDataJSON

/// The files of one article's folder: `index.jsonld`, `jsonld.html`, `claims.dot`,
/// `index.html` and, when graphs are drawn, `claims.svg`.
///
/// Prepared once per build from the site (what pages share: publisher, people, site
/// references); ``make(_:)`` then needs only the article, so articles can be exported one at a
/// time, on any thread.
public struct ArticleOutputs: Sendable {
    private let graph: PageGraph
    private let claimGraph: ArticleClaimGraph
    private let page: ArticlePage
    private let drawing: GraphDrawing?

    /// One article's outputs, with its JSON-LD document kept as a value for the output check.
    public struct Made: Sendable {
        public let article: Article
        public let jsonLD: JSONValue
        public let files: [OutputFile]
    }

    /// Prepares the exporters for articles of `site`.
    ///
    /// - Parameters:
    ///   - drawing: renders claims graphs to SVG; nil draws none.
    ///   - templates: the page templates (the site's, or ldpub's own).
    public init(site: Site, drawing: GraphDrawing?, templates: PageTemplates = .builtIn) {
        let context = Publication(site: site, articles: [])
        graph = PageGraph(publication: context)
        claimGraph = ArticleClaimGraph(publication: context)
        page = ArticlePage(publication: context, templates: templates)
        self.drawing = drawing
    }

    /// Exports `article`.
    public func make(_ article: Article) throws(GraphDrawing.Failure) -> Made {
        let jsonLD = graph.document(for: article)
        let dot = claimGraph.renderBytes(article)
        let svg = try drawing?.svg(String(decoding: dot, as: UTF8.self))
        let snippet = PageGraph.htmlSnippet(of: jsonLD)
        var files = [
            OutputFile(.page(article.slug, .jsonLD), bytes: PageGraph.fileBytes(of: jsonLD)),
            OutputFile(.page(article.slug, .jsonLDScript), text: snippet),
            OutputFile(.page(article.slug, .claimsDOT), bytes: dot),
            OutputFile(.page(article.slug, .page), bytes: page.renderUTF8(article, jsonLDSnippet: snippet, claimsSVG: svg)),
        ]
        if let svg { files.append(OutputFile(.page(article.slug, .claimsSVG), text: svg)) }
        return Made(article: article, jsonLD: jsonLD, files: files)
    }
}
