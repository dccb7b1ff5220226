// ldpub — MIT licence.

import Foundation
import InterfaceText
import MarkdownRendering

/// A section's CommonMark body as the article page shows it: rendered as the feeds render it
/// (``ArticleHTML``: cmark's safe mode, URLs made absolute against the page URL), except that
/// images are not loaded: each becomes a note with its alternative text (in the words of the
/// page's language), so the page makes no request of its own.
struct SectionBody: Sendable {
    let renderer: CommonMarkRenderer

    init(renderer: CommonMarkRenderer = CommonMarkRenderer()) {
        self.renderer = renderer
    }

    /// The HTML of `markdown` without its final line feeds, images replaced by notes; nil when
    /// it renders to nothing.
    func html(_ markdown: String, pageURL: String, catalog: MessageCatalog) -> String? {
        var rendered = renderer.html(from: markdown) { LinkResolution.resolve($0, against: pageURL) }
        return rendered.withUTF8 { bytes -> String? in
            var end = bytes.count
            // Drops final line feeds as `while hasSuffix("\n") { removeLast() }` would: a CR LF is one character.
            while end > 0 && bytes[end - 1] == UInt8(ascii: "\n") && !(end > 1 && bytes[end - 2] == UInt8(ascii: "\r")) { end -= 1 }
            guard end > 0 else { return nil }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[..<end])
            let text = String(decoding: trimmed, as: UTF8.self)
            return Self.containsImage(trimmed) ? Self.replacingImages(in: text, catalog: catalog) : text
        }
    }

    /// Whether cmark's output has an `<img `; in safe mode that can only be an image cmark wrote,
    /// since `<` in text becomes `&lt;` and raw HTML is omitted.
    private static func containsImage(_ html: UnsafeBufferPointer<UInt8>) -> Bool {
        let tag: StaticString = "<img "
        let length = tag.utf8CodeUnitCount
        guard html.count >= length else { return false }
        for start in 0...(html.count - length) where html[start] == UInt8(ascii: "<") {
            if (1..<length).allSatisfy({ html[start + $0] == tag.utf8Start[$0] }) { return true }
        }
        return false
    }

    /// Replaces every `<img … alt="…" … />` that cmark wrote by
    /// `<span class="image-note"><span class="label" lang="en">Image not loaded:</span> alt</span>`.
    ///
    /// In safe mode cmark omits raw HTML, so every `<img` in its output is an image it wrote,
    /// with its attributes escaped (no raw `"` or `>` inside a value).
    static func replacingImages(in html: String, catalog: MessageCatalog) -> String {
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
            result += "<span class=\"image-note inline\"><span class=\"label\">" + HTMLEscaping.escape(catalog[.imageNoteInline])
                + "</span> " + (alt.isEmpty ? HTMLEscaping.escape(catalog[.imageWithoutDescription]) : alt) + "</span>"
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
