// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import JSONLDExport
import LinkedDataJSON
import MarkdownRendering

/// The article's page, `Output/<slug>/index.html`: a static, self-contained HTML5 page that
/// shows the article with its provenance.
///
/// The page has the article (title, description, dates, authors, medical review, image as its
/// alternative text, and the body) with every claim in the section that makes it, numbered
/// 1, 2, … across the article, each with its sources (`#ref-<id>`), their relation and
/// locator; unsupported claims say so in words and in colour. Then come the sources as a
/// reference list (uncited ones marked), and the claims graph: the SVG rendered by Graphviz
/// when the build made one, and the DOT file either way. `<head>` holds the title, the meta
/// description, the canonical URL, links to the feeds, the style sheet and the page's
/// JSON-LD exactly as `jsonld.html` has it. No scripts, web fonts or images: opening the page
/// from disk makes no request.
///
/// The interface text is English (`<html lang="en">`); the article keeps its own language
/// (`lang` on `<article>`, claim texts and titles). Output is deterministic, LF-only, with a
/// final newline.
public struct ArticlePage: Sendable {
    /// The publication the articles belong to.
    public let publication: Publication
    private let body: SectionBody
    private let siteParts: SiteParts

    /// A page renderer for articles of `publication`.
    ///
    /// What the pages share (style sheet, site header, the citations of the site references) is
    /// made here, once, so make one renderer for all the articles of a build.
    public init(publication: Publication, renderer: CommonMarkRenderer = CommonMarkRenderer()) {
        self.publication = publication
        body = SectionBody(renderer: renderer)
        siteParts = SiteParts(site: publication.site)
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
        String(decoding: renderUTF8(article, jsonLDSnippet: jsonLDSnippet, claimsSVG: claimsSVG), as: UTF8.self)
    }

    /// The page of `article` as UTF-8 bytes, exactly those of ``render(_:jsonLDSnippet:claimsSVG:)``,
    /// for writing to a file without making a `String` first.
    public func renderUTF8(_ article: Article, jsonLDSnippet: String, claimsSVG: String? = nil) -> [UInt8] {
        var writer = ArticlePageWriter(article: article, publication: publication, siteParts: siteParts, body: body)
        writer.writePage(jsonLDSnippet: jsonLDSnippet, claimsSVG: claimsSVG)
        return writer.html.bytes
    }
}
