// ldpub — MIT licence.

import ArticleModel
import FeedExport
import ModelFixtures
import Testing

@Suite struct RSSFeedTests {
    @Test func standardFeedHasTheRequiredElements() throws {
        let publication = SamplePublication.standard()
        let rss = try XMLTree.parse(RSSFeed().render(publication))
        #expect(rss.name == "rss")
        #expect(rss.attributes["version"] == "2.0")
        #expect(rss.attributes["xmlns:atom"] == "http://www.w3.org/2005/Atom")
        #expect(rss.attributes["xmlns:content"] == "http://purl.org/rss/1.0/modules/content/")
        #expect(rss.attributes["xmlns:dc"] == "http://purl.org/dc/elements/1.1/")
        let channel = try #require(rss.child("channel"))
        #expect(rss.children.count == 1)
        #expect(channel.text("title") == "Kliniek Voorbeeld")
        #expect(channel.text("link") == "https://www.kliniek.example/")
        #expect(channel.text("description") == "Uitleg over behandelingen")
        #expect(channel.text("language") == "nl")
        #expect(channel.text("copyright") == "© 2025 Kliniek Voorbeeld")
        #expect(channel.text("generator") == "ldpub")
        let selfLink = try #require(channel.child("atom:link"))
        #expect(selfLink.attributes == ["href": "https://www.kliniek.example/feed.xml", "rel": "self", "type": "application/rss+xml"])

        let items = channel.children("item")
        #expect(items.map { $0.text("link") } == ["https://www.kliniek.example/eerste/", "https://www.kliniek.example/tweede/"])
        let first = items[0]
        #expect(first.text("title") == "Hoe werkt ketamine?")
        let guid = try #require(first.child("guid"))
        #expect(guid.text == "https://www.kliniek.example/eerste/")
        #expect(guid.attributes["isPermaLink"] == "true")
        #expect(first.text("description") == "Het effect op je hersenen.")
        #expect(first.text("content:encoded") == ArticleHTML().render(publication.articles[0], pageURL: "https://www.kliniek.example/eerste/"))
        #expect(first.text("content:encoded")?.contains(#"href="https://www.kliniek.example/eerste/bronnen/#li""#) == true)
        #expect(first.children("dc:creator").map(\.text) == ["Redactie"])
        #expect(first.children("category").map(\.text) == ["Behandeling", "ketamine", "depressie"])
        #expect(first.child("dc:language") == nil)
        #expect(items[1].text("dc:language") == "en")
        #expect(items[1].children("dc:creator").map(\.text) == ["Jan Jansen"])
    }

    @Test func datesAreRFC822FromTheArticles() throws {
        let channel = try #require(try XMLTree.parse(RSSFeed().render(SamplePublication.standard())).child("channel"))
        #expect(channel.text("pubDate") == "Tue, 30 Dec 2025 00:00:00 +0000")
        #expect(channel.text("lastBuildDate") == "Wed, 31 Dec 2025 09:30:00 +0100")
        #expect(channel.children("item").map { $0.text("pubDate") } == ["Tue, 30 Dec 2025 00:00:00 +0000", "Tue, 02 Jan 2024 00:00:00 +0000"])

        let ordered = try #require(try XMLTree.parse(RSSFeed().render(FeedFixtures.ordering(limit: 5))).child("channel"))
        #expect(ordered.text("pubDate") == "Wed, 01 Jan 2025 23:30:00 -0100")
        #expect(ordered.text("lastBuildDate") == "Sat, 01 Mar 2025 12:00:00 +0200")
    }

    @Test func orderAndLimit() throws {
        let channel = try #require(try XMLTree.parse(RSSFeed().render(FeedFixtures.ordering(limit: 4))).child("channel"))
        #expect(channel.children("item").map { $0.text("guid") } == ["gamma", "zeta", "alpha", "beta"].map { "https://www.kliniek.example/\($0)/" })
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func hostileTextRoundTrips(_ text: String) throws {
        let publication = SamplePublication.hostile(text)
        let xml = RSSFeed().render(publication)
        #expect(!xml.contains("]]>"))
        #expect(!xml.contains("<![CDATA["))
        #expect(!xml.contains("<script"))
        let channel = try #require(try XMLTree.parse(xml).child("channel"))
        #expect(channel.text("title") == text)
        #expect(channel.text("description").map(FeedFixtures.htmlUnescape) == text)
        #expect(channel.text("copyright") == text)
        let item = try #require(channel.child("item"))
        #expect(item.text("title") == text)
        #expect(item.text("description").map(FeedFixtures.htmlUnescape) == text)
        #expect(item.text("description") == FeedFixtures.htmlEscapeForTest(text))
        let html = ArticleHTML().render(publication.articles[0], pageURL: "https://www.kliniek.example/hostile/")
        #expect(item.text("content:encoded") == html)
        #expect(item.children("dc:creator").map(\.text) == [text])
        #expect(item.children("category").map(\.text) == [text])
    }

    @Test func minimalFeedLeavesOutEmptyOptionalElements() throws {
        let channel = try #require(try XMLTree.parse(RSSFeed().render(SamplePublication.minimal())).child("channel"))
        #expect(channel.child("copyright") == nil)
        let item = try #require(channel.child("item"))
        #expect(item.children("dc:creator").isEmpty)
        #expect(item.children("category").isEmpty)
        #expect(item.text("content:encoded") == "<h2 id=\"one\">One</h2>")
        #expect(item.text("guid") == "https://minimal.example/min/")
    }

    @Test func emptyPublicationIsStillAFeed() throws {
        let channel = try #require(try XMLTree.parse(RSSFeed().render(FeedFixtures.publication([]))).child("channel"))
        #expect(channel.children("item").isEmpty)
        #expect(channel.child("lastBuildDate") == nil)
        #expect(channel.text("title") == "Kliniek Voorbeeld")
    }

    @Test func outputIsDeterministicWithLFAndFinalNewline() {
        let first = RSSFeed().render(SamplePublication.standard())
        #expect(first == RSSFeed().render(SamplePublication.standard()))
        #expect(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss "))
        #expect(first.hasSuffix("</rss>\n"))
        #expect(!first.contains("\r"))
        #expect(RSSFeed(fileName: "rss/index.xml").render(SamplePublication.standard())
            .contains(#"<atom:link href="https://www.kliniek.example/rss/index.xml" rel="self" type="application/rss+xml"/>"#))
    }
}
