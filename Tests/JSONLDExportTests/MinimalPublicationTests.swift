// ldpub — MIT licence.

import Foundation
import JSONLDExport
import ModelFixtures
import Testing

@Suite struct MinimalPublicationTests {
    let publication = SamplePublication.minimal()

    func parsed() throws -> ParsedGraph {
        try ParsedGraph(PageGraph(publication: publication).file(for: publication.articles[0]))
    }

    @Test func onlyThePageArticleWebsiteAndPublisher() throws {
        let document = try parsed()
        #expect(document.idsAndTypes.map(\.id) == [
            "https://minimal.example/min/#webpage", "https://minimal.example/min/#article",
            "https://minimal.example/#website", "https://minimal.example/#publisher",
        ])
        #expect(document.idsAndTypes.map(\.type) == ["MedicalWebPage", "Article", "WebSite", "Person"])
    }

    @Test func emptyOptionalFieldsAreLeftOut() throws {
        let document = try parsed()
        let page = try document.node("https://minimal.example/min/#webpage")
        #expect(Set(page.keys) == [
            "@id", "@type", "url", "name", "description", "inLanguage", "isPartOf", "datePublished", "dateModified",
            "publisher", "mainEntity",
        ])
        #expect(page["dateModified"] as? String == "2023-06-01")
        let article = try document.node("https://minimal.example/min/#article")
        #expect(Set(article.keys) == [
            "@id", "@type", "headline", "name", "description", "inLanguage", "publisher", "datePublished", "dateModified",
            "mainEntityOfPage",
        ])
        let publisher = try document.node("https://minimal.example/#publisher")
        #expect(Set(publisher.keys) == ["@id", "@type", "name"])
        ParsedGraph.walkValues(document.root) { value in
            #expect(!(value is NSNull))
            if let text = value as? String { #expect(!text.isEmpty) }
            if let array = value as? [Any] { #expect(!array.isEmpty) }
            if let object = value as? [String: Any] { #expect(!object.isEmpty) }
        }
    }

    @Test func everyReferencedIDIsDescribed() throws {
        let document = try parsed()
        let described = document.describedIDs
        for id in document.referencedIDs {
            #expect(described.contains(id), "\(id) is referenced but not described")
        }
    }
}
