// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport
import InterfaceText

/// ``ClaimGraphDrawing`` as it was before it wrote bytes: the oracle the differential tests compare with.
enum OldClaimGraphDrawing {
    /// A writer with the graph's header and defaults written.
    static func startGraph() -> OldDOTWriter {
        var writer = OldDOTWriter(graphName: "claims")
        writer.defaults(for: .graph, OldClaimGraphStyle.graph)
        writer.defaults(for: .node, OldClaimGraphStyle.nodeDefaults)
        writer.defaults(for: .edge, OldClaimGraphStyle.edgeDefaults)
        return writer
    }

    /// The article's node, labelled with its title.
    static func addArticle(_ article: Article, to writer: inout OldDOTWriter) {
        writer.node(OldClaimGraphNodeID.article(article.slug),
                    [OldDOTAttribute("label", OldLabelText.wrapped(article.title))] + OldClaimGraphStyle.article)
    }

    /// A claim's node, labelled with its text; a claim without a supporting source is red and says why.
    static func addClaim(_ claim: Claim, of article: Article, text words: ClaimGraphText, to writer: inout OldDOTWriter) {
        let text = OldLabelText.wrapped(claim.text)
        let note = claim.sources.isEmpty ? words.noSourceCited : words.onlyDisputedOrMentioned
        let attributes = claim.isSupported
            ? [OldDOTAttribute("label", text)] + OldClaimGraphStyle.supportedClaim
            : [OldDOTAttribute("label", text + "\n" + note)] + OldClaimGraphStyle.unsupportedClaim
        writer.node(OldClaimGraphNodeID.claim(claim.id, inArticle: article.slug), attributes)
    }

    /// The source nodes, in id order; uncited ones grey, dashed, and saying so. They share one
    /// rank, so an uncited source stands in the column of the others, not beside the article.
    static func addSources(_ sources: OldClaimGraphSources, text words: ClaimGraphText, to writer: inout OldDOTWriter) {
        guard !sources.items.isEmpty else { return }
        writer.beginSubgraph(OldClaimGraphNodeID.sourceRank, [OldDOTAttribute("rank", "same")])
        for item in sources.items {
            let text = OldLabelText.wrapped(sources.label(of: item))
            let attributes = sources.isCited(item)
                ? [OldDOTAttribute("label", text)] + OldClaimGraphStyle.citedSource
                : [OldDOTAttribute("label", text + "\n" + words.uncited)] + OldClaimGraphStyle.uncitedSource
            writer.node(OldClaimGraphNodeID.source(item.id), attributes)
        }
        writer.endSubgraph()
    }

    /// The article's edges: article → claim ("makes") for each claim in document order, then
    /// claim → source for each claim and each of its sources, in the order written, styled by
    /// relation and labelled with the locator when there is one.
    static func addEdges(of article: Article, sources: OldClaimGraphSources, text words: ClaimGraphText, to writer: inout OldDOTWriter) {
        let articleID = OldClaimGraphNodeID.article(article.slug)
        let claims = article.claims
        for claim in claims {
            writer.edge(from: articleID, to: OldClaimGraphNodeID.claim(claim.id, inArticle: article.slug), OldClaimGraphStyle.makes(words.catalog[.graphMakes]))
        }
        for claim in claims {
            let claimID = OldClaimGraphNodeID.claim(claim.id, inArticle: article.slug)
            for citation in claim.sources where sources.contains(citation.reference.id) {
                var attributes = OldClaimGraphStyle.citation(citation.relation)
                if let locator = citation.locator, !locator.isEmpty {
                    attributes.insert(OldDOTAttribute("label", OldLabelText.wrapped(locator)), at: 0)
                }
                writer.edge(from: claimID, to: OldClaimGraphNodeID.source(citation.reference.id), attributes)
            }
        }
    }

    /// The legend: one of each kind of node and edge, drawn as in the graph, in a box of its own.
    static func addLegend(_ words: ClaimGraphText, to writer: inout OldDOTWriter) {
        let catalog = words.catalog
        let makes = OldClaimGraphStyle.makes(catalog[.graphMakes])
        let article = OldClaimGraphNodeID.legend("article")
        let claim = OldClaimGraphNodeID.legend("claim")
        let uncitedClaim = OldClaimGraphNodeID.legend("claim-citing-no-source")
        let unsupported = OldClaimGraphNodeID.legend("unsupported-claim")
        let source = OldClaimGraphNodeID.legend("source")
        let uncited = OldClaimGraphNodeID.legend("uncited-source")
        writer.beginSubgraph(OldClaimGraphNodeID.legendCluster, OldClaimGraphStyle.legend(catalog[.graphLegend]))
        writer.node(article, [OldDOTAttribute("label", catalog[.graphArticle])] + OldClaimGraphStyle.article)
        writer.node(claim, [OldDOTAttribute("label", catalog[.graphClaim])] + OldClaimGraphStyle.supportedClaim)
        writer.node(uncitedClaim, [OldDOTAttribute("label", catalog[.graphClaim] + "\n" + words.noSourceCited)]
                    + OldClaimGraphStyle.unsupportedClaim)
        writer.node(unsupported, [OldDOTAttribute("label", catalog[.graphClaim] + "\n" + words.onlyDisputedOrMentioned)]
                    + OldClaimGraphStyle.unsupportedClaim)
        writer.node(source, [OldDOTAttribute("label", catalog[.graphSource] + "\n" + catalog[.graphSourceLabel])] + OldClaimGraphStyle.citedSource)
        writer.node(uncited, [OldDOTAttribute("label", catalog[.graphSource] + "\n" + words.uncited)] + OldClaimGraphStyle.uncitedSource)
        writer.edge(from: article, to: claim, makes)
        writer.edge(from: article, to: uncitedClaim, makes)
        writer.edge(from: article, to: unsupported, makes)
        writer.edge(from: claim, to: source, [OldDOTAttribute("label", catalog[.relationSupports] + "\n" + catalog[.graphLocator])]
                    + OldClaimGraphStyle.citation(.supports))
        writer.edge(from: unsupported, to: source, [OldDOTAttribute("label", catalog[.relationDisputes])] + OldClaimGraphStyle.citation(.disputes))
        writer.edge(from: uncitedClaim, to: uncited, [OldDOTAttribute("style", "invis")])
        writer.edge(from: unsupported, to: source, [OldDOTAttribute("label", catalog[.relationMentions])] + OldClaimGraphStyle.citation(.mentions))
        writer.endSubgraph()
    }
}
