// ldpub — MIT licence.

/// Finds the JSON-LD of an HTML page: the content of every `<script type="application/ld+json">`
/// element, as a browser's tokenizer would see it, with the position where each starts.
///
/// Tag and attribute names are case-insensitive; attributes may come in any order, double-,
/// single- or un-quoted; the type's media type is compared without case, surrounding spaces and
/// parameters (`application/ld+json; charset=utf-8`). A script's content is raw text up to the
/// first `</script` (any case) that ends a tag, so it is never entity-decoded. Comments, and the
/// content of other scripts, `style`, `textarea` and `title` elements, are skipped, so a
/// `<script>` written inside them is not mistaken for one.
public enum HTMLJSONLDScripts {
    /// One JSON-LD script element of a page.
    public struct Script: Sendable, Hashable {
        /// The content's bytes in the page: everything between the start tag's `>` and `</script`.
        public let content: Range<Int>
        /// Where the content starts in the page (the character after the start tag).
        public let position: TextPosition
    }

    /// The JSON-LD media type.
    static let mediaType = "application/ld+json"
    /// Elements whose content is text, not markup, and is skipped to their end tag.
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    /// The JSON-LD script elements of `page`, in document order.
    public static func find(in page: [UInt8]) -> [Script] {
        var scanner = Scanner(bytes: page)
        return scanner.scripts()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// A running count of lines and columns, so positions cost one pass over the page.
        var lines = LineCounter()

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func scripts() -> [Script] {
            var found: [Script] = []
            while let open = firstIndex(of: UInt8(ascii: "<"), from: index) {
                index = open + 1
                if hasPrefix("!--", at: index) {
                    index = range(of: "-->", from: index + 3)?.upperBound ?? bytes.count
                } else if index < bytes.count, bytes[index].isASCIILetter {
                    let (name, attributes) = startTag()
                    guard HTMLJSONLDScripts.rawTextElements.contains(name) else { continue }
                    let contentStart = index
                    let contentEnd = endTag(of: name, from: contentStart)
                    if name == "script", Self.isJSONLD(type: attributes["type"]) {
                        found.append(Script(content: contentStart..<contentEnd, position: position(of: contentStart)))
                    }
                    index = contentEnd
                } else if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?")
                            || bytes[index] == UInt8(ascii: "/") {
                    // A doctype, processing instruction or end tag: skip to its '>'.
                    index = firstIndex(of: UInt8(ascii: ">"), from: index).map { $0 + 1 } ?? bytes.count
                }
            }
            return found
        }

        /// Whether a `type` attribute's value names JSON-LD.
        static func isJSONLD(type: String?) -> Bool {
            guard let type else { return false }
            let essence = type.utf8.prefix { $0 != UInt8(ascii: ";") }.filter { !$0.isHTMLSpace }
            return String(decoding: essence, as: UTF8.self).lowercased() == HTMLJSONLDScripts.mediaType
        }

        /// Reads a start tag from its name (just after `<`) through its `>`: the lowercased name
        /// and the attributes (the first of a repeated name wins, as in HTML).
        mutating func startTag() -> (String, [String: String]) {
            let name = token { !$0.isHTMLSpace && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") }.lowercased()
            var attributes: [String: String] = [:]
            while index < bytes.count {
                while index < bytes.count, bytes[index].isHTMLSpace || bytes[index] == UInt8(ascii: "/") { index += 1 }
                guard index < bytes.count else { break }
                if bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    break
                }
                let attribute = token(first: true) { !$0.isHTMLSpace && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "=") }.lowercased()
                while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
                var value = ""
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < bytes.count, bytes[index].isHTMLSpace { index += 1 }
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        index += 1
                        value = token { $0 != quote }
                        if index < bytes.count { index += 1 }
                    } else {
                        value = token { !$0.isHTMLSpace && $0 != UInt8(ascii: ">") }
                    }
                }
                if attributes[attribute] == nil { attributes[attribute] = value }
            }
            return (name, attributes)
        }

        /// Where the content of a raw-text element ends: at `</name` followed by a space, `/` or
        /// `>`, or at the end of the page.
        func endTag(of name: String, from start: Int) -> Int {
            let closing = Array("</\(name)".utf8)
            var search = start
            while let candidate = firstIndex(of: UInt8(ascii: "<"), from: search) {
                let end = candidate + closing.count
                if end <= bytes.count, zip(bytes[candidate..<end], closing).allSatisfy({ $0.asciiLowercased == $1 }) {
                    if end == bytes.count || bytes[end].isHTMLSpace || bytes[end] == UInt8(ascii: "/") || bytes[end] == UInt8(ascii: ">") {
                        return candidate
                    }
                }
                search = candidate + 1
            }
            return bytes.count
        }

        /// The bytes from `index` on while `accepts` holds (at least one when `first`), as text.
        mutating func token(first: Bool = false, while accepts: (UInt8) -> Bool) -> String {
            let start = index
            if first && index < bytes.count { index += 1 }
            while index < bytes.count, accepts(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        func firstIndex(of byte: UInt8, from start: Int) -> Int? {
            guard start < bytes.count else { return nil }
            return bytes[start...].firstIndex(of: byte)
        }

        func hasPrefix(_ text: String, at start: Int) -> Bool {
            let utf8 = Array(text.utf8)
            return start + utf8.count <= bytes.count && bytes[start..<(start + utf8.count)].elementsEqual(utf8)
        }

        func range(of text: String, from start: Int) -> Range<Int>? {
            var search = start
            while search < bytes.count {
                if hasPrefix(text, at: search) { return search..<(search + text.utf8.count) }
                search += 1
            }
            return nil
        }

        /// The line and column of byte `offset`, counting on from the last position asked for.
        mutating func position(of offset: Int) -> TextPosition {
            lines.position(of: offset, in: bytes)
        }
    }
}

private extension UInt8 {
    /// HTML's ASCII whitespace: tab, line feed, form feed, carriage return, space.
    var isHTMLSpace: Bool { self == 0x09 || self == 0x0A || self == 0x0C || self == 0x0D || self == 0x20 }
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}
