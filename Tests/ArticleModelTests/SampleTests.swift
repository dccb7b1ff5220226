// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing

/// The sample in Articles/ validates, and its warnings are exactly the ones its content deserves.
@Suite struct SampleTests {
    static let articlesFolder = FixtureSupport.sourceFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Articles")

    @Test func theSampleValidatesWithHonestWarnings() throws {
        let result = InputValidator(vocabulary: FixtureSupport.vocabulary).validate(folder: Self.articlesFolder.path)
        #expect(result.diagnostics.errorCount == 0)
        let publication = try #require(result.publication)
        let article = try #require(publication.articles.first)
        #expect(article.slug == "hoe-werkt-ketamine")
        #expect(article.sections.count == 10)
        #expect(article.claims.count >= 12)
        #expect(article.references.count == 8)
        let unsupported = Set(article.claims.filter { !$0.isSupported }.map(\.id))
        let uncited = Set(article.references.map(\.id)).subtracting(article.claims.flatMap { $0.sources.map(\.reference.id) })
        // Every warning is an unsupported claim or an uncited source, and every such one is warned about.
        var expected = unsupported.map { "claim '\($0)' cites no source: unsupported claim" }
        expected += uncited.map { "reference '\($0)' is never cited by a claim" }
        #expect(Set(result.diagnostics.map(\.message)) == Set(expected))
        #expect(uncited == ["zarate2006", "fk-ketamine", "trimbos-ketamine"])
        // The claims the text attributes to a source cite exactly that source.
        let sources = Dictionary(uniqueKeysWithValues: article.claims.map { ($0.id, Set($0.sources.map(\.reference.id))) })
        #expect(sources["disinhibition-glutamate-surge"] == ["abdallah2015", "duman2012"])
        #expect(sources["rat-single-dose-synapses"] == ["li2010"])
        #expect(sources["ketamine-disrupts-dmn"] == ["scheidegger2012"])
        #expect(sources["hnk-animal-suggestion"] == ["zanos2016"])
    }

    @Test func cslVariablesAgreeWithTheJSONSchemaList() throws {
        let listURL = FixtureSupport.sourceFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas/csl-variables.txt")
        let listed = Set(String(decoding: try Data(contentsOf: listURL), as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
        #expect(listed == CSLVocabulary.allKeys.subtracting(["id", "type"]))
    }
}
