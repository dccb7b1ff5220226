// ldpub — MIT licence.

import ArticleModel

/// The claims-to-sources graph of the whole site, in Graphviz DOT (`Output/claims.dot`).
///
/// Every article (ordered by slug), its claims (in document order) and every reference of the
/// site and its articles (ordered by id). A source that several articles cite is one node,
/// since reference ids are unique site-wide; a reference no claim cites is grey and dashed.
/// Edges, styles and the legend are those of ``ArticleClaimGraph``.
public struct SiteClaimGraph: Sendable {
    /// The publication to draw.
    public let publication: Publication

    /// A graph renderer for `publication`.
    public init(publication: Publication) {
        self.publication = publication
    }

    /// The path of the site graph inside the output folder: `claims.dot`.
    public static let relativePath = "claims.dot"

    /// The DOT text of the site's graph.
    public func render() -> String {
        let articles = publication.articles
        let references = publication.site.references + articles.flatMap { publication.citedReferences(of: $0) }
        let sources = ClaimGraphSources(references: references, claims: articles.flatMap(\.claims))
        var writer = ClaimGraphDrawing.startGraph()
        ClaimGraphDrawing.addLegend(to: &writer)
        for article in articles {
            ClaimGraphDrawing.addArticle(article, to: &writer)
            for claim in article.claims {
                ClaimGraphDrawing.addClaim(claim, of: article, to: &writer)
            }
        }
        ClaimGraphDrawing.addSources(sources, to: &writer)
        for article in articles {
            ClaimGraphDrawing.addEdges(of: article, sources: sources, to: &writer)
        }
        return writer.finished()
    }
}
