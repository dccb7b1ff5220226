// ldpub — MIT licence.

import ArticleModel

/// The Atom 1.0 feed (`Output/atom.xml`, RFC 4287).
///
/// The feed has `xml:lang` (the site's language), `id` (the site URL), `title`, `subtitle` (the
/// description), `updated` (the latest `lastModified` among the entries, never the clock),
/// `link rel="self"` and `rel="alternate"`, `rights` when a copyright is set, the publisher as
/// `author` (so every entry has one) and `generator`. Each entry has `id` (the page URL),
/// `title`, `link rel="alternate"`, `published` and `updated`, one `author` per author (name,
/// and uri when the agent has a URL), the description as `summary`, the body as
/// `content type="html"` and one `category term` per category and keyword; an entry whose
/// language differs from the site's carries its own `xml:lang`.
///
/// Dates are RFC 3339: date-times as written, plain dates as midnight UTC (`…T00:00:00Z`).
/// A feed without entries uses `1970-01-01T00:00:00Z` as `updated`, which Atom requires.
/// Text and HTML are XML-escaped text, never CDATA.
public struct AtomFeed: Sendable {
    /// The file name the feed is published under, relative to the site URL: `atom.xml`.
    public static let defaultFileName = "atom.xml"

    /// The file name, relative to the site URL, used in the `link rel="self"`.
    public let fileName: String

    /// Creates the exporter.
    ///
    /// - Parameter fileName: Where the feed is published, relative to the site URL.
    public init(fileName: String = AtomFeed.defaultFileName) {
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
        xml.element("feed", [("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", site.language)]) { xml in
            xml.element("id", text: site.url)
            xml.element("title", text: site.title)
            xml.element("subtitle", text: site.description)
            xml.element("updated", text: feed.latestModified?.rfc3339DateTime ?? "1970-01-01T00:00:00Z")
            xml.emptyElement("link", [("rel", "self"), ("type", "application/atom+xml"), ("href", site.url + fileName)])
            xml.emptyElement("link", [("rel", "alternate"), ("type", "text/html"), ("href", site.url)])
            if let copyright = site.feeds.copyright { xml.element("rights", text: copyright) }
            write(site.publisher, site: site, to: &xml)
            xml.element("generator", text: "ldpub")
            for item in feed.items {
                write(item, site: site, to: &xml)
            }
        }
        return xml.finish()
    }

    private func write(_ item: FeedItem, site: Site, to xml: inout XMLWriter) {
        var attributes: [XMLWriter.Attribute] = []
        if item.language != site.language { attributes.append((name: "xml:lang", value: item.language)) }
        xml.element("entry", attributes) { xml in
            xml.element("id", text: item.url)
            xml.element("title", text: item.article.title)
            xml.emptyElement("link", [("rel", "alternate"), ("type", "text/html"), ("href", item.url)])
            xml.element("published", text: item.article.published.rfc3339DateTime)
            xml.element("updated", text: item.article.lastModified.rfc3339DateTime)
            for author in item.authors {
                write(author, site: site, to: &xml)
            }
            xml.element("summary", text: item.article.description)
            xml.element("content", [("type", "html")], text: item.contentHTML)
            for category in item.categories {
                xml.emptyElement("category", [("term", category)])
            }
        }
    }

    private func write(_ agent: Agent, site: Site, to xml: inout XMLWriter) {
        xml.element("author") { xml in
            xml.element("name", text: agent.name)
            if let url = agent.url { xml.element("uri", text: URLResolution.resolve(url, against: site.url)) }
        }
    }
}
