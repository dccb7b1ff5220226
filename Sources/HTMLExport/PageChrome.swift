// ldpub — MIT licence.

import ArticleModel
import InterfaceText
import MarkdownRendering

/// What the article pages and the index share: the feed links in `<head>`, and the site
/// header with its navigation, in the words of the page's language.
enum PageChrome {
    /// The feeds, as `(file, media type, name)`.
    static let feeds: [(file: String, type: String, name: MessageKey)] = [
        ("feed.xml", "application/rss+xml", .rssFeed),
        ("atom.xml", "application/atom+xml", .atomFeed),
        ("feed.json", "application/feed+json", .jsonFeed),
    ]

    /// `<link rel="alternate">` for each feed; `prefix` leads from the page to the output folder.
    static func feedLinks(prefix: String, catalog: MessageCatalog) -> String {
        feeds.map {
            "<link rel=\"alternate\" type=\"\($0.type)\" title=\"\(HTMLEscaping.escape(catalog[$0.name]))\" href=\"\(prefix)\($0.file)\">\n"
        }.joined()
    }

    /// The site header: the site's title (linking to the index of articles) and the navigation.
    ///
    /// - Parameters:
    ///   - site: The site.
    ///   - prefix: The path from the page to the output folder (`../` or empty).
    ///   - current: The file of the page itself, which the navigation marks with `aria-current`.
    ///   - catalog: The words of the page's language.
    static func header(site: Site, prefix: String, current: String?, catalog: MessageCatalog) -> String {
        var html = "<header class=\"site-header\">\n<div class=\"bar\">\n"
        html += "<p class=\"site-name\"><a href=\"" + prefix + "index.html\" lang=\"" + HTMLEscaping.escape(site.language) + "\">"
            + HTMLEscaping.escape(site.title) + "</a></p>\n"
        html += "<nav class=\"site-nav\" aria-label=\"" + HTMLEscaping.escape(catalog[.siteNavigation]) + "\">\n<ul>\n"
        let items = [("index.html", MessageKey.allArticles)] + feeds.map { ($0.file, $0.name) }
        for (file, name) in items {
            html += "<li><a href=\"" + prefix + file + "\"" + (file == current ? " aria-current=\"page\"" : "") + ">"
                + HTMLEscaping.escape(catalog[name]) + "</a></li>\n"
        }
        html += "</ul>\n</nav>\n</div>\n</header>\n"
        return html
    }
}
