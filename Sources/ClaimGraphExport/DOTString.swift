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
///
/// Escaping works on UTF-8 bytes: runs that need no escaping are copied in one piece. Escaping
/// two texts one after the other gives the escape of the joined text unless the first ends with
/// CR and the second starts with LF.
enum DOTString {
    /// `text` as a DOT double-quoted string, quotes included.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped, without quotes.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &output) }
    }

    /// Appends the UTF-8 text `utf8`, escaped, without quotes.
    static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        var unwritten = 0
        while index < utf8.count {
            let end: Int
            if index + 8 <= utf8.count {
                guard mayNeedEscaping(ByteLanes.load(utf8, at: index)) else {
                    index += 8
                    continue
                }
                end = index + 8
            } else {
                end = utf8.count
            }
            while index < end {
                guard let (replacement, length) = Replacement.at(index, in: utf8) else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[unwritten..<index]))
                replacement.append(to: &output)
                index += length
                unwritten = index
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[unwritten...]))
    }

    /// False when none of eight bytes can start a character that needs escaping: a control
    /// character, `"`, `&`, `\`, DEL, or C2, E2 or EF, the first bytes of U+0085,
    /// U+2028/U+2029 and U+FFFE/U+FFFF.
    private static func mayNeedEscaping(_ lanes: UInt64) -> Bool {
        ByteLanes.hasByte(below: 0x20, in: lanes) || ByteLanes.hasByte(UInt8(ascii: "\""), in: lanes)
            || ByteLanes.hasByte(UInt8(ascii: "&"), in: lanes) || ByteLanes.hasByte(UInt8(ascii: "\\"), in: lanes)
            || ByteLanes.hasByte(0x7F, in: lanes) || ByteLanes.hasByte(0xC2, in: lanes) || ByteLanes.hasByte(0xE2, in: lanes)
            || ByteLanes.hasByte(0xEF, in: lanes)
    }
}
