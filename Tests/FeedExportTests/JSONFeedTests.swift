// ldpub — MIT licence.

import ArticleModel
import FeedExport
import Foundation
import ModelFixtures
import Testing

@Suite struct JSONFeedTests {
    func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func items(_ feed: [String: Any]) throws -> [[String: Any]] {
        try #require(feed["items"] as? [[String: Any]])
    }

    @Test func standardFeed() throws {
        let publication = SamplePublication.standard()
        let json = JSONFeed().render(publication)
        let feed = try parse(json)
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "Kliniek Voorbeeld")
        #expect(feed["home_page_url"] as? String == "https://www.kliniek.example/")
        #expect(feed["feed_url"] as? String == "https://www.kliniek.example/feed.json")
        #expect(feed["description"] as? String == "Uitleg over behandelingen")
        #expect(feed["language"] as? String == "nl")
        #expect(feed["authors"] as? [[String: String]] == [["name": "Kliniek Voorbeeld", "url": "https://www.kliniek.example/"]])
        let items = try items(feed)
        #expect(items.map { $0["id"] as? String } == ["https://www.kliniek.example/eerste/", "https://www.kliniek.example/tweede/"])
        let first = items[0]
        #expect(first["url"] as? String == "https://www.kliniek.example/eerste/")
        #expect(first["title"] as? String == "Hoe werkt ketamine?")
        #expect(first["summary"] as? String == "Het effect op je hersenen.")
        #expect(first["content_html"] as? String == ArticleHTML().render(publication.articles[0], pageURL: "https://www.kliniek.example/eerste/"))
        #expect(first["image"] as? String == "https://www.kliniek.example/images/brein.jpg")
        #expect(first["date_published"] as? String == "2025-12-30T00:00:00Z")
        #expect(first["date_modified"] as? String == "2025-12-31T09:30:00+01:00")
        #expect(first["authors"] as? [[String: String]] == [["name": "Redactie", "url": "https://www.kliniek.example/redactie/"]])
        #expect(first["tags"] as? [String] == ["Behandeling", "ketamine", "depressie"])
        #expect(first["language"] as? String == "nl")
        #expect(items[1]["language"] as? String == "en")
        #expect(items[1]["image"] == nil)
        #expect(items[1]["tags"] == nil)
    }

    @Test func keysComeInAFixedOrder() {
        let json = JSONFeed().render(SamplePublication.standard())
        let keys = ["\"version\"", "\"title\"", "\"home_page_url\"", "\"feed_url\"", "\"description\"", "\"language\"", "\"authors\"", "\"items\""]
        let positions = keys.compactMap { json.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(json.hasPrefix("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n"))
        #expect(json.hasSuffix("\n}\n"))
        #expect(json == JSONFeed().render(SamplePublication.standard()))
    }

    @Test func orderAndLimit() throws {
        let items = try items(try parse(JSONFeed().render(FeedFixtures.ordering(limit: 4))))
        #expect(items.map { $0["id"] as? String } == ["gamma", "zeta", "alpha", "beta"].map { "https://www.kliniek.example/\($0)/" })
        #expect(items.map { $0["date_published"] as? String }
            == ["2025-01-01T23:30:00-01:00", "2025-01-02T00:00:00.5Z", "2025-01-02T00:00:00Z", "2025-01-02T01:00:00+01:00"])
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func hostileTextRoundTrips(_ text: String) throws {
        let publication = SamplePublication.hostile(text)
        let feed = try parse(JSONFeed().render(publication))
        #expect(feed["title"] as? String == text)
        #expect(feed["description"] as? String == text)
        #expect((feed["authors"] as? [[String: String]])?.first?["name"] == text)
        let item = try #require(try items(feed).first)
        #expect(item["title"] as? String == text)
        #expect(item["summary"] as? String == text)
        #expect(item["content_html"] as? String == ArticleHTML().render(publication.articles[0], pageURL: "https://www.kliniek.example/hostile/"))
        #expect(item["authors"] as? [[String: String]] == [["name": text]])
        #expect(item["tags"] as? [String] == [text])
    }

    @Test func minimalFeedLeavesOutEmptyOptionalFields() throws {
        let feed = try parse(JSONFeed().render(SamplePublication.minimal()))
        #expect(feed["authors"] as? [[String: String]] == [["name": "Solo Writer"]])
        let item = try #require(try items(feed).first)
        #expect(item["authors"] == nil)
        #expect(item["tags"] == nil)
        #expect(item["image"] == nil)
        #expect(item["content_html"] as? String == "<h2 id=\"one\">One</h2>")
    }

    @Test func absoluteImageURLs() throws {
        let item = try #require(try items(try parse(JSONFeed().render(FeedFixtures.richBody()))).first)
        #expect(item["image"] as? String == "https://www.kliniek.example/img/rijk.jpg")
    }
}
