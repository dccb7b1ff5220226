// ldpub — MIT licence.

import Foundation

/// Helpers to look into a rendered page without an HTML parser: the pages are written one
/// element per line where it matters, so slices between known markers are enough.
struct PageText {
    let html: String

    init(_ html: String) { self.html = html }

    /// The text from the first `start` to the next `end` after it (both included), or "".
    func slice(from start: String, to end: String) -> String {
        guard let lower = html.range(of: start) else { return "" }
        guard let upper = html.range(of: end, range: lower.upperBound..<html.endIndex) else { return "" }
        return String(html[lower.lowerBound..<upper.upperBound])
    }

    /// How often `text` occurs.
    func count(_ text: String) -> Int { html.components(separatedBy: text).count - 1 }

    /// The `<head>` element.
    var head: String { slice(from: "<head>", to: "</head>") }

    /// The `<body>` element.
    var body: String { slice(from: "<body", to: "</body>") }

    /// The levels of the headings `<h1>`…`<h6>`, in order.
    var headingLevels: [Int] {
        var levels: [Int] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            if let digit = after.first, let level = Int(String(digit)), (1...6).contains(level),
               let next = after.dropFirst().first, next == " " || next == ">" {
                levels.append(level)
            }
            rest = after
        }
        return levels
    }

    /// The values of attribute `name` everywhere, e.g. every `id`.
    func attributeValues(_ name: String) -> [String] {
        var values: [String] = []
        var rest = Substring(html)
        let marker = " " + name + "=\""
        while let open = rest.range(of: marker) {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<close]))
            rest = after[close...]
        }
        return values
    }

    /// What a reader sees: the body without the inline SVG, tags removed, entities of `&`, `<`,
    /// `>` and quotes decoded, white space collapsed.
    var visibleText: String {
        var text = body
        while let start = text.range(of: "<svg"), let end = text.range(of: "</svg>", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// The capture groups of every match of `pattern` in the page.
    func matches(of pattern: String) -> [[String]] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return expression.matches(in: html, range: range).map { match in
            (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: html).map { String(html[$0]) } }
        }
    }
}
