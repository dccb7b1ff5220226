// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport

/// ``SiteClaimGraph`` as it was before it wrote bytes: the oracle the differential tests compare with.
struct OldSiteClaimGraph: Sendable {
    /// The publication to draw.
    let publication: Publication

    /// A graph renderer for `publication`.
    init(publication: Publication) {
        self.publication = publication
    }

    /// The DOT text of the site's graph.
    func render() -> String {
        let articles = publication.articles
        let references = publication.site.references + articles.flatMap { publication.citedReferences(of: $0) }
        let text = ClaimGraphText(publication.site.catalogs.site)
        let sources = OldClaimGraphSources(references: references, claims: articles.flatMap(\.claims), noDate: text.noDate)
        var writer = OldClaimGraphDrawing.startGraph()
        OldClaimGraphDrawing.addLegend(text, to: &writer)
        for article in articles {
            OldClaimGraphDrawing.addArticle(article, to: &writer)
            for claim in article.claims {
                OldClaimGraphDrawing.addClaim(claim, of: article, text: text, to: &writer)
            }
        }
        OldClaimGraphDrawing.addSources(sources, text: text, to: &writer)
        for article in articles {
            OldClaimGraphDrawing.addEdges(of: article, sources: sources, text: text, to: &writer)
        }
        return writer.finished()
    }
}
