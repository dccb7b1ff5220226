// ldpub — MIT licence.

import ArticleModel
import MarkdownRendering

/// The body of an article as one HTML fragment, for feeds (and later for pages).
///
/// Each section becomes `<h2 id="anchor">heading</h2>` followed by its CommonMark body rendered
/// by ``CommonMarkRenderer`` (safe mode: raw HTML omitted, `javascript:` URLs dropped). Relative
/// link and image URLs are made absolute against the page URL, because feed readers and mail
/// services ignore `xml:base`: `[x](bronnen/#li)` on `https://example.org/eerste/` links to
/// `https://example.org/eerste/bronnen/#li`.
public struct ArticleHTML: Sendable {
    /// The CommonMark renderer used for section bodies.
    public let renderer: CommonMarkRenderer

    /// Creates a body renderer.
    public init(renderer: CommonMarkRenderer = CommonMarkRenderer()) {
        self.renderer = renderer
    }

    /// Renders every section of `article`, in order.
    ///
    /// - Parameters:
    ///   - article: The article.
    ///   - pageURL: The absolute URL of the article's page, the base for relative URLs.
    /// - Returns: HTML with one line per block and no final newline.
    public func render(_ article: Article, pageURL: String) -> String {
        var html = ""
        for section in article.sections {
            html += "<h2 id=\"" + HTMLEscaping.escape(section.anchor) + "\">" + HTMLEscaping.escape(section.heading) + "</h2>\n"
            html += renderer.html(from: section.body) { URLResolution.resolve($0, against: pageURL) }
        }
        while html.hasSuffix("\n") { html.removeLast() }
        return html
    }
}
