// ldpub — MIT licence.

import ArticleModel
import MarkdownRendering

/// The RSS 2.0 feed (`Output/feed.xml`), with the Atom, content and Dublin Core namespaces.
///
/// The channel has the site's title, URL, description and language, the copyright when set,
/// `pubDate` (the newest item's `published`), `lastBuildDate` (the latest `lastModified` among
/// the items, never the clock), `generator` and an `atom:link rel="self"`. Each item has its title,
/// link and `guid isPermaLink="true"` (the page URL), the description, the body as
/// `content:encoded`, one `dc:creator` per author, one `category` per category and keyword, and
/// an RFC 822 `pubDate`; `dc:language` when the article's language differs from the site's.
///
/// RSS readers treat `description` as HTML, so the plain-text descriptions are HTML-escaped
/// before they are written (`a < b` arrives as `a &lt; b` after XML parsing); titles and other
/// elements are plain text. HTML content is XML-escaped text, never CDATA, so no `]]>` in the
/// text can end it early. Rendering is pure: the same items give the same bytes.
public struct RSSFeed: Sendable {
    /// The file name the feed is published under, relative to the site URL: `feed.xml`.
    public static let defaultFileName = "feed.xml"

    /// The file name, relative to the site URL, used in the `atom:link rel="self"`.
    public let fileName: String

    /// Creates the exporter.
    ///
    /// - Parameter fileName: Where the feed is published, relative to the site URL.
    public init(fileName: String = RSSFeed.defaultFileName) {
        self.fileName = fileName
    }

    /// Renders the feed of `publication` (chooses and renders its items first).
    public func render(_ publication: Publication) -> String {
        render(FeedItems(publication))
    }

    /// Renders the feed of items chosen once for all feeds.
    ///
    /// - Returns: The XML document, LF line ends, with a final newline.
    public func render(_ feed: FeedItems) -> String {
        let site = feed.site
        var xml = XMLWriter()
        xml.element("rss", [
            ("version", "2.0"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ]) { xml in
            xml.element("channel") { xml in
                xml.element("title", text: site.title)
                xml.element("link", text: site.url)
                xml.element("description", text: HTMLEscaping.escape(site.description))
                xml.element("language", text: site.language)
                if let copyright = site.feeds.copyright { xml.element("copyright", text: copyright) }
                if let published = feed.newestPublished { xml.element("pubDate", text: published.rfc822) }
                if let modified = feed.latestModified { xml.element("lastBuildDate", text: modified.rfc822) }
                xml.element("generator", text: "ldpub")
                xml.emptyElement("atom:link", [("href", site.url + fileName), ("rel", "self"), ("type", "application/rss+xml")])
                for item in feed.items {
                    write(item, site: site, to: &xml)
                }
            }
        }
        return xml.finish()
    }

    private func write(_ item: FeedItem, site: Site, to xml: inout XMLWriter) {
        xml.element("item") { xml in
            xml.element("title", text: item.article.title)
            xml.element("link", text: item.url)
            xml.element("guid", [("isPermaLink", "true")], text: item.url)
            xml.element("description", text: HTMLEscaping.escape(item.article.description))
            xml.element("content:encoded", text: item.contentHTML)
            for author in item.authors {
                xml.element("dc:creator", text: author.name)
            }
            for category in item.categories {
                xml.element("category", text: category)
            }
            if item.language != site.language { xml.element("dc:language", text: item.language) }
            xml.element("pubDate", text: item.article.published.rfc822)
        }
    }
}
