// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport
import ModelFixtures
import Testing

/// The article graph of the standard sample's first article, `eerste`: three claims in two
/// sections, citing `li2010` (supports, "p. 960"), `shared2020` (a site reference, mentions)
/// and `zanos2016` (disputes); `snel` cites nothing; `kompas` is a reference nobody cites.
@Suite struct ArticleClaimGraphTests {
    let text = ArticleClaimGraph(publication: TestPublications.standard).render(TestPublications.first)
    var graph: ParsedDOT { ParsedDOT(text) }

    /// The nodes and edges outside the legend.
    var contentNodes: [ParsedDOT.Node] { graph.nodes.filter { !$0.id.hasPrefix("legend:") } }
    var contentEdges: [ParsedDOT.Edge] { graph.edges.filter { !$0.tail.hasPrefix("legend:") } }

    @Test func isAUTF8DigraphLaidOutLeftToRightWithLFLineEnds() {
        #expect(graph.header == "digraph claims {")
        #expect(graph.graphAttributes["charset"] == "UTF-8")
        #expect(graph.graphAttributes["rankdir"] == "LR")
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!text.contains("\r"))
    }

    @Test func hasTheArticleItsClaimsAndItsSourcesInADefinedOrder() {
        #expect(contentNodes.map(\.id) == [
            "article:eerste",
            "claim:eerste/nmda", "claim:eerste/snel", "claim:eerste/hnk",
            "source:kompas", "source:li2010", "source:shared2020", "source:zanos2016",
        ])
        #expect(graph.node("article:eerste")?.label == "Hoe werkt ketamine?")
        #expect(graph.node("claim:eerste/nmda")?.label == "Ketamine blokkeert de NMDA-receptor.")
    }

    @Test func idsAreAlwaysQuotedAndPrefixed() {
        for line in text.split(separator: "\n") where line.hasPrefix("  \"") {
            #expect(line.hasPrefix("  \"article:") || line.hasPrefix("  \"claim:") || line.hasPrefix("  \"source:")
                    || line.hasPrefix("  \"legend:"), "\(line)")
        }
        #expect(text.contains("\n  \"claim:eerste/nmda\" -> \"source:li2010\" [label=\"p. 960\""))
    }

    @Test func edgesRunFromTheArticleToEachClaimThenFromEachClaimToItsSources() {
        #expect(contentEdges.map { "\($0.tail) -> \($0.head)" } == [
            "article:eerste -> claim:eerste/nmda",
            "article:eerste -> claim:eerste/snel",
            "article:eerste -> claim:eerste/hnk",
            "claim:eerste/nmda -> source:li2010",
            "claim:eerste/nmda -> source:shared2020",
            "claim:eerste/hnk -> source:zanos2016",
        ])
        for edge in contentEdges where edge.tail.hasPrefix("article:") {
            #expect(edge.attributes["label"] == "stelt")
        }
    }

    struct CitationCase: Sendable, CustomTestStringConvertible {
        let claim: String, source: String, relation: String
        let style: String, color: String, arrowhead: String?, label: String?
        var testDescription: String { "\(claim) \(relation) \(source)" }
    }

    @Test(arguments: [
        CitationCase(claim: "nmda", source: "li2010", relation: "supports", style: "solid", color: "black", arrowhead: nil, label: "p. 960"),
        CitationCase(claim: "nmda", source: "shared2020", relation: "mentions", style: "dotted", color: "black", arrowhead: nil, label: nil),
        CitationCase(claim: "hnk", source: "zanos2016", relation: "disputes", style: "solid", color: "red", arrowhead: "tee", label: nil),
    ])
    func claimToSourceEdgesAreStyledByRelationAndLabelledWithTheLocator(_ row: CitationCase) throws {
        let edges = graph.edges(from: "claim:eerste/\(row.claim)", to: "source:\(row.source)")
        try #require(edges.count == 1)
        #expect(edges[0].attributes["style"] == row.style)
        #expect(edges[0].attributes["color"] == row.color)
        #expect(edges[0].attributes["arrowhead"] == row.arrowhead)
        #expect(edges[0].attributes["label"] == row.label)
    }

    @Test(arguments: [
        ("snel", "Het effect is binnen uren merkbaar."),
        ("hnk", "HNK is mogelijk verantwoordelijk."),
    ])
    func claimsWithoutSupportAreRedAndSayWhyInWords(_ id: String, _ claimText: String) throws {
        let node = try #require(graph.node("claim:eerste/\(id)"))
        #expect(node.attributes["color"] == "red")
        #expect(node.attributes["fontcolor"] == "red")
        // "snel" cites no source; "hnk" cites one that disputes it. The article is Dutch.
        #expect(node.label == claimText + (id == "snel" ? "\ngeen bron genoemd" : "\nalleen tegengesproken of genoemd"))
        #expect(node.label?.contains("unsupported") == false)
    }

    @Test func supportedClaimsAreNeitherRedNorMarked() throws {
        let node = try #require(graph.node("claim:eerste/nmda"))
        #expect(node.attributes["color"] == nil)
        #expect(node.label?.contains("unsupported") == false)
    }

    /// Fewer bytes, the same drawing: a supported claim (the most common node) and a supporting
    /// citation (the most common edge) write no attributes but their label; every kind of node
    /// and edge is drawn with the same attributes as when each statement named them all.
    @Test func theCommonestNodeAndEdgeTakeTheirLookFromDefaults() throws {
        let claim = try #require(graph.node("claim:eerste/nmda"))
        #expect(claim.ownAttributes.keys.sorted() == ["label"])
        #expect(claim.attributes.filter { ["shape", "style", "fillcolor"].contains($0.key) } == ["shape": "box", "style": "rounded,filled", "fillcolor": "white"])
        let unsupported = try #require(graph.node("claim:eerste/snel"))
        #expect(unsupported.attributes.filter { ["shape", "style", "fillcolor"].contains($0.key) } == ["shape": "box", "style": "rounded,filled,bold", "fillcolor": "white"])
        let article = try #require(graph.node("article:eerste"))
        #expect(article.attributes.filter { ["shape", "style", "fillcolor", "color"].contains($0.key) } == ["shape": "box", "style": "filled,bold", "fillcolor": "#dbe8f6", "color": "#1f4e79"])
        let cited = try #require(graph.node("source:li2010"))
        #expect(cited.attributes.filter { ["shape", "style", "fillcolor"].contains($0.key) } == ["shape": "note", "style": "filled", "fillcolor": "#fffbe6"])
        let supporting = try #require(graph.edges(from: "claim:eerste/nmda", to: "source:li2010").first)
        #expect(supporting.ownAttributes.keys.sorted() == ["label"])
        let mentioning = try #require(graph.edges(from: "claim:eerste/nmda", to: "source:shared2020").first)
        #expect(mentioning.attributes["color"] == "black" && mentioning.attributes["style"] == "dotted")
    }

    @Test func uncitedSourceIsGreyDashedAndSaysSo() throws {
        let kompas = try #require(graph.node("source:kompas"))
        #expect(kompas.attributes["style"] == "dashed")
        #expect(kompas.attributes["color"] == "grey50")
        #expect(kompas.label == "Zorginstituut Nederland z.d.\nbij geen bewering genoemd")
        for node in contentNodes where node.id.hasPrefix("source:") && node.id != "source:kompas" {
            #expect(node.attributes["style"]?.contains("dashed") == false, "\(node.id)")
            #expect(node.label?.contains("genoemd") == false, "\(node.id)")
        }
    }

    @Test func sourcesAreLabelledAsShortCitations() {
        #expect(graph.node("source:li2010")?.label == "Li et al. 2010")
        #expect(graph.node("source:zanos2016")?.label == "Zanos & Gould 2016")
        #expect(graph.node("source:shared2020")?.label == "Trimbos-instituut 2020")
        #expect(text.contains("[label=\"Zanos &amp; Gould 2016\""))
    }

    @Test func claimsAreClusteredPerSectionLabelledWithTheHeading() {
        #expect(graph.subgraphOrder == ["cluster_legend", "cluster_section:eerste/1", "cluster_section:eerste/2", "rank:sources"])
        #expect(graph.subgraphAttributes["cluster_section:eerste/1"]?["label"] == "Een ander mechanisme")
        #expect(graph.subgraphAttributes["cluster_section:eerste/2"]?["label"] == "Wat we nog niet weten")
        #expect(graph.node("claim:eerste/nmda")?.subgraph == "cluster_section:eerste/1")
        #expect(graph.node("claim:eerste/snel")?.subgraph == "cluster_section:eerste/1")
        #expect(graph.node("claim:eerste/hnk")?.subgraph == "cluster_section:eerste/2")
        #expect(graph.node("article:eerste")?.subgraph == nil)
        #expect(graph.node("source:li2010")?.subgraph == "rank:sources")
        #expect(graph.subgraphAttributes["rank:sources"] == ["rank": "same"])
    }

    @Test func legendShowsEachKindOfNodeAndEdgeDrawnAsInTheGraph() throws {
        #expect(graph.subgraphAttributes["cluster_legend"]?["label"] == "Legenda")
        let legendNodes = graph.nodes.filter { $0.subgraph == "cluster_legend" }
        #expect(legendNodes.map(\.id).allSatisfy { $0.hasPrefix("legend:") })
        let unsupported = try #require(graph.node("legend:unsupported-claim"))
        #expect(unsupported.attributes["color"] == "red")
        #expect(unsupported.label == "bewering\nalleen tegengesproken of genoemd")
        let citingNothing = try #require(graph.node("legend:claim-citing-no-source"))
        #expect(citingNothing.attributes["color"] == "red")
        #expect(citingNothing.label == "bewering\ngeen bron genoemd")
        let uncited = try #require(graph.node("legend:uncited-source"))
        #expect(uncited.attributes["style"] == "dashed")
        #expect(uncited.label == "bron\nbij geen bewering genoemd")

        // Each legend edge looks like the graph's edge of that kind (apart from the label).
        let legendEdges = graph.edges.filter { $0.tail.hasPrefix("legend:") }
        let examples: [(word: String, tail: String, head: String)] = [
            ("stelt", "article:eerste", "claim:eerste/nmda"),
            ("ondersteunt", "claim:eerste/nmda", "source:li2010"),
            ("spreekt tegen", "claim:eerste/hnk", "source:zanos2016"),
            ("noemt", "claim:eerste/nmda", "source:shared2020"),
        ]
        for example in examples {
            let legendEdge = try #require(legendEdges.first { $0.attributes["label"]?.hasPrefix(example.word) == true }, "\(example.word)")
            let graphEdge = try #require(graph.edges(from: example.tail, to: example.head).first)
            #expect(legendEdge.attributes.filter { $0.key != "label" } == graphEdge.attributes.filter { $0.key != "label" },
                    "\(example.word)")
        }
        #expect(legendEdges.first { $0.attributes["label"]?.hasPrefix("ondersteunt") == true }?.attributes["label"]
                == "ondersteunt\n(label: vindplaats)")
    }

    @Test func anEnglishArticlesGraphSpeaksEnglish() throws {
        let publication = SamplePublication.standard()
        let english = try #require(publication.articles.first { $0.language == "en" })
        let graph = ParsedDOT(ArticleClaimGraph(publication: publication).render(english))
        #expect(graph.subgraphAttributes["cluster_legend"]?["label"] == "Legend")
        #expect(graph.node("legend:claim-citing-no-source")?.label == "claim\nno source cited")
        #expect(graph.node("legend:unsupported-claim")?.label == "claim\nonly disputed or mentioned")
        #expect(graph.node("legend:uncited-source")?.label == "source\ncited by no claim")
        #expect(!ArticleClaimGraph(publication: publication).render(english).contains("unsupported\""))
    }

    @Test func longClaimTextWrapsAtFortyCharacters() throws {
        let long = String(repeating: "A very long title. ", count: 60)
        let publication = SamplePublication.hostile(long)
        let graph = ParsedDOT(ArticleClaimGraph(publication: publication).render(publication.articles[0]))
        let label = try #require(graph.node("claim:hostile/c1")?.label)
        let lines = label.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.joined(separator: " ") == long)
    }

    @Test(arguments: [
        (TestPublications.standard, "tweede"),
        (SamplePublication.minimal(), "min"),
    ])
    func articleWithoutClaimsHasOnlyTheArticleAndTheLegend(_ publication: Publication, _ slug: String) throws {
        let article = try #require(publication.articles.first { $0.slug == slug })
        let text = ArticleClaimGraph(publication: publication).render(article)
        let graph = ParsedDOT(text)
        #expect(graph.nodes.filter { !$0.id.hasPrefix("legend:") }.map(\.id) == ["article:\(slug)"])
        #expect(graph.edges.filter { !$0.tail.hasPrefix("legend:") }.isEmpty)
        #expect(graph.subgraphOrder == ["cluster_legend"])
    }

    @Test func renderingIsDeterministic() {
        let reordered = Publication(site: TestPublications.standard.site, articles: TestPublications.standard.articles.reversed())
        let again = ArticleClaimGraph(publication: reordered).render(TestPublications.first)
        #expect(again == text)
        #expect(ArticleClaimGraph(publication: TestPublications.standard).render(TestPublications.first) == text)
    }

    @Test func relativePathIsTheSlugFolder() {
        #expect(ArticleClaimGraph.relativePath(of: TestPublications.first) == "eerste/claims.dot")
        #expect(SiteClaimGraph.relativePath == "claims.dot")
    }

    @Test func sourcesWithTheSameShortCitationGetLetters() {
        let publication = TestPublications.sameAuthorAndYear()
        let graph = ParsedDOT(ArticleClaimGraph(publication: publication).render(publication.articles[0]))
        #expect(graph.node("source:li-a")?.label == "Li 2010a")
        #expect(graph.node("source:li-b")?.label == "Li 2010b")
        #expect(graph.node("source:li-c")?.label == "Li 2010c")
        #expect(graph.node("source:li-d")?.label == "Li 2010d")
        #expect(graph.node("source:undated-1")?.label == "Ng z.d.-a")
        #expect(graph.node("source:undated-2")?.label == "Ng z.d.-b")
    }
}
