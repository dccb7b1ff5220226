// ldpub — MIT licence.

import ArticleModel
import MarkdownRendering

/// `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`, for search engines.
///
/// The sitemap lists the site's home page and every article's page, by slug, each with
/// `<lastmod>`: the later of the article's `modified` (or `published`) date and its medical
/// review's date, as written (a W3C date or date-time); the home page's is the newest of those.
/// Articles that share a ``ArticleModel/Article/translationKey`` are translations of one
/// another: each of their entries lists all of them as `xhtml:link rel="alternate" hreflang`,
/// itself included, as Google asks.
public struct SiteMap: Sendable {
    /// What the sitemap needs of an article (its digest suffices).
    public struct Page: Sendable, Hashable {
        public let slug: String
        /// The article's language, else the site's.
        public let language: String
        /// The later of the last modification and the review date.
        public let lastModified: Timestamp
        public let translationKey: String?

        /// The entry of `article` on `site`.
        public init(article: Article, site: Site) {
            slug = article.slug
            language = article.language ?? site.language
            let reviewed = article.review?.date
            lastModified = reviewed.map { article.lastModified < $0 ? $0 : article.lastModified } ?? article.lastModified
            translationKey = article.translationKey
        }
    }

    /// The file names in the output folder.
    public static let fileName = "sitemap.xml"
    public static let robotsFileName = "robots.txt"

    public let site: Site

    /// A sitemap of `site`.
    public init(site: Site) { self.site = site }

    /// The sitemap of `pages` (in any order; listed by slug).
    public func render(_ pages: [Page]) -> String {
        let sorted = pages.sorted { $0.slug < $1.slug }
        var translations: [String: [Page]] = [:]
        for page in sorted { if let key = page.translationKey { translations[key, default: []].append(page) } }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        if let newest = sorted.map(\.lastModified).max() {
            xml += entry(location: site.url, lastModified: newest, alternates: [])
        }
        for page in sorted {
            let group = page.translationKey.flatMap { translations[$0] } ?? []
            xml += entry(location: url(of: page), lastModified: page.lastModified, alternates: group.count > 1 ? group : [])
        }
        return xml + "</urlset>\n"
    }

    /// `robots.txt` naming the sitemap, or nil when the site is not at the root of its host
    /// (robots.txt is read only there, so a site under a path cannot publish one).
    public func robots() -> String? {
        guard WebURL.path(of: site.url) == "/" else { return nil }
        return "User-agent: *\nAllow: /\n\nSitemap: \(site.url)\(Self.fileName)\n"
    }

    func url(of page: Page) -> String { site.url + page.slug + "/" }

    /// How an entry starts, up to its last modification's text (a location is in one entry only).
    func entryStart(location: String) -> String {
        "  <url>\n    <loc>\(HTMLEscaping.escape(location))</loc>\n    <lastmod>"
    }

    /// How an entry starts: its location and its last modification.
    func entryHead(location: String, lastModified: Timestamp) -> String {
        entryStart(location: location) + lastModified.description + "</lastmod>\n"
    }

    private func entry(location: String, lastModified: Timestamp, alternates: [Page]) -> String {
        var xml = entryHead(location: location, lastModified: lastModified)
        for alternate in alternates {
            xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscaping.escape(alternate.language))\" href=\"\(HTMLEscaping.escape(url(of: alternate)))\"/>\n"
        }
        return xml + "  </url>\n"
    }
}
