// ldpub — MIT licence.

import ArticleModel
import JSONLDExport
import ModelFixtures
import Testing

@Suite struct DeterminismTests {
    static let publications: [(name: String, publication: Publication)] = [
        ("standard", SamplePublication.standard()),
        ("minimal", SamplePublication.minimal()),
        ("hostile", SamplePublication.hostile(SamplePublication.hostileTexts[10])),
    ]

    @Test(arguments: publications.map(\.name))
    func twoRendersAreByteIdentical(name: String) throws {
        let publication = try #require(Self.publications.first { $0.name == name }).publication
        let graph = PageGraph(publication: publication)
        for article in publication.articles {
            let first = graph.file(for: article)
            #expect(graph.file(for: article) == first)
            #expect(PageGraph(publication: publication).file(for: article) == first)
            #expect(graph.htmlSnippet(for: article) == PageGraph(publication: publication).htmlSnippet(for: article))
            #expect(graph.document(for: article) == graph.document(for: article))
            #expect(first.hasSuffix("}\n") && !first.hasSuffix("\n\n"))
        }
    }
}
