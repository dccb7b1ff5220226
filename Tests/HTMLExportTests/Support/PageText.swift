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
}
