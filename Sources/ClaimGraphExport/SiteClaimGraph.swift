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
        text = ClaimGraphText(publication.site.catalogs.site)
        siteSources = SiteSources(site: publication.site, noDate: text.noDate)
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
        assembleWithLayout(fragments).bytes
    }

    /// Where each article's part is in an assembled site graph: its nodes and its edges, by slug.
    /// A build that keeps the layout can replace a changed article's part in the graph it wrote
    /// without assembling the graph again, when the article's own sources and the ids it cites
    /// elsewhere are as they were: the source nodes between the nodes and the edges depend on
    /// every article.
    public struct Layout: Sendable, Hashable {
        /// The article's nodes and edges, in the graph's bytes.
        public struct Part: Sendable, Hashable {
            public var nodes: Range<Int>
            public var edges: Range<Int>

            /// A part at these ranges.
            public init(nodes: Range<Int>, edges: Range<Int>) {
                self.nodes = nodes
                self.edges = edges
            }
        }

        /// By slug.
        public var parts: [String: Part]
        /// Whether every edge of every fragment is in the graph as the fragment wrote it (no edge
        /// to a source the graph lacks was left out): only then can a part be replaced by a
        /// new fragment's bytes.
        public var keepsEveryEdge: Bool

        /// A layout of these parts.
        public init(parts: [String: Part], keepsEveryEdge: Bool) {
            self.parts = parts
            self.keepsEveryEdge = keepsEveryEdge
        }

        /// New bytes for a range of the assembled graph.
        public typealias Replacement = (range: Range<Int>, bytes: [UInt8])

        /// The replacements that put `changed` (new fragments of articles of this layout, whose
        /// sources are as they were) in the place of their old parts, in the graph's order, and
        /// the layout of the graph after them.
        ///
        /// The graph's order is ``assemble(_:chunkSize:into:)``'s: every article's nodes by slug,
        /// the source nodes, every article's edges by slug. Parts are placed by that order, not
        /// by their offsets: an article without claims has empty edges, at the same offset as
        /// its neighbour's when that has none either.
        public func replacing(_ changed: [Fragment]) -> (replacements: [Replacement], layout: Layout) {
            let new = Dictionary(changed.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
            let slugs = parts.keys.sorted()
            var replacements: [Replacement] = []
            var shift = 0
            func place(_ range: Range<Int>, _ bytes: [UInt8]?) -> Range<Int> {
                let start = range.lowerBound + shift
                guard let bytes else { return start..<(range.upperBound + shift) }
                replacements.append((range, bytes))
                shift += bytes.count - range.count
                return start..<(start + bytes.count)
            }
            let nodes = slugs.map { place(parts[$0]!.nodes, new[$0]?.nodes) }
            var layout = Layout(parts: [:], keepsEveryEdge: true)
            layout.parts.reserveCapacity(slugs.count)
            for (slug, nodes) in zip(slugs, nodes) {
                layout.parts[slug] = Part(nodes: nodes, edges: place(parts[slug]!.edges, new[slug]?.edges))
            }
            return (replacements, layout)
        }
    }

    /// ``assemble(_:)``, and where each article's part is in the bytes.
    public func assembleWithLayout(_ fragments: [Fragment]) -> (bytes: [UInt8], layout: Layout) {
        assembleWithLayout(Fragments(fragments))
    }

    /// ``assemble(_:)`` of fragments handed out one at a time.
    public func assembleWithLayout(_ fragments: Fragments) -> (bytes: [UInt8], layout: Layout) {
        var bytes: [UInt8] = []
        // Made whole, the graph comes in one chunk: taken as it is, not copied.
        let layout = assemble(fragments, chunkSize: .max) { chunk in
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
        }
        return (bytes, layout)
    }

    /// ``assemble(_:)`` in chunks of about `chunkSize` bytes handed to `sink` as they are
    /// written, so the graph is never whole in memory; returns where each article's part is.
    public func assemble(_ fragments: [Fragment], chunkSize: Int = 1 << 20, into sink: ([UInt8]) -> Void) -> Layout {
        assemble(Fragments(fragments), chunkSize: chunkSize, into: sink)
    }

    /// ``assemble(_:chunkSize:into:)`` of fragments handed out one at a time (each is asked
    /// for twice: for its sources and nodes, then for its edges; once more for its size when
    /// the graph is made whole, `chunkSize` `.max`), so that they need not all be in memory.
    public func assemble(_ fragments: Fragments, chunkSize: Int = 1 << 20, into sink: ([UInt8]) -> Void) -> Layout {
        let capacity = chunkSize == .max ? wholeSize(of: fragments) : chunkSize + (1 << 16)
        var writer = ClaimGraphDrawing.startGraph(ClaimGraphDrawing.start(text), capacity: capacity)
        func flushIfFull(_ writer: inout DOTWriter) {
            if writer.bytes.count >= chunkSize { sink(writer.drain()) }
        }
        // The nodes do not depend on the other fragments: written as the sources are gathered.
        var candidates = siteSources.inOrder
        var otherCitedIDs = Set<String>()
        var nodeRanges: [Range<Int>] = []
        nodeRanges.reserveCapacity(fragments.count)
        for index in 0..<fragments.count {
            let fragment = fragments.fragment(index)
            candidates.append(contentsOf: fragment.sources)
            for id in fragment.otherCitedIDs { otherCitedIDs.insert(id) }
            let start = writer.offset
            writer.append(fragment.nodes)
            nodeRanges.append(start..<writer.offset)
            flushIfFull(&writer)
        }
        let sources = ClaimGraphSources(candidates: candidates, isCitedElsewhere: otherCitedIDs.contains)
        ClaimGraphDrawing.addSources(sources, text: text, to: &writer, afterEach: flushIfFull)
        var layout = Layout(parts: [:], keepsEveryEdge: true)
        layout.parts.reserveCapacity(fragments.count)
        for (index, nodes) in nodeRanges.enumerated() {
            flushIfFull(&writer)
            let fragment = fragments.fragment(index)
            let start = writer.offset
            var copied = 0
            for edge in fragment.edgesToOtherSources where !sources.contains(edge.referenceID) {
                writer.append(fragment.edges, copied..<edge.bytes.lowerBound)
                copied = edge.bytes.upperBound
                layout.keepsEveryEdge = false
            }
            writer.append(fragment.edges, copied..<fragment.edges.count)
            // Two articles with one slug (an input error) cannot be told apart: no layout then.
            if layout.parts.updateValue(Layout.Part(nodes: nodes, edges: start..<writer.offset), forKey: fragment.slug) != nil {
                layout.keepsEveryEdge = false
            }
        }
        writer.endGraph()
        sink(writer.drain())
        return layout
    }
}

