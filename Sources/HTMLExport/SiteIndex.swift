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
    private let templates: PageTemplates

    /// The index of `site`, rendered by the template `index` of `templates`.
    public init(site: Site, templates: PageTemplates = .builtIn) {
        self.site = site
        self.templates = templates
        catalog = site.catalogs.site
        context = Publication(site: site, articles: [])
    }

    /// The HTML document listing `articles` (in any order; bodies are not needed).
    public func render(_ articles: [Article]) -> String {
        if templates.rendersAsBuiltIn("index") { return String(decoding: renderUTF8(articles), as: UTF8.self) }
        return templates.render(values(articles), template: "index")
    }

    /// The HTML document listing `articles` as UTF-8 bytes, exactly those of ``render(_:)``.
    @inline(never)  // Called once per build; out of line so that a profile shows what the page costs.
    public func renderUTF8(_ articles: [Article]) -> [UInt8] {
        let values = values(articles)
        if templates.rendersAsBuiltIn("index") { return BuiltInLayout.index(values) }
        return Array(templates.render(values, template: "index").utf8)
    }

    /// The HTML document listing `articles` as ``renderUTF8(_:)`` writes it, and, when the page is
    /// ldpub's built-in index, where each article's entry is in it, by slug (nil through a site's
    /// own template). A build keeps these places to replace one entry without the others.
    public func renderWithRows(_ articles: [Article]) -> (bytes: [UInt8], rows: [String: Range<Int>]?) {
        guard templates.rendersAsBuiltIn("index") else { return (renderUTF8(articles), nil) }
        let sorted = Article.newestFirst(articles)
        let (bytes, places) = BuiltInLayout.indexWithRows(values(sortedNewestFirst: sorted))
        var rows: [String: Range<Int>] = [:]
        rows.reserveCapacity(places.count)
        for (article, place) in zip(sorted, places) { rows[article.slug] = place }
        return (bytes, rows)
    }

    /// The entry of `article` in the built-in index, exactly as ``renderWithRows(_:)`` writes
    /// it; nil when the index is rendered through a site's own template.
    public func row(of article: Article) -> [UInt8]? {
        guard templates.rendersAsBuiltIn("index") else { return nil }
        var html = HTMLBuffer(capacity: 1_024)
        BuiltInLayout.indexRow(entry(article), siteLanguage: site.language, to: &html)
        return html.bytes
    }

    /// The page rendered through the Mustache template `index` even when it is the built-in
    /// one, which ``BuiltInLayout`` otherwise writes directly: for the tests comparing the two.
    func renderThroughTemplate(_ articles: [Article]) -> String {
        templates.render(values(articles), template: "index")
    }

    /// The page's context.
    func values(_ articles: [Article]) -> Values {
        values(sortedNewestFirst: Article.newestFirst(articles))
    }

    private func values(sortedNewestFirst articles: [Article]) -> Values {
        Values(frame: PageFrame(site: site, catalog: catalog, root: "", current: Self.relativePath), language: site.language,
               articles: articles.map(entry))
    }

    /// One article's entry: its title, link, description, and its dates and medical review as
    /// lines of HTML (the catalogue's texts with `<time>` elements in their placeholders).
    private func entry(_ article: Article) -> Entry {
        let language = article.language ?? site.language
        let catalog = catalog
        var line = HTMLBuffer(capacity: 256)
        line.append(.indexPublished, in: catalog) { name, html in
            if name == "date" { TimeElement.append(article.published, in: catalog, to: &html) }
        }
        let publishedLine = line.string
        line = HTMLBuffer(capacity: 256)
        line.append(.indexModified, in: catalog) { name, html in
            if name == "date" { TimeElement.append(article.lastModified, in: catalog, to: &html) }
        }
        let modifiedLine = line.string
        line = HTMLBuffer(capacity: 256)
        if let review = article.review {
            let reviewer = context.reviewer(of: article)?.name
            line.append(reviewer == nil ? .indexReviewed : .indexReviewedBy, in: catalog) { name, html in
                if name == "date" { TimeElement.append(review.date, in: catalog, to: &html) }
                if name == "name", let reviewer { html.append(escaped: reviewer) }
            }
        } else {
            line.append(.indexNotReviewed, in: catalog)
        }
        return Entry(href: article.slug + "/index.html", title: article.title, description: article.description, language: language,
                     otherLanguage: language != site.language, isModified: article.lastModified != article.published,
                     publishedLine: publishedLine, modifiedLine: modifiedLine, reviewLine: line.string)
    }
}
