// ldpub — MIT licence.

import ArticleModel
import MarkdownRendering

/// What the article pages and the overview share: the feed links in `<head>`, and the site
/// header with its navigation.
enum PageChrome {
    /// The feeds, as `(file, media type, name)`.
    static let feeds: [(file: String, type: String, name: String)] = [
        ("feed.xml", "application/rss+xml", "RSS feed"),
        ("atom.xml", "application/atom+xml", "Atom feed"),
        ("feed.json", "application/feed+json", "JSON Feed"),
    ]

    /// `<link rel="alternate">` for each feed; `prefix` leads from the page to the output folder.
    static func feedLinks(prefix: String) -> String {
        feeds.map { "<link rel=\"alternate\" type=\"\($0.type)\" title=\"\($0.name)\" href=\"\(prefix)\($0.file)\">\n" }.joined()
    }

    /// The site header: the site's title (linking to the overview) and the navigation.
    ///
    /// - Parameters:
    ///   - site: The site.
    ///   - prefix: The path from the page to the output folder (`../` or empty).
    ///   - current: The file of the page itself, which the navigation marks with `aria-current`.
    static func header(site: Site, prefix: String, current: String?) -> String {
        var html = "<header class=\"site-header\">\n<div class=\"bar\">\n"
        html += "<p class=\"site-name\"><a href=\"" + prefix + "index.html\" lang=\"" + HTMLEscaping.escape(site.language) + "\">"
            + HTMLEscaping.escape(site.title) + "</a></p>\n"
        html += "<nav class=\"site-nav\" aria-label=\"Site\">\n<ul>\n"
        let items = [("index.html", "Overview")] + feeds.map { ($0.file, $0.name) }
        for (file, name) in items {
            html += "<li><a href=\"" + prefix + file + "\"" + (file == current ? " aria-current=\"page\"" : "") + ">" + name + "</a></li>\n"
        }
        html += "</ul>\n</nav>\n</div>\n</header>\n"
        return html
    }
}
