// ldpub — MIT licence.

import ArticleModel
import FeedExport
import ModelFixtures
import Testing

@Suite struct AtomFeedTests {
    @Test func standardFeedHasTheRequiredElements() throws {
        let publication = SamplePublication.standard()
        let feed = try XMLTree.parse(AtomFeed().render(publication))
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.attributes["xml:lang"] == "nl")
        #expect(feed.text("id") == "https://www.kliniek.example/")
        #expect(feed.text("title") == "Kliniek Voorbeeld")
        #expect(feed.text("subtitle") == "Uitleg over behandelingen")
        #expect(feed.text("updated") == "2025-12-31T09:30:00+01:00")
        #expect(feed.text("rights") == "© 2025 Kliniek Voorbeeld")
        #expect(feed.text("generator") == "ldpub")
        #expect(feed.children("link").map(\.attributes) == [
            ["rel": "self", "type": "application/atom+xml", "href": "https://www.kliniek.example/atom.xml"],
            ["rel": "alternate", "type": "text/html", "href": "https://www.kliniek.example/"],
        ])
        let publisher = try #require(feed.child("author"))
        #expect(publisher.text("name") == "Kliniek Voorbeeld")
        #expect(publisher.text("uri") == "https://www.kliniek.example/")

        let entries = feed.children("entry")
        #expect(entries.map { $0.text("id") } == ["https://www.kliniek.example/eerste/", "https://www.kliniek.example/tweede/"])
        let first = entries[0]
        #expect(first.attributes["xml:lang"] == nil)
        #expect(first.text("title") == "Hoe werkt ketamine?")
        #expect(first.child("link")?.attributes == ["rel": "alternate", "type": "text/html", "href": "https://www.kliniek.example/eerste/"])
        #expect(first.text("published") == "2025-12-30T00:00:00Z")
        #expect(first.text("updated") == "2025-12-31T09:30:00+01:00")
        #expect(first.children("author").map { [$0.text("name"), $0.text("uri")] } == [["Redactie", "https://www.kliniek.example/redactie/"]])
        #expect(first.text("summary") == "Het effect op je hersenen.")
        #expect(first.child("content")?.attributes == ["type": "html"])
        #expect(first.text("content") == ArticleHTML().render(publication.articles[0], pageURL: "https://www.kliniek.example/eerste/"))
        #expect(first.children("category").map { $0.attributes["term"] } == ["Behandeling", "ketamine", "depressie"])
        #expect(entries[1].attributes["xml:lang"] == "en")
        #expect(entries[1].text("published") == "2024-01-02T00:00:00Z")
        #expect(entries[1].text("updated") == "2024-01-02T00:00:00Z")
    }

    @Test func orderAndLimit() throws {
        let feed = try XMLTree.parse(AtomFeed().render(FeedFixtures.ordering(limit: 3)))
        #expect(feed.children("entry").map { $0.text("id") } == ["gamma", "zeta", "alpha"].map { "https://www.kliniek.example/\($0)/" })
        #expect(feed.children("entry").map { $0.text("published") } == ["2025-01-01T23:30:00-01:00", "2025-01-02T00:00:00.5Z", "2025-01-02T00:00:00Z"])
        #expect(feed.text("updated") == "2025-01-01T23:30:00-01:00")  // gamma: the latest instant, as written
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func hostileTextRoundTrips(_ text: String) throws {
        let publication = SamplePublication.hostile(text)
        let xml = AtomFeed().render(publication)
        #expect(!xml.contains("]]>"))
        #expect(!xml.contains("<![CDATA["))
        #expect(!xml.contains("<script"))
        let feed = try XMLTree.parse(xml)
        #expect(feed.text("title") == text)
        #expect(feed.text("subtitle") == text)
        #expect(feed.text("rights") == text)
        #expect(feed.child("author")?.text("name") == text)
        let entry = try #require(feed.child("entry"))
        #expect(entry.text("title") == text)
        #expect(entry.text("summary") == text)
        #expect(entry.text("content") == ArticleHTML().render(publication.articles[0], pageURL: "https://www.kliniek.example/hostile/"))
        #expect(entry.children("author").map { $0.text("name") } == [text])
        #expect(entry.children("author").map { $0.child("uri") == nil } == [true])
        #expect(entry.children("category").map { $0.attributes["term"] } == [text])
    }

    @Test func minimalFeedLeavesOutEmptyOptionalElements() throws {
        let feed = try XMLTree.parse(AtomFeed().render(SamplePublication.minimal()))
        #expect(feed.child("rights") == nil)
        #expect(feed.child("author")?.text("name") == "Solo Writer")
        #expect(feed.child("author")?.child("uri") == nil)
        let entry = try #require(feed.child("entry"))
        #expect(entry.children("author").isEmpty)  // the feed's author stands in
        #expect(entry.children("category").isEmpty)
        #expect(entry.text("updated") == "2023-06-01T00:00:00Z")
    }

    @Test func emptyPublicationStillHasUpdated() throws {
        let feed = try XMLTree.parse(AtomFeed().render(FeedFixtures.publication([])))
        #expect(feed.text("updated") == "1970-01-01T00:00:00Z")
        #expect(feed.children("entry").isEmpty)
    }

    @Test func outputIsDeterministicWithLFAndFinalNewline() {
        let first = AtomFeed().render(SamplePublication.standard())
        #expect(first == AtomFeed().render(SamplePublication.standard()))
        #expect(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed "))
        #expect(first.hasSuffix("</feed>\n"))
        #expect(!first.contains("\r"))
    }
}
