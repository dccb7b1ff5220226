// ldpub — MIT licence.

import ArticleModel
import InterfaceText

extension SiteClaimGraph {
    /// One article's share of the site graph: its article and claim nodes, its edges, and the
    /// source nodes of its own references, ready to copy.
    ///
    /// Made from the article and the site's interface texts alone, so each article's fragment can be made on any thread, kept
    /// between builds as bytes (by the build cache), and remade only when the article changes.
    /// ``SiteClaimGraph/assemble(_:)`` puts the fragments of every article together into the
    /// graph ``SiteClaimGraph/render()`` draws, byte for byte.
    public struct Fragment: Sendable {
        /// The article's slug; fragments are assembled in slug order.
        public let slug: String
        /// The article's node, then its claims' nodes, in document order.
        package let nodes: [UInt8]
        /// The article's edges, as ``ClaimGraphDrawing/addEdges(of:to:isPlaced:keepingUnplaced:)`` writes them.
        package let edges: [UInt8]
        /// The edges of `edges` to references that are not the article's own: the graph keeps
        /// those whose source it has (a site reference; another article's, an input error).
        package let edgesToOtherSources: [ClaimGraphDrawing.UnplacedEdge]
        /// The article's own references (the first of each id), in the order listed, cited when
        /// a claim of the article cites them.
        package let sources: [ClaimGraphSource]
        /// The ids that the article's claims cite and its own references do not have, in the
        /// order first cited: site references, mostly.
        package let otherCitedIDs: [String]

        /// The fragment of `article`, its notes in the words of `catalog`: the site's
        /// (``SiteClaimGraph/catalog``).
        public init(article: Article, catalog: MessageCatalog) {
            let text = ClaimGraphText(catalog)
            let nodes = ArticleNodes(article)
            var writer = DOTWriter(depth: 1, capacity: 512 * (nodes.claims.count + 1))
            ClaimGraphDrawing.addArticle(nodes, to: &writer)
            for (claim, id) in zip(nodes.claims, nodes.claimIDs) {
                ClaimGraphDrawing.addClaim(claim, id: id, text: text, to: &writer)
            }
            // Fragments of every article are kept until the site graph is assembled: no spare room.
            self.nodes = writer.compactBytes

            let citedIDs = nodes.citedReferenceIDs
            var ownIDs = Set<String>(minimumCapacity: article.references.count)
            sources = article.references.compactMap { item in
                guard ownIDs.insert(item.id).inserted else { return nil }
                var source = ClaimGraphSource(item, noDate: text.noDate)
                source.isCited = citedIDs.contains(item.id)
                return source
            }
            var otherIDs = Set<String>()
            var otherCitedIDs: [String] = []
            for claim in nodes.claims {
                for citation in claim.sources where !ownIDs.contains(citation.reference.id) {
                    if otherIDs.insert(citation.reference.id).inserted { otherCitedIDs.append(citation.reference.id) }
                }
            }
            self.otherCitedIDs = otherCitedIDs

            var edgeWriter = DOTWriter(depth: 1, capacity: 512 * (nodes.claims.count + 1))
            edgesToOtherSources = ClaimGraphDrawing.addEdges(of: nodes, text: text, to: &edgeWriter, isPlaced: ownIDs.contains,
                                                             keepingUnplaced: true)
            edges = edgeWriter.compactBytes
            slug = article.slug
        }

        /// A fragment of its parts, as decoded from ``serialized``.
        package init(slug: String, nodes: [UInt8], edges: [UInt8], edgesToOtherSources: [ClaimGraphDrawing.UnplacedEdge],
             sources: [ClaimGraphSource], otherCitedIDs: [String]) {
            self.slug = slug
            self.nodes = nodes
            self.edges = edges
            self.edgesToOtherSources = edgesToOtherSources
            self.sources = sources
            self.otherCitedIDs = otherCitedIDs
        }
    }
}