extension SiteClaimGraph {
    /// About how many bytes the graph of `fragments` has: room to make it whole at once.
    private func wholeSize(of fragments: Fragments) -> Int {
        var size = 256 * siteSources.inOrder.count
        for index in 0..<fragments.count {
            let fragment = fragments.fragment(index)
            size += fragment.nodes.count + fragment.edges.count + 256 * fragment.sources.count
        }
        return size
    }

    /// The fragments of a site graph in slug order, handed out one at a time by index: from an
    /// array, or read from wherever a build keeps them.
    public struct Fragments: Sendable {
        /// How many there are.
        public let count: Int
        /// The fragment at an index (0 ..< count), in slug order.
        public let fragment: @Sendable (Int) -> Fragment

        /// `count` fragments handed out by `fragment`, which must give them in slug order.
        public init(count: Int, fragment: @escaping @Sendable (Int) -> Fragment) {
            self.count = count
            self.fragment = fragment
        }

        /// The fragments of `array`, in slug order (articles of one slug in the array's order).
        public init(_ array: [Fragment]) {
            let inSlugOrder = zip(array, array.dropFirst()).allSatisfy { !($1.slug < $0.slug) }
            let sorted = inSlugOrder ? array : array.sorted { $0.slug < $1.slug }
            self.init(count: sorted.count) { sorted[$0] }
        }
    }
}
