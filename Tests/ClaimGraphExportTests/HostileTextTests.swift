// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import ModelFixtures
import Testing

/// Hostile text in every label of both graphs: the article title, the section heading (a
/// cluster label), both claims' text, the source's author (its short citation) and the locator
/// (an edge label). The DOT must read back as the text, and Graphviz must draw the text.
@Suite struct HostileTextTests {
    /// The fixture's texts plus Graphviz's own escape sequences and other edge cases.
    static let texts: [String] = SamplePublication.hostileTexts + [
        "\\N \\G \\E \\T \\H \\L \\l \\r \\n", "ends with a backslash \\", "\"", "\\\"", "&lt;b&gt; &#38; &#x26;",
        "crlf\r\nline two", "\u{202E}right-to-left override", "e\u{301} 👩‍⚕️ combining and ZWJ", "   spaces   around   ",
        "-> ; } { [ ] = , digraph subgraph",
    ]

    /// The text as one line: line breaks (those of the text and those of the wrapping) as spaces.
    static func oneLine(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// What each labelled element of the hostile sample's graphs shows, as one line.
    static func expectedLabels(_ text: String) -> [(id: String, label: String)] {
        [
            ("article:hostile", oneLine(text)),
            ("claim:hostile/c1", oneLine(text)),
            ("claim:hostile/c2", oneLine(text) + " geen bron genoemd"),
            ("source:r1", oneLine(text) + " 2001"),
        ]
    }

    static func graphs(_ text: String) -> (article: String, site: String) {
        let publication = SamplePublication.hostile(text)
        return (ArticleClaimGraph(publication: publication).render(publication.articles[0]), SiteClaimGraph(publication: publication).render())
    }

    @Test(arguments: texts)
    func theDOTReadsBackAsTheTextInEveryLabel(_ text: String) throws {
        let (articleText, siteText) = Self.graphs(text)
        for dot in [articleText, siteText] {
            let graph = ParsedDOT(dot)
            for (id, label) in Self.expectedLabels(text) {
                #expect(try Self.oneLine(#require(graph.node(id)?.label)) == label, "\(id)")
            }
            #expect(try Self.oneLine(#require(graph.edges(from: "claim:hostile/c1", to: "source:r1").first?.attributes["label"]))
                    == Self.oneLine(text))
            // Nothing but the wrapping's `\n` may follow a backslash that is not itself escaped.
            #expect(!dot.contains("\r"))
            #expect(dot.hasSuffix("}\n"))
        }
        let graph = ParsedDOT(articleText)
        #expect(try Self.oneLine(#require(graph.subgraphAttributes["cluster_section:hostile/1"]?["label"])) == Self.oneLine(text))
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason), arguments: texts)
    func graphvizParsesTheDOTAndDrawsTheText(_ text: String) throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let (articleText, siteText) = Self.graphs(text)
        for (name, dot) in [("article", articleText), ("site", siteText)] {
            let output = try renderer.render(dot, format: .svg)
            #expect(output.standardError == "", "\(name) graph: dot printed \(output.standardError)")
            let svg = try #require(SVGText(String(decoding: output.data, as: UTF8.self)), "\(name) graph: the SVG is not well-formed XML")
            var labelled = Self.expectedLabels(text)
            labelled.append(("claim:hostile/c1->source:r1", Self.oneLine(text)))
            if name == "article" { labelled.append(("cluster_section:hostile/1", Self.oneLine(text))) }
            for (title, label) in labelled {
                let group = try #require(svg.group(titled: title), "\(name) graph: no \(title)")
                // Graphviz drops spaces at the ends of a line; compare the words.
                #expect(Self.words(group.joined) == Self.words(label), "\(name) graph: \(title)")
                // A single-line text that needs no wrapping is one <text> element, exactly.
                let line = title == "source:r1" ? text + " 2001" : text
                if !text.contains(where: \.isNewline), line.count <= 40 {
                    #expect(group.texts.map(Self.withoutNoBreakSpaces).contains(line), "\(name) graph: \(title) shows \(group.texts)")
                }
            }
        }
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func controlCharactersBecomeVisibleStandIns() throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let publication = SamplePublication.hostile("nul\u{0}bell\u{7}del\u{7F}")
        let output = try renderer.render(ArticleClaimGraph(publication: publication).render(publication.articles[0]), format: .svg)
        #expect(output.standardError == "")
        let svg = try #require(SVGText(String(decoding: output.data, as: UTF8.self)))
        #expect(svg.group(titled: "claim:hostile/c1")?.texts == ["nul\u{2400}bell\u{2407}del\u{2421}"])
    }

    @Test func idsThatNeedEscapingStayDistinct() {
        let publication = TestPublications.strangeIDs()
        let graph = ParsedDOT(ArticleClaimGraph(publication: publication).render(publication.articles[0]))
        let slug = "s\"l\\ug&amp;"
        #expect(graph.nodes.filter { !$0.id.hasPrefix("legend:") }.map(\.id) == [
            "article:\(slug)", "claim:\(slug)/c\"1\\", "claim:\(slug)/c&lt;2",
            "source:\\N\\G", "source:a&amp;b {c} <d>", "source:we\"ird\\id",
        ])
        #expect(graph.edges.filter { !$0.tail.hasPrefix("legend:") }.count == 6)
    }

    @Test(.enabled(if: GraphvizInstallation.isInstalled, GraphvizInstallation.missingReason))
    func graphvizSeesEveryStrangeIDAsItsOwnNode() throws {
        let renderer = try #require(GraphvizInstallation.renderer)
        let publication = TestPublications.strangeIDs()
        for dot in [ArticleClaimGraph(publication: publication).render(publication.articles[0]), SiteClaimGraph(publication: publication).render()] {
            let output = try renderer.render(dot, format: .svg)
            #expect(output.standardError == "")
            let svg = try #require(SVGText(String(decoding: output.data, as: UTF8.self)))
            // Every node and (visible) edge of the DOT is one of the drawing's: no two IDs merged.
            let graph = ParsedDOT(dot)
            #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count)
            #expect(svg.groups(ofKind: "node").count == graph.nodes.count)
            #expect(svg.groups(ofKind: "edge").count == graph.edges.filter { $0.attributes["style"] != "invis" }.count)
        }
    }

    /// The text with no-break spaces as spaces: Graphviz writes runs of spaces so in SVG.
    static func withoutNoBreakSpaces(_ text: String) -> String { text.replacingOccurrences(of: "\u{A0}", with: " ") }

    /// The words of a text; Graphviz writes runs of spaces as no-break spaces in SVG.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
    }
}
