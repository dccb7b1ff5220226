// ldpub — MIT licence.

import ArticleModel

/// The statements both claim graphs share: the header, the legend, and the nodes and edges of
/// articles, claims and sources.
enum ClaimGraphDrawing {
    /// A writer with the graph's header and defaults written.
    static func startGraph() -> DOTWriter {
        var writer = DOTWriter(graphName: "claims")
        writer.defaults(for: .graph, ClaimGraphStyle.graph)
        writer.defaults(for: .node, ClaimGraphStyle.nodeDefaults)
        writer.defaults(for: .edge, ClaimGraphStyle.edgeDefaults)
        return writer
    }

    /// The article's node, labelled with its title.
    static func addArticle(_ article: Article, to writer: inout DOTWriter) {
        writer.node(ClaimGraphNodeID.article(article.slug),
                    [DOTAttribute("label", LabelText.wrapped(article.title))] + ClaimGraphStyle.article)
    }

    /// A claim's node, labelled with its text; an unsupported claim is red and says so.
    static func addClaim(_ claim: Claim, of article: Article, to writer: inout DOTWriter) {
        let text = LabelText.wrapped(claim.text)
        let attributes = claim.isSupported
            ? [DOTAttribute("label", text)] + ClaimGraphStyle.supportedClaim
            : [DOTAttribute("label", text + "\n" + ClaimGraphStyle.unsupportedNote)] + ClaimGraphStyle.unsupportedClaim
        writer.node(ClaimGraphNodeID.claim(claim.id, inArticle: article.slug), attributes)
    }

    /// The source nodes, in id order; uncited ones grey, dashed, and saying so. They share one
    /// rank, so an uncited source stands in the column of the others, not beside the article.
    static func addSources(_ sources: ClaimGraphSources, to writer: inout DOTWriter) {
        guard !sources.items.isEmpty else { return }
        writer.beginSubgraph(ClaimGraphNodeID.sourceRank, [DOTAttribute("rank", "same")])
        for item in sources.items {
            let text = LabelText.wrapped(sources.label(of: item))
            let attributes = sources.isCited(item)
                ? [DOTAttribute("label", text)] + ClaimGraphStyle.citedSource
                : [DOTAttribute("label", text + "\n" + ClaimGraphStyle.uncitedNote)] + ClaimGraphStyle.uncitedSource
            writer.node(ClaimGraphNodeID.source(item.id), attributes)
        }
        writer.endSubgraph()
    }

    /// The article's edges: article → claim ("makes") for each claim in document order, then
    /// claim → source for each claim and each of its sources, in the order written, styled by
    /// relation and labelled with the locator when there is one.
    static func addEdges(of article: Article, sources: ClaimGraphSources, to writer: inout DOTWriter) {
        let articleID = ClaimGraphNodeID.article(article.slug)
        let claims = article.claims
        for claim in claims {
            writer.edge(from: articleID, to: ClaimGraphNodeID.claim(claim.id, inArticle: article.slug), ClaimGraphStyle.makes)
        }
        for claim in claims {
            let claimID = ClaimGraphNodeID.claim(claim.id, inArticle: article.slug)
            for citation in claim.sources where sources.contains(citation.reference.id) {
                var attributes = ClaimGraphStyle.citation(citation.relation)
                if let locator = citation.locator, !locator.isEmpty {
                    attributes.insert(DOTAttribute("label", LabelText.wrapped(locator)), at: 0)
                }
                writer.edge(from: claimID, to: ClaimGraphNodeID.source(citation.reference.id), attributes)
            }
        }
    }

    /// The legend: one of each kind of node and edge, drawn as in the graph, in a box of its own.
    static func addLegend(to writer: inout DOTWriter) {
        let article = ClaimGraphNodeID.legend("article")
        let claim = ClaimGraphNodeID.legend("claim")
        let unsupported = ClaimGraphNodeID.legend("unsupported-claim")
        let source = ClaimGraphNodeID.legend("source")
        let uncited = ClaimGraphNodeID.legend("uncited-source")
        writer.beginSubgraph(ClaimGraphNodeID.legendCluster, ClaimGraphStyle.legend)
        writer.node(article, [DOTAttribute("label", "article")] + ClaimGraphStyle.article)
        writer.node(claim, [DOTAttribute("label", "claim")] + ClaimGraphStyle.supportedClaim)
        writer.node(unsupported, [DOTAttribute("label", "claim\n" + ClaimGraphStyle.unsupportedNote)]
                    + ClaimGraphStyle.unsupportedClaim)
        writer.node(source, [DOTAttribute("label", "source\n(Author year)")] + ClaimGraphStyle.citedSource)
        writer.node(uncited, [DOTAttribute("label", "source\n" + ClaimGraphStyle.uncitedNote)] + ClaimGraphStyle.uncitedSource)
        writer.edge(from: article, to: claim, ClaimGraphStyle.makes)
        writer.edge(from: article, to: unsupported, ClaimGraphStyle.makes)
        writer.edge(from: claim, to: source, [DOTAttribute("label", "supports\n(label: locator)")] + ClaimGraphStyle.citation(.supports))
        writer.edge(from: unsupported, to: source, [DOTAttribute("label", "disputes")] + ClaimGraphStyle.citation(.disputes))
        writer.edge(from: unsupported, to: uncited, [DOTAttribute("style", "invis")])
        writer.edge(from: unsupported, to: source, [DOTAttribute("label", "mentions")] + ClaimGraphStyle.citation(.mentions))
        writer.endSubgraph()
    }
}
