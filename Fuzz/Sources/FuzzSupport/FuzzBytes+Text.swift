// ldpub — MIT licence.

import ArticleModel

extension FuzzBytes {
    /// Pieces that break naive escaping in XML, HTML, JSON, DOT, Markdown or URLs.
    static let hostilePieces: [String] = [
        "<", ">", "&", "\"", "'", "\\", "]]>", "</script>", "</SCRIPT ", "<!--", "-->", "<![CDATA[", "\n", "\r", "\r\n", "\t",
        "&amp;", "&#1;", "&#x7f;", "&#xFFFE;", "&#0;", "&#x110000;", "&#xD800;", "&lt;", "javascript:alert(1)",
        "[link](javascript:alert(1))", "![img](../x.png)", "[a](<b c>)", "<https://x.example/>", "`code`", "**", "_", "# ",
        "> ", "    ", "- ", "1. ", "| a |\n|---|", "<div>", "<b onclick=x>", "{{", "}}", "@id", "@context", "\\N", "\\G",
        "\\l", "\\n", "\\\"", "%", "%2e%2e/", "../", "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200B}", "\u{202E}",
        "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{FFFD}", "e\u{301}", "\u{301}",
        "👩‍👩‍👧", "🇳🇱", "𝔘", "ﬃ", "Ａ", "а", "ǅ", "İ", "ß", "\u{E000}", "--", "-", " ", "  ", "x",
    ] + [0xFDD0, 0x1FFFE, 0x10FFFF, 0xFFFFD].map { String(Unicode.Scalar(UInt32($0))!) }

    /// Any Unicode text XML 1.0 can carry (the decoder rejects the rest), possibly empty.
    public mutating func text(maxPieces: Int = 12) -> String {
        var text = ""
        let pieces = oneIn(16) ? int(in: 0...200) : int(in: 0...maxPieces)
        for _ in 0..<pieces {
            switch byte() % 8 {
            case 0, 1:
                text += pick(Self.hostilePieces)
            case 2:
                text.unicodeScalars.append(Unicode.Scalar(UInt8(int(in: 0x20...0x7E))))
            case 3:
                text += String(repeating: "word ", count: int(in: 1...4))
            case 4:
                text.unicodeScalars.append(scalar(in: 0x7F...0x9F))
            case 5:
                text.unicodeScalars.append(scalar(in: 0xA0...0xD7FF))
            case 6:
                text.unicodeScalars.append(scalar(in: 0xE000...0xFFFD))
            default:
                text.unicodeScalars.append(scalar(in: 0x10000...0x10FFFF))
            }
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { XMLCharacters.firstForbidden(in: String($0)) == nil }))
    }

    /// Text that is not empty or only white space (as required fields must be).
    public mutating func nonEmptyText(maxPieces: Int = 12) -> String {
        let value = text(maxPieces: maxPieces)
        return value.allSatisfy(\.isWhitespace) ? "x" + value : value
    }

    private mutating func scalar(in range: ClosedRange<Int>) -> Unicode.Scalar {
        Unicode.Scalar(UInt32(int(in: range))) ?? "\u{FFFD}"
    }
}
