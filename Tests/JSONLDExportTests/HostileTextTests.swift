// ldpub — MIT licence.

import ArticleModel
import JSONLDExport
import ModelFixtures
import Testing

@Suite struct HostileTextTests {
    static let site = "https://www.kliniek.example/"
    static let page = "https://www.kliniek.example/hostile/"

    @Test(arguments: SamplePublication.hostileTexts)
    func everyFieldComesBackIntact(text: String) throws {
        let publication = SamplePublication.hostile(text)
        let document = try ParsedGraph(PageGraph(publication: publication).file(for: publication.articles[0]))

        let page = try document.node(Self.page + "#webpage")
        #expect(page["name"] as? String == text)
        #expect(page["description"] as? String == text)
        #expect(string(page, "about", 0, "name") == text)
        #expect(value(page, "about", 0, "alternateName") as? [String] == [text])
        #expect(page["medicalAudience"] as? [String: String] == ["@id": "https://schema.org/Clinician"])

        let article = try document.node(Self.page + "#article")
        #expect(article["headline"] as? String == text)
        #expect(article["name"] as? String == text)
        #expect(article["description"] as? String == text)
        #expect(article["keywords"] as? [String] == [text])
        #expect(article["articleSection"] as? String == text)

        #expect(try document.node(Self.page + "#primaryimage")["caption"] as? String == text)
        let website = try document.node(Self.site + "#website")
        #expect(website["name"] as? String == text)
        #expect(website["description"] as? String == text)
        #expect(try document.node(Self.site + "#organization")["name"] as? String == text)
        let author = try document.node(Self.site + "#person-auteur")
        #expect(author["name"] as? String == text)
        #expect(author["jobTitle"] as? String == text)

        #expect(try document.node(Self.page + "#claim-c1")["text"] as? String == text)
        #expect(try document.node(Self.page + "#claim-c2")["text"] as? String == text)
        let book = try document.node(Self.page + "#ref-r1")
        #expect(book["@type"] as? String == "Book")
        #expect(book["name"] as? String == text)
        #expect(string(book, "author", 0, "name") == text + " " + text)
        #expect(string(book, "author", 0, "givenName") == text)
        #expect(string(book, "author", 0, "familyName") == text)
        #expect(string(book, "publisher", "name") == text)
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func theHTMLSnippetCannotBeClosedByAnyText(text: String) throws {
        let publication = SamplePublication.hostile(text)
        let graph = PageGraph(publication: publication)
        let snippet = graph.htmlSnippet(for: publication.articles[0])
        let prefix = "<script type=\"application/ld+json\">\n"
        let suffix = "\n</script>\n"
        #expect(snippet.hasPrefix(prefix))
        #expect(snippet.hasSuffix(suffix))
        #expect(snippet.filter { $0 == "<" }.count == 2)
        #expect(snippet.ranges(of: "</script").count == 1)
        let json = String(snippet.dropFirst(prefix.count).dropLast(suffix.count))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let fromSnippet = try ParsedGraph(json)
        #expect(try fromSnippet.node(Self.page + "#webpage")["name"] as? String == text)
        #expect(try fromSnippet.node(Self.page + "#claim-c1")["text"] as? String == text)
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func everyReferencedIDIsStillDescribed(text: String) throws {
        let publication = SamplePublication.hostile(text)
        let document = try ParsedGraph(PageGraph(publication: publication).file(for: publication.articles[0]))
        let described = document.describedIDs
        for id in document.referencedIDs where !id.hasPrefix("https://schema.org/") {
            #expect(described.contains(id), "\(id) is referenced but not described")
        }
    }
}
