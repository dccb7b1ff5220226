// ldpub — MIT licence.

import ArticleModel
import Foundation
import MarkdownRendering

/// A section's CommonMark body as the article page shows it: rendered as the feeds render it
/// (``ArticleHTML``: cmark's safe mode, URLs made absolute against the page URL), except that
/// images are not loaded: each becomes a note with its alternative text, so the page makes no
/// request of its own.
struct SectionBody: Sendable {
    let renderer: CommonMarkRenderer

    init(renderer: CommonMarkRenderer = CommonMarkRenderer()) {
        self.renderer = renderer
    }

    /// The HTML of `markdown`, with no final newline.
    func html(_ markdown: String, pageURL: String) -> String {
        var html = renderer.html(from: markdown) { URLResolution.resolve($0, against: pageURL) }
        while html.hasSuffix("\n") { html.removeLast() }
        return Self.replacingImages(in: html)
    }

    /// Replaces every `<img … alt="…" … />` that cmark wrote by
    /// `<span class="image-note"><span class="label" lang="en">Image not loaded:</span> alt</span>`.
    ///
    /// In safe mode cmark omits raw HTML, so every `<img` in its output is an image it wrote,
    /// with its attributes escaped (no raw `"` or `>` inside a value).
    static func replacingImages(in html: String) -> String {
        guard html.contains("<img ") else { return html }
        var result = ""
        var rest = Substring(html)
        while let open = rest.range(of: "<img ") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else {
                rest = rest[rest.endIndex...]
                break
            }
            let tag = rest[open.lowerBound...close]
            var alt = ""
            if let altStart = tag.range(of: " alt=\""), let altEnd = tag[altStart.upperBound...].firstIndex(of: "\"") {
                alt = String(tag[altStart.upperBound..<altEnd])
            }
            result += "<span class=\"image-note inline\"><span class=\"label\" lang=\"en\">Image not loaded:</span> "
                + (alt.isEmpty ? "<span lang=\"en\">(no description)</span>" : alt) + "</span>"
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
