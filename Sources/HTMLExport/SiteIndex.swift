// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// The site's index for readers, `Output/index.html`: every article, newest first (as the
/// feeds order them), with its title linking to its page, its description, when it was
/// published and updated, and who reviewed it medically and when.
///
/// In the site's language: `<html lang>` is the site's `language`, every label comes from its
/// message catalogue (``MessageCatalog``) and dates are written as that language writes them;
/// an article in another language carries its own `lang`. Articles without their bodies are
/// enough (a build keeps only those). Static and self-contained like the article pages,
/// deterministic, LF-only, with a final newline. Where the evidence is weakest is the editors'
/// concern: see ``EditorialOverview``.
public struct SiteIndex: Sendable {
    /// The file name of the index in the output folder.
    public static let relativePath = "index.html"

    /// The site.
    public let site: Site
    private let catalog: MessageCatalog
    /// The site without articles, to look reviewers up.
    private let context: Publication

    /// The index of `site`.
    public init(site: Site) {
        self.site = site
        catalog = site.catalogs.site
        context = Publication(site: site, articles: [])
    }

    /// The HTML document listing `articles` (in any order; bodies are not needed).
    public func render(_ articles: [Article]) -> String {
        String(decoding: renderUTF8(articles), as: UTF8.self)
    }

    /// The HTML document listing `articles` as UTF-8 bytes, exactly those of ``render(_:)``.
    @inline(never)  // Called once per build; out of line so that a profile shows what the page costs.
    public func renderUTF8(_ articles: [Article]) -> [UInt8] {
        var html = HTMLBuffer(capacity: 16 * 1024 + articles.count * 1024)
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.append(escaped: site.language)
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.append(.indexTitle, in: catalog)
        html.append(" — ")
        html.append(escaped: site.title)
        html.append("</title>\n<meta name=\"description\" content=\"")
        html.append(escaped: site.description)
        html.append("\">\n<link rel=\"canonical\" href=\"")
        html.append(escaped: site.url)
        html.append("\">\n")
        html.append(raw: PageChrome.feedLinks(prefix: "", catalog: catalog))
        html.append("<style>\n")
        html.append(raw: PageStyle.css)
        html.append("</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#articles\">")
        html.append(.skipToIndex, in: catalog)
        html.append("</a>\n")
        html.append(raw: PageChrome.header(site: site, prefix: "", current: Self.relativePath, catalog: catalog))
        html.append("<main id=\"main\">\n<h1>")
        html.append(escaped: site.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(escaped: site.description)
        html.append("</p>\n<h2 id=\"articles\">")
        html.append(.indexTitle, in: catalog)
        html.append("</h2>\n")
        if articles.isEmpty {
            html.append("<p>")
            html.append(.indexEmpty, in: catalog)
            html.append("</p>\n")
        } else {
            html.append("<ol class=\"article-list\" aria-labelledby=\"articles\">\n")
            for article in Self.newestFirst(articles) { append(article, to: &html) }
            html.append("</ol>\n")
        }
        html.append("</main>\n<footer class=\"site-footer\">\n<p>")
        html.append(.indexFooter, in: catalog)
        html.append("</p>\n</footer>\n</body>\n</html>\n")
        return html.bytes
    }

    /// Newest `published` first (compared as instants), ties by slug, as the feeds order articles.
    static func newestFirst(_ articles: [Article]) -> [Article] {
        articles.sorted { left, right in
            if right.published < left.published { return true }
            if left.published < right.published { return false }
            return left.slug < right.slug
        }
    }

    /// One article's entry: its title as a link, description, dates and medical review.
    private func append(_ article: Article, to html: inout HTMLBuffer) {
        let language = article.language ?? site.language
        html.append("<li class=\"entry\"")
        if language != site.language {
            html.append(" lang=\"")
            html.append(escaped: language)
            html.append("\"")
        }
        html.append(">\n<h3><a href=\"")
        html.append(escaped: article.slug)
        html.append("/index.html\">")
        html.append(escaped: article.title)
        html.append("</a></h3>\n<p class=\"entry-description\">")
        html.append(escaped: article.description)
        html.append("</p>\n<p class=\"entry-facts\"")
        if language != site.language {
            html.append(" lang=\"")
            html.append(escaped: site.language)
            html.append("\"")
        }
        html.append(">")
        let catalog = catalog
        html.append(.indexPublished, in: catalog) { name, html in
            if name == "date" { TimeElement.append(article.published, in: catalog, to: &html) }
        }
        if article.lastModified != article.published {
            html.append(" · ")
            html.append(.indexModified, in: catalog) { name, html in
                if name == "date" { TimeElement.append(article.lastModified, in: catalog, to: &html) }
            }
        }
        html.append("<br>")
        if let review = article.review {
            let reviewer = context.reviewer(of: article)?.name
            html.append(reviewer == nil ? .indexReviewed : .indexReviewedBy, in: catalog) { name, html in
                if name == "date" { TimeElement.append(review.date, in: catalog, to: &html) }
                if name == "name", let reviewer { html.append(escaped: reviewer) }
            }
        } else {
            html.append(.indexNotReviewed, in: catalog)
        }
        html.append("</p>\n</li>\n")
    }
}
