// ldpub — MIT licence.

import ArticleModel
import LinkedDataJSON

/// The JSON Feed 1.1 (`Output/feed.json`, https://jsonfeed.org/version/1.1).
///
/// The feed has `version`, `title`, `home_page_url` (the site URL), `feed_url`, `description`,
/// `language` and the publisher as `authors`. Each item has `id` and `url` (the page URL),
/// `title`, `summary` (the description), `content_html` (the body), `image` (absolute) when the
/// article has one, `date_published` and `date_modified` (RFC 3339; plain dates as midnight UTC),
/// `authors` (name, and url when the agent has one), `tags` (category and keywords) and
/// `language`. Keys come in this fixed order; the JSON is written by ``JSONWriter``.
public struct JSONFeed: Sendable {
    /// The file name the feed is published under, relative to the site URL: `feed.json`.
    public static let defaultFileName = "feed.json"

    /// The file name, relative to the site URL, used as `feed_url`.
    public let fileName: String

    /// Creates the exporter.
    ///
    /// - Parameter fileName: Where the feed is published, relative to the site URL.
    public init(fileName: String = JSONFeed.defaultFileName) {
        self.fileName = fileName
    }

    /// Renders the feed of `publication` (chooses and renders its items first).
    public func render(_ publication: Publication) -> String {
        render(FeedItems(publication))
    }

    /// Renders the feed of items chosen once for all feeds.
    ///
    /// - Returns: Pretty-printed JSON (two-space indent), with a final newline.
    public func render(_ feed: FeedItems) -> String {
        JSONWriter().string(document(feed)) + "\n"
    }

    /// The feed as a JSON value, keys in output order.
    public func document(_ feed: FeedItems) -> JSONValue {
        let site = feed.site
        var object = JSONObject()
        object.append("version", "https://jsonfeed.org/version/1.1")
        object.append("title", .string(site.title))
        object.append("home_page_url", .string(site.url))
        object.append("feed_url", .string(site.url + fileName))
        object.append("description", .string(site.description))
        object.append("language", .string(site.language))
        object.append("authors", .array([author(site.publisher, site: site)]))
        object.append("items", .array(feed.items.map { item($0, site: site) }))
        return .object(object)
    }

    private func item(_ item: FeedItem, site: Site) -> JSONValue {
        var object = JSONObject()
        object.append("id", .string(item.url))
        object.append("url", .string(item.url))
        object.append("title", .string(item.article.title))
        object.append("summary", .string(item.article.description))
        object.append("content_html", .string(item.contentHTML))
        if let image = item.imageURL { object.append("image", .string(image)) }
        object.append("date_published", .string(item.article.published.rfc3339DateTime))
        object.append("date_modified", .string(item.article.lastModified.rfc3339DateTime))
        if !item.authors.isEmpty { object.append("authors", .array(item.authors.map { author($0, site: site) })) }
        if !item.categories.isEmpty { object.append("tags", .array(item.categories.map { .string($0) })) }
        object.append("language", .string(item.language))
        return .object(object)
    }

    private func author(_ agent: Agent, site: Site) -> JSONValue {
        var object = JSONObject()
        object.append("name", .string(agent.name))
        if let url = agent.url { object.append("url", .string(URLResolution.resolve(url, against: site.url))) }
        return .object(object)
    }
}
