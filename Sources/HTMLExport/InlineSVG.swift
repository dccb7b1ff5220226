// ldpub — MIT licence.

import Foundation
import MarkdownRendering

/// Graphviz's SVG made fit to sit inside an HTML page.
///
/// The XML declaration, the DOCTYPE and comments go, and so do Graphviz's `<title>` elements
/// (internal node names such as `claim:slug/id`, which browsers show as tooltips); the `<svg>`
/// element gets `role="img"` and
/// an `aria-label`; every `id` (and each `#id` reference) gets ``PageAnchors/svgPrefix``, so no
/// `id` of the drawing can clash with one of the page. Labels are already escaped by Graphviz.
enum InlineSVG {
    /// The `<svg>…</svg>` element of `document`, or nil when it has none.
    ///
    /// - Parameters:
    ///   - document: An SVG document as `dot -Tsvg` writes it.
    ///   - label: The accessible name of the drawing (plain text).
    /// - Returns: HTML, without a final newline.
    static func element(from document: String, label: String) -> String? {
        guard let start = document.range(of: "<svg"), let end = document.range(of: "</svg>", options: .backwards),
              start.lowerBound < end.lowerBound else { return nil }
        var svg = String(document[start.lowerBound..<end.upperBound])
        svg = removingComments(svg)
        svg = removing(from: "<title>", to: "</title>", in: svg)
        let prefix = PageAnchors.svgPrefix
        svg = svg.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
            .replacingOccurrences(of: "url(#", with: "url(#" + prefix)
            .replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
        let attributes = " role=\"img\" aria-label=\"" + HTMLEscaping.escape(label) + "\""
        svg.insert(contentsOf: attributes, at: svg.index(svg.startIndex, offsetBy: 4))
        let lines = svg.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: true)
        return lines.joined(separator: "\n")
    }

    private static func removingComments(_ text: String) -> String {
        removing(from: "<!--", to: "-->", in: text)
    }

    /// `text` without every run from `opening` to the next `closing`, both included.
    private static func removing(from opening: String, to closing: String, in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: opening) {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: closing) else { return result }
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}
