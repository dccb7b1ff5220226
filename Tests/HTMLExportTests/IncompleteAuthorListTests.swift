// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
@testable import HTMLExport
import ModelFixtures
import Publishing
import Testing

/// "et al." says that names were left out: after six names (the citation style), or when the
/// data says its list is incomplete (`{literal: others}` ends it) — never for a complete short list.
@Suite struct IncompleteAuthorListTests {
    /// A site with one reference whose `author` list is written as `authors`.
    private func reference(authors: String) throws -> CSLItem {
        let site = """
            title: T
            url: https://www.example.org/
            language: nl
            description: D
            publisher: {id: p, type: Organization, name: P}
            references:
              - id: r
                type: article-journal
                title: A trial
                author: \(authors)
                issued: 2006

            """
        let article = "title: A\ndescription: D\npublished: 2025-01-01\nauthors: [p]\nsections: [{heading: H, body: B, claims: [{id: c, text: C, sources: [r]}]}]\n"
        let result = InputValidator(vocabulary: .schemaOrg).validate(
            site: SourceFile(path: "site.yaml", bytes: Array(site.utf8)), articles: [SourceFile(path: "a.yaml", bytes: Array(article.utf8))])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        return try #require(result.publication?.site.references.first)
    }

    @Test func aListThatEndsWithOthersIsIncomplete() throws {
        let item = try reference(authors: "[{family: Zarate, given: Carlos A.}, {family: Singh, given: J. B.}, {literal: others}]")
        #expect(item.authors.map(\.family) == ["Zarate", "Singh"])
        #expect(item.authorListIsIncomplete)
        #expect(CitationFormatter.html(item).hasPrefix("Zarate CA, Singh JB, et al. (2006). A trial."))
        #expect(ShortCitation(item, noDate: "n.d.").description == "Zarate et al. 2006")
    }

    @Test func aCompleteShortListHasNoEtAl() throws {
        let item = try reference(authors: "[{family: Zarate, given: Carlos A.}, {family: Singh, given: J. B.}]")
        #expect(!item.authorListIsIncomplete)
        #expect(CitationFormatter.html(item).hasPrefix("Zarate CA, Singh JB (2006). A trial."))
        #expect(ShortCitation(item, noDate: "n.d.").description == "Zarate & Singh 2006")
    }

    @Test func etAlIsAcceptedAsTheMarkerToo() throws {
        let item = try reference(authors: "[{family: Zanos, given: Panos}, {literal: et al.}]")
        #expect(item.authors.count == 1 && item.authorListIsIncomplete)
        #expect(ShortCitation(item, noDate: "n.d.").description == "Zanos et al. 2006")
    }
}
