// ldpub — MIT licence.

import ArticleModel

/// The items all three feeds show, chosen, ordered and rendered once.
///
/// Items are the newest `site.feeds.limit` articles, newest first by `published`: a date-time
/// compares as an instant (its offset applied), a plain date counts as midnight UTC of that day,
/// and articles published at the same instant are ordered by slug, ascending. Only these items'
/// bodies are rendered, so a site with thousands of articles costs one sort and `limit` renders.
public struct FeedItems: Sendable {
    /// The site configuration (title, URLs, language, publisher, feed settings).
    public let site: Site
    /// The items, newest first; at most `site.feeds.limit`.
    public let items: [FeedItem]

    /// Chooses and renders the items of `publication`.
    ///
    /// - Parameters:
    ///   - publication: A validated publication.
    ///   - body: The body renderer.
    ///   - appendix: HTML that ends an article's content after its body: the build passes the
    ///     article's numbered reference list, so a syndicated copy keeps its evidence.
    public init(_ publication: Publication, body: ArticleHTML = ArticleHTML(), appendix: (Article) -> String = { _ in "" }) {
        site = publication.site
        items = Self.newestFirst(publication.articles, limit: publication.site.feeds.limit)
            .map { FeedItem($0, in: publication, body: body, appendix: appendix($0)) }
    }

    /// The newest `limit` articles, newest first by `published`, ties by slug ascending.
    ///
    /// - Parameters:
    ///   - articles: Articles in any order.
    ///   - limit: The most to return; a value below 1 returns none.
    /// - Returns: The chosen articles, in feed order.
    public static func newestFirst(_ articles: [Article], limit: Int) -> [Article] {
        guard limit > 0 else { return [] }
        return Array(Article.newestFirst(articles).prefix(limit))
    }

    /// The publication date of the newest item, or nil when there are no items.
    ///
    /// RSS uses it as the channel's `pubDate`.
    public var newestPublished: Timestamp? { items.first?.article.published }

    /// The latest `lastModified` among the items (compared as instants), or nil when there are none.
    ///
    /// The feeds' `lastBuildDate` / `updated` come from here, never from the clock.
    public var latestModified: Timestamp? {
        var latest: Timestamp?
        for item in items {
            let candidate = item.article.lastModified
            if let current = latest, current.instant >= candidate.instant { continue }
            latest = candidate
        }
        return latest
    }
}
