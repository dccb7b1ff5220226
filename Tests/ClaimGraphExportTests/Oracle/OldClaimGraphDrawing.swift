// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport

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

    /// A claim's node, labelled with its text; an unsupported claim is red and says so.
    static func addClaim(_ claim: Claim, of article: Article, to writer: inout OldDOTWriter) {
        let text = OldLabelText.wrapped(claim.text)
        let attributes = claim.isSupported
            ? [OldDOTAttribute("label", text)] + OldClaimGraphStyle.supportedClaim
            : [OldDOTAttribute("label", text + "\n" + OldClaimGraphStyle.unsupportedNote)] + OldClaimGraphStyle.unsupportedClaim
        writer.node(OldClaimGraphNodeID.claim(claim.id, inArticle: article.slug), attributes)
    }

    /// The source nodes, in id order; uncited ones grey, dashed, and saying so. They share one
    /// rank, so an uncited source stands in the column of the others, not beside the article.
    static func addSources(_ sources: OldClaimGraphSources, to writer: inout OldDOTWriter) {
        guard !sources.items.isEmpty else { return }
        writer.beginSubgraph(OldClaimGraphNodeID.sourceRank, [OldDOTAttribute("rank", "same")])
        for item in sources.items {
            let text = OldLabelText.wrapped(sources.label(of: item))
            let attributes = sources.isCited(item)
                ? [OldDOTAttribute("label", text)] + OldClaimGraphStyle.citedSource
                : [OldDOTAttribute("label", text + "\n" + OldClaimGraphStyle.uncitedNote)] + OldClaimGraphStyle.uncitedSource
            writer.node(OldClaimGraphNodeID.source(item.id), attributes)
        }
        writer.endSubgraph()
    }

    /// The article's edges: article → claim ("makes") for each claim in document order, then
    /// claim → source for each claim and each of its sources, in the order written, styled by
    /// relation and labelled with the locator when there is one.
    static func addEdges(of article: Article, sources: OldClaimGraphSources, to writer: inout OldDOTWriter) {
        let articleID = OldClaimGraphNodeID.article(article.slug)
        let claims = article.claims
        for claim in claims {
            writer.edge(from: articleID, to: OldClaimGraphNodeID.claim(claim.id, inArticle: article.slug), OldClaimGraphStyle.makes)
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
    static func addLegend(to writer: inout OldDOTWriter) {
        let article = OldClaimGraphNodeID.legend("article")
        let claim = OldClaimGraphNodeID.legend("claim")
        let unsupported = OldClaimGraphNodeID.legend("unsupported-claim")
        let source = OldClaimGraphNodeID.legend("source")
        let uncited = OldClaimGraphNodeID.legend("uncited-source")
        writer.beginSubgraph(OldClaimGraphNodeID.legendCluster, OldClaimGraphStyle.legend)
        writer.node(article, [OldDOTAttribute("label", "article")] + OldClaimGraphStyle.article)
        writer.node(claim, [OldDOTAttribute("label", "claim")] + OldClaimGraphStyle.supportedClaim)
        writer.node(unsupported, [OldDOTAttribute("label", "claim\n" + OldClaimGraphStyle.unsupportedNote)]
                    + OldClaimGraphStyle.unsupportedClaim)
        writer.node(source, [OldDOTAttribute("label", "source\n(Author year)")] + OldClaimGraphStyle.citedSource)
        writer.node(uncited, [OldDOTAttribute("label", "source\n" + OldClaimGraphStyle.uncitedNote)] + OldClaimGraphStyle.uncitedSource)
        writer.edge(from: article, to: claim, OldClaimGraphStyle.makes)
        writer.edge(from: article, to: unsupported, OldClaimGraphStyle.makes)
        writer.edge(from: claim, to: source, [OldDOTAttribute("label", "supports\n(label: locator)")] + OldClaimGraphStyle.citation(.supports))
        writer.edge(from: unsupported, to: source, [OldDOTAttribute("label", "disputes")] + OldClaimGraphStyle.citation(.disputes))
        writer.edge(from: unsupported, to: uncited, [OldDOTAttribute("style", "invis")])
        writer.edge(from: unsupported, to: source, [OldDOTAttribute("label", "mentions")] + OldClaimGraphStyle.citation(.mentions))
        writer.endSubgraph()
    }
}
