// ldpub — MIT licence.

import InterfaceText

/// ldpub's own layouts written directly as bytes: exactly what swift-mustache renders from
/// ``BuiltInTemplates`` for the same context, several times faster.
///
/// The templates stay the documented contract: a page goes through them (and Mustache) whenever
/// the site replaces its template or a partial it includes (``PageTemplates/rendersAsBuiltIn(_:)``),
/// and a test renders many pages both ways and compares the bytes. Each function follows its
/// template line by line; a line of the template that holds only a section tag or a partial
/// (a "standalone" tag) leaves no line of its own, as Mustache specifies. `{{name}}` is escaped
/// as swift-mustache escapes it (``HTMLBuffer/append(escaped:)``), `{{{name}}}` is not.
enum BuiltInLayout {
    /// The template `article` with `page`.
    static func article(_ page: ArticlePage.Values) -> [UInt8] {
        let frame = page.frame, catalog = frame.catalog
        var html = HTMLBuffer(capacity: 24_576 + page.jsonLD.utf8.count + (page.graph.svg?.utf8.count ?? 0))
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.append(escaped: page.language)
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.append(escaped: page.title)
        html.append(" — ")
        html.append(escaped: frame.site.title)
        html.append("</title>\n<meta name=\"description\" content=\"")
        html.append(escaped: page.description)
        html.append("\">\n<link rel=\"canonical\" href=\"")
        html.append(escaped: page.url)
        html.append("\">\n")
        head(frame, to: &html)
        html.append(raw: page.jsonLD)
        html.append("</head>\n<body>\n<a class=\"skip-link\" href=\"#")
        html.append(escaped: page.anchors.main)
        html.append("\">")
        html.append(escaped: catalog[.skipToArticle])
        html.append("</a>\n")
        siteHeader(frame, to: &html)
        html.append("<main id=\"")
        html.append(escaped: page.anchors.main)
        html.append("\">\n<article aria-labelledby=\"")
        html.append(escaped: page.anchors.title)
        html.append("\">\n<header>\n<p class=\"kicker\">")
        html.append(escaped: catalog[.articleKicker])
        html.append("</p>\n<h1 id=\"")
        html.append(escaped: page.anchors.title)
        html.append("\">")
        html.append(escaped: page.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(escaped: page.description)
        html.append("</p>\n<dl class=\"facts\">\n")
        facts(page, to: &html)
        html.append("</dl>\n")
        if let image = page.image {
            if let src = image.src {
                html.append("<figure class=\"article-image\"><img src=\"")
                html.append(escaped: src)
                html.append("\" alt=\"")
                html.append(escaped: image.alt)
                html.append("\"></figure>\n")
            } else {
                html.append("<p class=\"image-note\"><span class=\"label\">")
                html.append(escaped: catalog[.imageNote])
                html.append("</span> <a href=\"")
                html.append(escaped: image.url)
                html.append("\">")
                html.append(escaped: image.alt)
                html.append("</a></p>\n")
            }
        }
        summary(page, to: &html)
        html.append("</header>\n")
        for section in page.sections { self.section(section, to: &html) }
        html.append("</article>\n")
        references(page, to: &html)
        graph(page, to: &html)
        html.append("</main>\n<footer class=\"site-footer\">\n<p>")
        html.append(escaped: catalog[.articleFooter])
        html.append(" <a href=\"index.jsonld\">JSON-LD</a> (<a href=\"jsonld.html\">")
        html.append(escaped: catalog[.jsonLDAsScript])
        html.append("</a>), <a href=\"claims.dot\">")
        html.append(escaped: catalog[.graphDOT])
        html.append("</a>. ")
        html.append(escaped: catalog[.publishedAt])
        html.append(" <a href=\"")
        html.append(escaped: page.url)
        html.append("\">")
        html.append(escaped: page.url)
        html.append("</a>.</p>\n</footer>\n</body>\n</html>\n")
        return html.bytes
    }

    /// The template `index` with `page`.
    static func index(_ page: SiteIndex.Values) -> [UInt8] {
        indexWithRows(page).bytes
    }

    /// The template `index` with `page`, and where each of its entries is in it (in the order of
    /// `page.articles`): an entry's bytes are ``indexRow(_:siteLanguage:)``'s, nothing else in
    /// the page depends on the articles but whether there are any.
    static func indexWithRows(_ page: SiteIndex.Values) -> (bytes: [UInt8], rows: [Range<Int>]) {
        let frame = page.frame, catalog = frame.catalog
        var html = HTMLBuffer(capacity: 16_384 + page.articles.count * 1_024)
        var rows: [Range<Int>] = []
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.append(escaped: page.language)
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.append(escaped: catalog[.indexTitle])
        html.append(" — ")
        html.append(escaped: frame.site.title)
        html.append("</title>\n<meta name=\"description\" content=\"")
        html.append(escaped: frame.site.description)
        html.append("\">\n<link rel=\"canonical\" href=\"")
        html.append(escaped: frame.site.url)
        html.append("\">\n")
        head(frame, to: &html)
        html.append("</head>\n<body>\n<a class=\"skip-link\" href=\"#articles\">")
        html.append(escaped: catalog[.skipToIndex])
        html.append("</a>\n")
        siteHeader(frame, to: &html)
        html.append("<main id=\"main\">\n<h1>")
        html.append(escaped: frame.site.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(escaped: frame.site.description)
        html.append("</p>\n<h2 id=\"articles\">")
        html.append(escaped: catalog[.indexTitle])
        html.append("</h2>\n")
        if page.articles.isEmpty {
            html.append("<p>")
            html.append(escaped: catalog[.indexEmpty])
            html.append("</p>\n")
        } else {
            html.append("<ol class=\"article-list\" aria-labelledby=\"articles\">\n")
            rows.reserveCapacity(page.articles.count)
            for entry in page.articles {
                let start = html.bytes.count
                indexRow(entry, siteLanguage: frame.site.language, to: &html)
                rows.append(start..<html.bytes.count)
            }
            html.append("</ol>\n")
        }
        html.append("</main>\n<footer class=\"site-footer\">\n<p>")
        html.append(escaped: catalog[.indexFooter])
        html.append("</p>\n</footer>\n</body>\n</html>\n")
        return (html.bytes, rows)
    }

    /// One entry of the index: an article's `<li>`.
    static func indexRow(_ entry: SiteIndex.Entry, siteLanguage: String, to html: inout HTMLBuffer) {
        html.append("<li class=\"entry\"")
        if entry.otherLanguage {
            html.append(" lang=\"")
            html.append(escaped: entry.language)
            html.append("\"")
        }
        html.append(">\n<h3><a href=\"")
        html.append(escaped: entry.href)
        html.append("\">")
        html.append(escaped: entry.title)
        html.append("</a></h3>\n<p class=\"entry-description\">")
        html.append(escaped: entry.description)
        html.append("</p>\n<p class=\"entry-facts\"")
        if entry.otherLanguage {
            html.append(" lang=\"")
            html.append(escaped: siteLanguage)
            html.append("\"")
        }
        html.append(">")
        html.append(raw: entry.publishedLine)
        if entry.isModified {
            html.append(" · ")
            html.append(raw: entry.modifiedLine)
        }
        html.append("<br>")
        html.append(raw: entry.reviewLine)
        html.append("</p>\n</li>\n")
    }
}
