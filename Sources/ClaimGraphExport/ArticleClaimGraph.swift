// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// The claims-to-sources graph of one article, in Graphviz DOT (`Output/<slug>/claims.dot`).
///
/// A `digraph` with the article, its claims clustered per section, and its sources: the
/// article's own references (uncited ones too, grey and dashed) and every site reference its
/// claims cite. Edges run article → claim ("makes") and claim → source, styled by relation
/// and labelled with the locator. A legend explains the styles. The legend and the notes on
/// claims and sources are in the article's language (``MessageCatalog``).
///
/// The text is deterministic, LF-only, with a final newline. Nodes come in a fixed order (the
/// legend, the article, the claims in document order, the sources by reference id), then the
/// edges (article → claims, then each claim's sources in the order written). Node IDs are
/// quoted and prefixed: `"article:<slug>"`, `"claim:<slug>/<claim id>"`, `"source:<reference id>"`.
public struct ArticleClaimGraph: Sendable {
    /// The publication the article belongs to, for site references.
    public let publication: Publication
    /// The site references as source nodes, prepared once.
    private let siteSources: SiteSources
    /// The interface texts of every language.
    private let catalogs: MessageCatalogs
    /// The words and the start of a graph in the site's language, prepared once.
    private let siteWords: (text: ClaimGraphText, start: [UInt8])

    /// A graph renderer for articles of `publication`.
    public init(publication: Publication) {
        self.publication = publication
        catalogs = publication.site.catalogs
        let text = ClaimGraphText(catalogs.site)
        siteSources = SiteSources(site: publication.site, noDate: text.noDate)
        siteWords = (text, ClaimGraphDrawing.start(text))
    }

    /// The path of an article's graph inside the output folder: `<slug>/claims.dot`.
    public static func relativePath(of article: Article) -> String { article.slug + "/claims.dot" }

    /// The DOT text of `article`'s graph.
    public func render(_ article: Article) -> String {
        String(decoding: renderBytes(article), as: UTF8.self)
    }

    /// The DOT text of `article`'s graph, in UTF-8.
    public func renderBytes(_ article: Article) -> [UInt8] {
        let nodes = ArticleNodes(article)
        let language = publication.language(of: article)
        let (text, start) = language == publication.site.language
            ? siteWords : { let text = ClaimGraphText(catalogs.catalog(for: language)); return (text, ClaimGraphDrawing.start(text)) }()
        var writer = ClaimGraphDrawing.startGraph(start, capacity: 1024 * (nodes.claims.count + 1))
        ClaimGraphDrawing.addArticle(nodes, to: &writer)
        var claimIDs = nodes.claimIDs.makeIterator()
        for (index, section) in article.sections.enumerated() where !section.claims.isEmpty {
            writer.beginSubgraph(.sectionCluster(index + 1, inArticle: article.slug), label: .wrapped(section.heading),
                                 ClaimGraphStyle.section)
            for claim in section.claims {
                ClaimGraphDrawing.addClaim(claim, id: claimIDs.next()!, text: text, to: &writer)
            }
            writer.endSubgraph()
        }
        let sources = ClaimGraphSources(candidates: siteSources.candidates(for: nodes, citedIDs: nodes.citedReferenceIDs, noDate: text.noDate))
        ClaimGraphDrawing.addSources(sources, text: text, to: &writer)
        _ = ClaimGraphDrawing.addEdges(of: nodes, text: text, to: &writer, isPlaced: sources.contains)
        writer.endGraph()
        return writer.bytes
    }
}
