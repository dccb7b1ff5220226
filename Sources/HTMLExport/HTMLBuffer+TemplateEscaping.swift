// ldpub — MIT licence.

extension HTMLBuffer {
    /// Appends plain text escaped exactly as swift-mustache escapes a `{{name}}` of an HTML
    /// template: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`
    /// when each is a character of its own.
    ///
    /// swift-mustache compares whole characters (grapheme clusters), so a `<` that a combining
    /// mark follows (`<` U+0301) is one character that is not `<`, and stays as it is. Text
    /// without any of the five bytes is copied at once; ASCII text (where each of them is always
    /// a character of its own) is escaped byte by byte; only other text with one of them is
    /// walked a character at a time, as swift-mustache walks it.
    mutating func append(templateEscaped text: String) {
        var special = false, ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
            } else {
                switch byte {
                case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): special = true
                default: break
                }
            }
        }
        guard special else { return append(raw: text) }
        guard !ascii else { return append(escaped: text) }
        for character in text {
            switch character {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            case "'": append("&#39;")
            default: append(raw: String(character))
            }
        }
    }
}
