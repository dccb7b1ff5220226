// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import ModelFixtures
import Testing

@Suite struct SiteClaimGraphTests {
    func contentNodes(_ graph: ParsedDOT) -> [ParsedDOT.Node] { graph.nodes.filter { !$0.id.hasPrefix("legend:") } }
    func contentEdges(_ graph: ParsedDOT) -> [ParsedDOT.Edge] { graph.edges.filter { !$0.tail.hasPrefix("legend:") } }

    @Test func hasEveryArticleClaimAndSource() {
        let graph = ParsedDOT(SiteClaimGraph(publication: TestPublications.standard).render())
        #expect(graph.header == "digraph claims {")
        #expect(graph.graphAttributes["charset"] == "UTF-8")
        #expect(contentNodes(graph).map(\.id) == [
            "article:eerste", "claim:eerste/nmda", "claim:eerste/snel", "claim:eerste/hnk",
            "article:tweede",
            "source:kompas", "source:li2010", "source:shared2020", "source:zanos2016",
        ])
        #expect(contentEdges(graph).count == 6)
        #expect(graph.node("claim:eerste/snel")?.attributes["color"] == "red")
        #expect(graph.node("source:kompas")?.attributes["style"] == "dashed")
        #expect(graph.subgraphOrder == ["cluster_legend", "rank:sources"])
    }

    @Test func aSourceCitedByTwoArticlesIsOneNode() throws {
        let graph = ParsedDOT(SiteClaimGraph(publication: TestPublications.sharedSource()).render())
        #expect(graph.nodes.filter { $0.id == "source:shared2020" }.count == 1)
        #expect(graph.nodes.filter { $0.id == "source:li2010" }.count == 1)
        // The same claim id in two articles is two nodes.
        #expect(graph.node("claim:eerste/nmda") != nil)
        #expect(graph.node("claim:derde/nmda") != nil)
        #expect(graph.edges.filter { $0.head == "source:shared2020" }.map(\.tail) == ["claim:derde/nmda", "claim:eerste/nmda"])
        #expect(graph.edges.filter { $0.head == "source:li2010" }.map(\.tail) == ["claim:eerste/nmda"])
        #expect(graph.edges(from: "claim:derde/nmda", to: "source:shared2020").first?.attributes["label"] == "hoofdstuk 2")
        #expect(graph.node("source:eigen")?.attributes["style"] == "dashed")
        #expect(graph.node("source:eigen")?.label == "Eigen 2021\nbij geen bewering genoemd")
        #expect(graph.node("source:shared2020")?.attributes["style"] == "filled")
    }

    @Test func aSiteReferenceNoClaimCitesIsGreyAndDashed() {
        let publication = Publication(site: TestPublications.standard.site, articles: [TestPublications.second])
        let graph = ParsedDOT(SiteClaimGraph(publication: publication).render())
        #expect(contentNodes(graph).map(\.id) == ["article:tweede", "source:shared2020"])
        #expect(graph.node("source:shared2020")?.attributes["style"] == "dashed")
    }

    @Test func theArticleGraphOfAnArticleShowsOnlyItsOwnSources() {
        let publication = TestPublications.sharedSource()
        let third = publication.articles.first { $0.slug == "derde" }!
        let graph = ParsedDOT(ArticleClaimGraph(publication: publication).render(third))
        #expect(contentNodes(graph).map(\.id) == ["article:derde", "claim:derde/nmda", "source:eigen", "source:shared2020"])
    }

    @Test func renderingIsDeterministicWhateverTheArticleOrder() {
        let publication = TestPublications.sharedSource()
        let text = SiteClaimGraph(publication: publication).render()
        let reordered = Publication(site: publication.site, articles: publication.articles.reversed())
        #expect(SiteClaimGraph(publication: reordered).render() == text)
        #expect(SiteClaimGraph(publication: publication).render() == text)
        #expect(text.hasSuffix("}\n") && !text.contains("\r"))
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func graphvizDrawsOneNodePerSharedSource() throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let output = try renderer.render(SiteClaimGraph(publication: TestPublications.sharedSource()).render(), format: .svg)
        #expect(output.standardError == "")
        let svg = try #require(SVGText(String(decoding: output.data, as: UTF8.self)))
        let nodes = svg.groups(ofKind: "node").filter { !$0.title.hasPrefix("legend:") }
        #expect(nodes.filter { $0.title == "source:shared2020" }.count == 1)
        #expect(nodes.count == 12)
        #expect(svg.group(titled: "source:shared2020")?.texts == ["Trimbos-instituut 2020"])
    }
}
