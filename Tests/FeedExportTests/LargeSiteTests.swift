// ldpub — MIT licence.

import ArticleModel
import FeedExport
import Testing

@Suite struct LargeSiteTests {
    /// 10,000 articles: only `limit` bodies are rendered, and the newest come first.
    @Test func tenThousandArticles() throws {
        var articles: [Article] = []
        articles.reserveCapacity(10_000)
        for index in 0..<10_000 {
            let published = FeedFixtures.dateTime(2000 + index % 25, 1 + index % 12, 1 + index % 28, index % 24, index % 60)
            articles.append(FeedFixtures.article("artikel-\(index)", published: published,
                                                 body: "Alinea *\(index)* met [link](bron/) en ![beeld](b.png)."))
        }
        let publication = FeedFixtures.publication(articles, limit: 20)
        let clock = ContinuousClock()
        var rss = "", atom = "", json = ""
        let elapsed = clock.measure {
            let items = FeedItems(publication)
            rss = RSSFeed().render(items)
            atom = AtomFeed().render(items)
            json = JSONFeed().render(items)
        }
        let rssItems = try #require(try XMLTree.parse(rss).child("channel")).children("item")
        #expect(rssItems.count == 20)
        #expect(try XMLTree.parse(atom).children("entry").count == 20)
        #expect(json.components(separatedBy: "\"content_html\"").count == 21)
        let newest = FeedItems.newestFirst(articles, limit: 1)[0]
        #expect(rssItems.first?.text("title") == newest.title)
        #expect(elapsed < .seconds(10))
    }
}
