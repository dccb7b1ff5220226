// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport

/// ``ArticleClaimGraph`` as it was before it wrote bytes: the oracle the differential tests compare with.
struct OldArticleClaimGraph: Sendable {
    /// The publication the article belongs to, for site references.
    let publication: Publication

    /// A graph renderer for articles of `publication`.
    init(publication: Publication) {
        self.publication = publication
    }

    /// The DOT text of `article`'s graph.
    func render(_ article: Article) -> String {
        let text = ClaimGraphText(publication.site.catalogs.catalog(for: publication.language(of: article)))
        let sources = OldClaimGraphSources(references: publication.citedReferences(of: article), claims: article.claims, noDate: text.noDate)
        var writer = OldClaimGraphDrawing.startGraph()
        OldClaimGraphDrawing.addLegend(text, to: &writer)
        OldClaimGraphDrawing.addArticle(article, to: &writer)
        for (index, section) in article.sections.enumerated() where !section.claims.isEmpty {
            writer.beginSubgraph(OldClaimGraphNodeID.sectionCluster(index + 1, inArticle: article.slug),
                                 [OldDOTAttribute("label", OldLabelText.wrapped(section.heading))] + OldClaimGraphStyle.section)
            for claim in section.claims {
                OldClaimGraphDrawing.addClaim(claim, of: article, text: text, to: &writer)
            }
            writer.endSubgraph()
        }
        OldClaimGraphDrawing.addSources(sources, text: text, to: &writer)
        OldClaimGraphDrawing.addEdges(of: article, sources: sources, text: text, to: &writer)
        return writer.finished()
    }
}
