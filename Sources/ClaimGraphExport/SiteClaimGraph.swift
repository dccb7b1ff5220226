// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// The claims-to-sources graph of the whole site, in Graphviz DOT (`Output/claims.dot`).
///
/// Every article (ordered by slug), its claims (in document order) and every reference of the
/// site and its articles (ordered by id). A source that several articles cite is one node,
/// since reference ids are unique site-wide; a reference no claim cites is grey and dashed.
/// Edges, styles and the legend are those of ``ArticleClaimGraph``; its words are in the
/// site's language.
///
/// Each article's part is a ``Fragment`` made from the article alone, so a build that keeps
/// the fragments remakes only those of changed articles, then ``assemble(_:)``s the graph;
/// ``render()`` does just that for every article.
public struct SiteClaimGraph: Sendable {
    /// The publication to draw.
    public let publication: Publication
    /// The site references as source nodes, prepared once.
    private let siteSources: SiteSources
    /// The words of the graph, in the site's language.
    private let text: ClaimGraphText

    /// A graph renderer for `publication`. For ``assemble(_:)``, a publication of the site
    /// alone will do.
    public init(publication: Publication) {
        self.publication = publication
        siteSources = SiteSources(site: publication.site)
        text = ClaimGraphText(publication.site.catalogs.site)
    }

    /// The interface texts fragments of this site's graph are made with.
    public var catalog: MessageCatalog { text.catalog }

    /// The path of the site graph inside the output folder: `claims.dot`.
    public static let relativePath = "claims.dot"

    /// The DOT text of the site's graph.
    public func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// The DOT text of the site's graph, in UTF-8.
    public func renderBytes() -> [UInt8] {
        let catalog = catalog
        return assemble(publication.articles.map { Fragment(article: $0, catalog: catalog) })
    }

    /// The site graph of the articles whose fragments are `fragments`, in any order, each made
    /// with ``catalog``: the bytes
    /// ``renderBytes()`` returns for a publication of ``publication``'s site and these articles.
    ///
    /// The article and claim nodes and the edges are copied from the fragments; the source
    /// nodes (the site's references and the fragments') are merged, put in id order and
    /// labelled here, as their labels and styles depend on the whole graph.
    public func assemble(_ fragments: [Fragment]) -> [UInt8] {
        let inSlugOrder = zip(fragments, fragments.dropFirst()).allSatisfy { !($1.slug < $0.slug) }
        let fragments = inSlugOrder ? fragments : fragments.sorted { $0.slug < $1.slug }
        var candidates = siteSources.inOrder
        var otherCitedIDs = Set<String>()
        var capacity = 256 * candidates.count
        for fragment in fragments {
            candidates.append(contentsOf: fragment.sources)
            for id in fragment.otherCitedIDs { otherCitedIDs.insert(id) }
            capacity += fragment.nodes.count + fragment.edges.count + 256 * fragment.sources.count
        }
        let sources = ClaimGraphSources(candidates: candidates, isCitedElsewhere: otherCitedIDs.contains)

        var writer = ClaimGraphDrawing.startGraph(ClaimGraphDrawing.start(text), capacity: capacity)
        for fragment in fragments { writer.append(fragment.nodes) }
        ClaimGraphDrawing.addSources(sources, text: text, to: &writer)
        for fragment in fragments {
            var copied = 0
            for edge in fragment.edgesToOtherSources where !sources.contains(edge.referenceID) {
                writer.append(fragment.edges, copied..<edge.bytes.lowerBound)
                copied = edge.bytes.upperBound
            }
            writer.append(fragment.edges, copied..<fragment.edges.count)
        }
        writer.endGraph()
        return writer.bytes
    }
}
