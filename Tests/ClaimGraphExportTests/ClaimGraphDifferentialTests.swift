// ldpub — MIT licence.

import ArticleModel
import BuildCache
@testable import ClaimGraphExport
import Testing

/// The byte writers against the string-building implementation they replaced (in `Oracle/`),
/// on random publications: the same text, byte for byte.
@Suite struct ClaimGraphDifferentialTests {
    static let seeds: ClosedRange<UInt64> = 1...400

    @Test func articleGraphsMatchTheOracle() {
        for seed in Self.seeds {
            let publication = RandomPublications.make(seed: seed)
            let siteOnly = Publication(site: publication.site, articles: [])
            for article in publication.articles {
                let expected = OldArticleClaimGraph(publication: publication).render(article)
                #expect(ArticleClaimGraph(publication: publication).render(article) == expected, "seed \(seed)")
                #expect(ArticleClaimGraph(publication: siteOnly).render(article) == expected, "seed \(seed)")
            }
        }
    }

    @Test func siteGraphsMatchTheOracle() {
        for seed in Self.seeds {
            let publication = RandomPublications.make(seed: seed)
            #expect(SiteClaimGraph(publication: publication).render() == OldSiteClaimGraph(publication: publication).render(),
                    "seed \(seed)")
        }
    }

    @Test func fragmentsKeptAsBytesAssembleIntoTheSiteGraph() throws {
        for seed in Self.seeds {
            let publication = RandomPublications.make(seed: seed)
            let siteGraph = SiteClaimGraph(publication: Publication(site: publication.site, articles: []))
            // Articles with the same slug (an input error) stay in the order given.
            var random = SeededRandom(seed: seed)
            let slugsAreUnique = Set(publication.articles.map(\.slug)).count == publication.articles.count
            let articles = slugsAreUnique ? publication.articles.shuffled(using: &random) : publication.articles
            let fragments = try articles.map { try #require(SiteClaimGraph.Fragment(serialized: SiteClaimGraph.Fragment(article: $0, catalog: siteGraph.catalog).serialized)) }
            let assembled = siteGraph.assemble(fragments)
            #expect(String(decoding: assembled, as: UTF8.self) == SiteClaimGraph(publication: publication).render(), "seed \(seed)")
        }
    }

    /// Fragments depend on their article and the site's words alone: kept fragments assemble
    /// against another site of the same language, and a changed article needs only its own
    /// fragment remade.
    @Test func keptFragmentsServeAChangedSiteAndAChangedArticle() {
        for seed in Self.seeds {
            let publication = RandomPublications.make(seed: seed)
            let other = RandomPublications.make(seed: seed + 10_000)
            let catalog = SiteClaimGraph(publication: publication).catalog
            var fragments = publication.articles.map { SiteClaimGraph.Fragment(article: $0, catalog: catalog) }
            let otherSite = Publication(site: other.site, articles: publication.articles)
            #expect(String(decoding: SiteClaimGraph(publication: otherSite).assemble(fragments), as: UTF8.self)
                    == SiteClaimGraph(publication: otherSite).render(), "seed \(seed)")

            // Both sort by slug keeping the order given, so fragment i stays with article i.
            var random = SeededRandom(seed: seed)
            var articles = publication.articles
            let changed = Int.random(in: 0..<articles.count, using: &random)
            articles[changed] = other.articles[0]
            fragments[changed] = SiteClaimGraph.Fragment(article: other.articles[0], catalog: catalog)
            let changedPublication = Publication(site: publication.site, articles: articles)
            #expect(String(decoding: SiteClaimGraph(publication: changedPublication).assemble(fragments), as: UTF8.self)
                    == OldSiteClaimGraph(publication: changedPublication).render(), "seed \(seed)")
        }
    }

    /// In chunks (as a build streams it to its file) the graph is the same bytes, with the same layout,
    /// and each article's part is where the layout says: its fragment's nodes and edges.
    @Test func theGraphWrittenInChunksIsTheSameAndItsLayoutPointsAtEachArticle() {
        var laidOut = 0
        for seed in Self.seeds.prefix(100) {
            let publication = RandomPublications.make(seed: seed)
            let graph = SiteClaimGraph(publication: Publication(site: publication.site, articles: []))
            let fragments = publication.articles.map { SiteClaimGraph.Fragment(article: $0, catalog: graph.catalog) }
            let whole = graph.assembleWithLayout(fragments)
            var chunks: [[UInt8]] = []
            let layout = graph.assemble(fragments, chunkSize: 64) { chunks.append($0) }
            #expect(chunks.joined().elementsEqual(whole.bytes), "seed \(seed)")
            #expect(layout == whole.layout, "seed \(seed)")
            #expect(chunks.dropLast().allSatisfy { $0.count >= 64 }, "seed \(seed)")
            guard layout.keepsEveryEdge else { continue }
            laidOut += 1
            for fragment in fragments {
                guard let part = layout.parts[fragment.slug] else {
                    Issue.record("seed \(seed): no part for \(fragment.slug)")
                    continue
                }
                #expect(Array(whole.bytes[part.nodes]) == fragment.nodes, "seed \(seed)")
                #expect(Array(whole.bytes[part.edges]) == fragment.edges, "seed \(seed)")
            }
        }
        #expect(laidOut > 10, "too few publications whose graph keeps every edge: \(laidOut)")
    }

    @Test func damagedFragmentBytesAreRejected() {
        let publication = TestPublications.sharedSource()
        let bytes = SiteClaimGraph.Fragment(article: publication.articles[0], catalog: .english).serialized
        #expect(SiteClaimGraph.Fragment(serialized: bytes) != nil)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(SiteClaimGraph.Fragment(serialized: Array(bytes.prefix(length))) == nil)
        }
        #expect(SiteClaimGraph.Fragment(serialized: bytes + [0]) == nil)
        #expect(SiteClaimGraph.Fragment(serialized: Array(repeating: 0xFF, count: 64)) == nil)
    }

    @Test func theSampleGraphsMatchTheOracle() {
        for publication in [TestPublications.standard, TestPublications.sharedSource(), TestPublications.strangeIDs(),
                            TestPublications.sameAuthorAndYear()] {
            for article in publication.articles {
                #expect(ArticleClaimGraph(publication: publication).render(article)
                        == OldArticleClaimGraph(publication: publication).render(article))
            }
            #expect(SiteClaimGraph(publication: publication).render() == OldSiteClaimGraph(publication: publication).render())
        }
    }
}
