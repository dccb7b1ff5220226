// ldpub — MIT licence.

import ArticleModel

/// The statements both claim graphs share: the header, the legend, and the nodes and edges of
/// articles, claims and sources.
package enum ClaimGraphDrawing {
    /// A citation edge to a source that a piece of the graph does not have itself: the edge
    /// stays only if the whole graph has the source.
    package typealias UnplacedEdge = (referenceID: String, bytes: Range<Int>)

    /// The header, the defaults and the legend in the words of `text`, the same in every graph
    /// of one language: made once per language.
    static func start(_ text: ClaimGraphText) -> [UInt8] {
        var writer = DOTWriter()
        writer.beginGraph(named: "claims")
        writer.defaults(for: .graph, ClaimGraphStyle.graph)
        writer.defaults(for: .node, ClaimGraphStyle.nodeDefaults)
        writer.defaults(for: .edge, ClaimGraphStyle.edgeDefaults)
        addLegend(text, to: &writer)
        return writer.bytes
    }

    /// A writer with `start` (``start(_:)``) written, for the statements of the graph's body.
    static func startGraph(_ start: [UInt8], capacity: Int) -> DOTWriter {
        var writer = DOTWriter(depth: 1, capacity: start.count + capacity)
        writer.append(start)
        return writer
    }

    /// The article's node, labelled with its title.
    static func addArticle(_ nodes: ArticleNodes, to writer: inout DOTWriter) {
        writer.node(nodes.articleID, label: .wrapped(nodes.article.title), ClaimGraphStyle.article)
    }

    /// A claim's node, labelled with its text; a claim without a supporting source is red and
    /// says why (``ClaimGraphText/note(for:)``).
    static func addClaim(_ claim: Claim, id: ClaimGraphNodeID, text: ClaimGraphText, to writer: inout DOTWriter) {
        if let note = text.note(for: claim) {
            writer.node(id, label: .wrapped(claim.text, note: note), ClaimGraphStyle.unsupportedClaim)
        } else {
            writer.node(id, label: .wrapped(claim.text), ClaimGraphStyle.supportedClaim)
        }
    }

    /// The source nodes, in id order; uncited ones grey, dashed, and saying so. They share one
    /// rank, so an uncited source stands in the column of the others, not beside the article.
    /// `afterEach` runs after each node: the site graph hands its bytes on there.
    static func addSources(_ sources: ClaimGraphSources, text: ClaimGraphText, to writer: inout DOTWriter,
                           afterEach: (inout DOTWriter) -> Void = { _ in }) {
        guard !sources.items.isEmpty else { return }
        writer.beginSubgraph(.sourceRank, label: nil, ClaimGraphStyle.sourceRank)
        for (index, item) in sources.items.enumerated() {
            let style = item.isCited ? ClaimGraphStyle.citedSource : ClaimGraphStyle.uncitedSource
            writer.node(item.nodeID, label: sources.label(at: index, uncitedNote: text.uncited), style)
            afterEach(&writer)
        }
        writer.endSubgraph()
    }

    /// The article's edges: article → claim ("makes") for each claim in document order, then
    /// claim → source for each claim and each of its sources, in the order written, styled by
    /// relation and labelled with the locator when there is one.
    ///
    /// A citation of a reference that `isPlaced` rejects is left out, or, with
    /// `keepingUnplaced`, written and returned, for the caller to keep or cut out later.
    static func addEdges(of nodes: ArticleNodes, text: ClaimGraphText, to writer: inout DOTWriter, isPlaced: (String) -> Bool,
                         keepingUnplaced: Bool = false) -> [UnplacedEdge] {
        for claimID in nodes.claimIDs {
            writer.edge(from: nodes.articleID, to: claimID, label: nil, text.makes)
        }
        var unplaced: [UnplacedEdge] = []
        for (claim, claimID) in zip(nodes.claims, nodes.claimIDs) {
            for citation in claim.sources {
                let referenceID = citation.reference.id
                let placed = isPlaced(referenceID)
                guard placed || keepingUnplaced else { continue }
                let start = writer.bytes.count
                let label: DOTLabel? = citation.locator.flatMap { $0.isEmpty ? nil : .wrapped($0) }
                writer.edge(from: claimID, to: .source(referenceID), label: label, ClaimGraphStyle.citation(citation.relation))
                if !placed { unplaced.append((referenceID, start..<writer.bytes.count)) }
            }
        }
        return unplaced
    }

    /// The legend: one of each kind of node and edge, drawn as in the graph, in a box of its own.
    private static func addLegend(_ text: ClaimGraphText, to writer: inout DOTWriter) {
        let words = text.catalog
        let article = ClaimGraphNodeID.legend("article")
        let claim = ClaimGraphNodeID.legend("claim")
        let uncitedClaim = ClaimGraphNodeID.legend("claim-citing-no-source")
        let unsupported = ClaimGraphNodeID.legend("unsupported-claim")
        let source = ClaimGraphNodeID.legend("source")
        let uncited = ClaimGraphNodeID.legend("uncited-source")
        writer.beginSubgraph(.legendCluster, label: nil, ClaimGraphStyle.legend(label: words[.graphLegend]))
        writer.node(article, label: .plain(words[.graphArticle]), ClaimGraphStyle.article)
        writer.node(claim, label: .plain(words[.graphClaim]), ClaimGraphStyle.supportedClaim)
        writer.node(uncitedClaim, label: .plain(words[.graphClaim] + "\n" + text.noSourceCited), ClaimGraphStyle.unsupportedClaim)
        writer.node(unsupported, label: .plain(words[.graphClaim] + "\n" + text.onlyDisputedOrMentioned), ClaimGraphStyle.unsupportedClaim)
        writer.node(source, label: .plain(words[.graphSource] + "\n" + words[.graphSourceLabel]), ClaimGraphStyle.citedSource)
        writer.node(uncited, label: .plain(words[.graphSource] + "\n" + text.uncited), ClaimGraphStyle.uncitedSource)
        writer.edge(from: article, to: claim, label: nil, text.makes)
        writer.edge(from: article, to: uncitedClaim, label: nil, text.makes)
        writer.edge(from: article, to: unsupported, label: nil, text.makes)
        writer.edge(from: claim, to: source, label: .plain(text.relation(.supports) + "\n" + words[.graphLocator]),
                    ClaimGraphStyle.citation(.supports))
        writer.edge(from: unsupported, to: source, label: .plain(text.relation(.disputes)), ClaimGraphStyle.citation(.disputes))
        writer.edge(from: uncitedClaim, to: uncited, label: nil, ClaimGraphStyle.invisible)
        writer.edge(from: unsupported, to: source, label: .plain(text.relation(.mentions)), ClaimGraphStyle.citation(.mentions))
        writer.endSubgraph()
    }
}
