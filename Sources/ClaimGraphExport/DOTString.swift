// ldpub — MIT licence.

/// The one escape function of the DOT writer: every ID and every attribute value goes through it.
///
/// The result is a DOT double-quoted string that Graphviz reads back as exactly `text`, both as an
/// ID and as a label (an `escString`):
/// - `\` becomes `\\`, which the DOT scanner keeps and the label renderer turns into one
///   backslash, so `\N`, `\G`, `\l` and friends in the text are never escape sequences;
/// - `"` becomes `\"`, the only escape the DOT scanner knows;
/// - `&` becomes `&amp;`, because Graphviz decodes HTML entities in labels (so `&amp;` in the
///   text would otherwise render as `&`);
/// - a line break (LF, CR, CR LF, NEL, U+2028, U+2029) becomes `\n`, a centred line break;
/// - characters that neither DOT nor the SVG Graphviz writes (an XML document) can carry —
///   other C0 controls, DEL, U+FFFE and U+FFFF — become visible stand-ins: the Control Pictures
///   block (`U+0000` → `␀`) or U+FFFD.
///
/// Everything else (tabs, `<`, `>`, `{`, `}`, non-ASCII, emoji, right-to-left text) is written as
/// it is, in UTF-8; the graph declares `charset="UTF-8"`.
enum DOTString {
    /// `text` as a DOT double-quoted string, quotes included.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x22: result += "\\\""
            case 0x26: result += "&amp;"
            case 0x0A:
                if !afterCarriageReturn { result += "\\n" }
            case 0x0D, 0x85, 0x2028, 0x2029: result += "\\n"
            case 0x09: result.unicodeScalars.append(scalar)
            case 0x00...0x1F: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: result += "\u{2421}"
            case 0xFFFE, 0xFFFF: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
        return result
    }
}
