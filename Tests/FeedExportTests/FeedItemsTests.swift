// ldpub — MIT licence.

import ArticleModel
@testable import FeedExport
import ModelFixtures
import Testing

@Suite struct FeedItemsTests {
    @Test func newestFirstByInstantThenSlug() {
        let items = FeedItems(FeedFixtures.ordering())
        #expect(items.items.map(\.article.slug) == ["gamma", "zeta", "alpha", "beta", "delta", "epsilon"])
    }

    @Test func limitKeepsTheNewest() {
        let items = FeedItems(FeedFixtures.ordering(limit: 3))
        #expect(items.items.map(\.article.slug) == ["gamma", "zeta", "alpha"])
        #expect(FeedItems(FeedFixtures.ordering(limit: 1)).items.map(\.article.slug) == ["gamma"])
        #expect(FeedItems.newestFirst(FeedFixtures.ordering().articles, limit: 0).isEmpty)
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let articles = FeedFixtures.ordering().articles
        let expected = FeedItems.newestFirst(articles, limit: 20).map(\.slug)
        #expect(FeedItems.newestFirst(articles.reversed(), limit: 20).map(\.slug) == expected)
        #expect(FeedItems.newestFirst(articles.shuffled(), limit: 20).map(\.slug) == expected)
    }

    @Test func datesComeFromTheItems() throws {
        // epsilon was modified last, but the limit leaves it out: beta's modification is the latest.
        let items = FeedItems(FeedFixtures.ordering(limit: 5))
        #expect(items.newestPublished == FeedFixtures.dateTime(2025, 1, 1, 23, 30, offsetMinutes: -60))
        #expect(items.latestModified == FeedFixtures.dateTime(2025, 3, 1, 12, 0, offsetMinutes: 120))
        #expect(FeedItems(FeedFixtures.ordering()).latestModified == FeedFixtures.date(2025, 6, 1))
        let empty = FeedItems(FeedFixtures.publication([]))
        #expect(empty.items.isEmpty)
        #expect(empty.newestPublished == nil)
        #expect(empty.latestModified == nil)
    }

    @Test func itemsResolveURLsPeopleAndCategories() throws {
        let items = FeedItems(SamplePublication.standard())
        let first = try #require(items.items.first)
        #expect(first.url == "https://www.kliniek.example/eerste/")
        #expect(first.language == "nl")
        #expect(first.authors.map(\.name) == ["Redactie"])
        #expect(first.categories == ["Behandeling", "ketamine", "depressie"])
        #expect(first.imageURL == "https://www.kliniek.example/images/brein.jpg")
        #expect(items.items[1].language == "en")
        #expect(items.items[1].categories.isEmpty)
        #expect(items.items[1].imageURL == nil)
        // Repeated and empty categories are left out.
        #expect(FeedItems(FeedFixtures.ordering()).items[0].categories == ["Behandeling", "ketamine"])
    }

    @Test func instantsIgnoreTheDateOnlyTieBreakOfTimestamp() {
        let date = FeedFixtures.date(2025, 1, 2)
        let midnight = FeedFixtures.dateTime(2025, 1, 2, 1, 0, offsetMinutes: 60)
        #expect(date.instant == midnight.instant)
        #expect(date < midnight)  // Timestamp's own order differs; the feeds use the slug instead.
        #expect(FeedFixtures.dateTime(2025, 1, 2, 0, 0, 0, fraction: "5").instant > midnight.instant)
    }
}
