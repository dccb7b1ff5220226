// ldpub — MIT licence.

import JSONLDExport
import Testing

@Suite struct ReferenceTypeTests {
    static let publication = ExtraPublications.everyReferenceTypePublication()
    static let file = PageGraph(publication: publication).file(for: publication.articles[0])

    @Test(arguments: ExtraPublications.referenceTypes)
    func eachCSLTypeBecomesItsClosestSchemaOrgType(csl: String, schema: String) throws {
        let node = try ParsedGraph(Self.file).node("https://doi.org/10.1000/" + csl)
        #expect(node["@type"] as? String == schema)
        #expect(node["name"] as? String == "A " + csl)
        #expect(node["datePublished"] as? String == "2019-03-04")
        #expect(string(node, "author", 0, "@type") == "Person")
        #expect(string(node, "author", 1, "@type") == "Organization")
        #expect(string(node, "author", 1, "name") == "A Consortium")
        #expect(string(node, "isPartOf", "@type") == "PublicationIssue")
        #expect(string(node, "isPartOf", "isPartOf", "@type") == "PublicationVolume")
        #expect(string(node, "isPartOf", "isPartOf", "isPartOf", "name") == "Container of " + csl)
        #expect(string(node, "publisher", "name") == "Publisher Inc.")
        #expect(node["url"] as? String == "https://example.org/" + csl)
        // Pages only where schema.org's domain allows them: Article and its subtypes, Chapter.
        let carriesPages = ["ScholarlyArticle", "NewsArticle", "Article", "Report", "BlogPosting", "SocialMediaPosting", "Chapter"]
            .contains(schema)
        #expect((node["pagination"] as? String) == (carriesPages ? "10–20" : nil))
        #expect((node["pageStart"] as? String) == (carriesPages ? "10" : nil))
        #expect((node["pageEnd"] as? String) == (carriesPages ? "20" : nil))
    }

    @Test func theContainerTypeFollowsTheItemType() throws {
        let document = try ParsedGraph(Self.file)
        let expected = [
            "article-journal": "Periodical", "article-newspaper": "Newspaper", "chapter": "Book", "webpage": "WebSite",
            "post-weblog": "Blog", "dataset": "DataCatalog", "book": "CreativeWork",
        ]
        for (csl, container) in expected {
            let node = try document.node("https://doi.org/10.1000/" + csl)
            #expect(string(node, "isPartOf", "isPartOf", "isPartOf", "@type") == container, "\(csl)")
        }
    }
}
