// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import InterfaceText
import JSONLDExport
import LinkedDataJSON
import MarkdownRendering

/// The article's page, `Output/<slug>/index.html`: a static, self-contained HTML5 page for
/// readers that shows the article with its sources, rendered by the template `article`
/// (``PageTemplates``: ldpub's own layout, or the site's `templates/article.mustache`).
///
/// The built-in layout has the article (title, description, dates, authors, medical review, its
/// image, and the body) with every claim in the section that makes it, numbered 1, 2, … across
/// the article. A claim's text ends in numbered citation markers ([1], [2]) that link to the
/// entries of the reference list, as on Wikipedia; below it each source is named with its
/// relation in words ("supports", "disputes", "mentions") and its locator, and a claim without
/// a supporting source says what is true of it: no source is cited, or the sources cited only
/// dispute or mention it. The page stays calm: no alarm badges, no internal ids in the visible
/// text (ids are anchors only); the editorial view (``EditorialOverview``) is where weak
/// evidence is marked in red. Then come the sources as a numbered reference list, and the
/// claims graph: the SVG rendered by Graphviz when the build made one, and the DOT file either
/// way. `<head>` holds the title, the meta description, the canonical URL, links to the feeds,
/// the style sheet and the page's JSON-LD exactly as `jsonld.html` has it. No scripts or web
/// fonts; the only image is the article's own when it is one of the site's files, so opening
/// the page from disk makes no request elsewhere.
///
/// Every word of the interface comes from the message catalogue of the article's language
/// (``MessageCatalog``), which is the page's `<html lang>`; dates are written as that language
/// writes them, with `<time datetime>` machine-readable. The context a template gets is
/// documented in Docs/Templates.md (``TemplateContext``). Output is deterministic.
public struct ArticlePage: Sendable {
    /// The publication the articles belong to.
    public let publication: Publication
    private let body: SectionBody
    /// The interface texts of every language.
    private let catalogs: MessageCatalogs
    /// What pages in the site's language share.
    private let siteParts: SiteParts
    /// What pages share, by the language tag of the articles: the site's language, the built-in
    /// ones and those the site has catalogues of (pages in any other language make theirs).
    private let partsByLanguage: [String: SiteParts]
    private let templates: PageTemplates

    /// A page renderer for articles of `publication`.
    ///
    /// What the pages share (style sheet, site header, the citations of the site references) is
    /// made here, once, so make one renderer for all the articles of a build.
    public init(publication: Publication, templates: PageTemplates = .builtIn, renderer: CommonMarkRenderer = CommonMarkRenderer()) {
        self.publication = publication
        self.templates = templates
        body = SectionBody(renderer: renderer)
        catalogs = publication.site.catalogs
        siteParts = SiteParts(site: publication.site, catalog: catalogs.site)
        var partsByLanguage = [publication.site.language: siteParts]
        for language in MessageCatalog.builtInLanguages + publication.site.messages.keys.sorted() where partsByLanguage[language] == nil {
            partsByLanguage[language] = SiteParts(site: publication.site, catalog: catalogs.catalog(for: language))
        }
        self.partsByLanguage = partsByLanguage
    }

    /// The path of an article's page inside the output folder: `<slug>/index.html`.
    public static func relativePath(of article: Article) -> String { article.slug + "/index.html" }

    /// The page of `article`.
    ///
    /// - Parameters:
    ///   - article: An article of the publication.
    ///   - jsonLD: The article's JSON-LD document (``PageGraph/document(for:)``), embedded in
    ///     `<head>` as ``PageGraph/htmlSnippet(of:)`` writes it, byte for byte as `jsonld.html`.
    ///   - claimsSVG: The article's claims graph as `dot -Tsvg` wrote it, or nil when the build
    ///     rendered none; the page then says so and links the DOT file only.
    /// - Returns: The HTML document.
    public func render(_ article: Article, jsonLD: JSONValue, claimsSVG: String? = nil) -> String {
        render(article, jsonLDSnippet: PageGraph.htmlSnippet(of: jsonLD), claimsSVG: claimsSVG)
    }

    /// The page of `article`, with its JSON-LD snippet already written (``PageGraph/htmlSnippet(of:)``),
    /// so a build that also writes `jsonld.html` serializes the document once.
    public func render(_ article: Article, jsonLDSnippet: String, claimsSVG: String? = nil) -> String {
        let values = values(article, jsonLDSnippet: jsonLDSnippet, claimsSVG: claimsSVG)
        if templates.rendersAsBuiltIn("article") { return String(decoding: BuiltInLayout.article(values), as: UTF8.self) }
        return templates.render(values, template: "article")
    }

    /// The page of `article` as UTF-8 bytes, exactly those of ``render(_:jsonLDSnippet:claimsSVG:)``,
    /// for writing to a file.
    ///
    /// With ldpub's own templates (the site replaces none that the page uses), ``BuiltInLayout``
    /// writes the bytes the template `article` gives for the same context, without Mustache.
    public func renderUTF8(_ article: Article, jsonLDSnippet: String, claimsSVG: String? = nil) -> [UInt8] {
        let values = values(article, jsonLDSnippet: jsonLDSnippet, claimsSVG: claimsSVG)
        if templates.rendersAsBuiltIn("article") { return BuiltInLayout.article(values) }
        return Array(templates.render(values, template: "article").utf8)
    }

    /// The page rendered through the Mustache template `article` even when it is the built-in
    /// one: for the tests comparing it with ``BuiltInLayout``.
    func renderThroughTemplate(_ article: Article, jsonLDSnippet: String, claimsSVG: String? = nil) -> String {
        templates.render(values(article, jsonLDSnippet: jsonLDSnippet, claimsSVG: claimsSVG), template: "article")
    }

    /// The page's context.
    func values(_ article: Article, jsonLDSnippet: String, claimsSVG: String?) -> Values {
        let language = publication.language(of: article)
        let parts = partsByLanguage[language] ?? SiteParts(site: publication.site, catalog: catalogs.catalog(for: language))
        return Context(article: article, publication: publication, siteParts: parts, body: body)
            .values(jsonLDSnippet: jsonLDSnippet, claimsSVG: claimsSVG)
    }
}
