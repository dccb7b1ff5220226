// ldpub — MIT licence.

/// Percent-encoding of text that goes into an IRI: a DOI in a path, an id in a fragment.
///
/// Characters that RFC 3987 allows in the chosen component stay as they are (non-ASCII
/// letters included); everything else, `%` among them, becomes `%XX` per UTF-8 byte.
enum IRIEncoding {
    /// Encodes `text` for an IRI path: RFC 3986 `pchar` and `/` stay, so a DOI keeps its
    /// slashes, parentheses, colons and semicolons; `?`, `#`, `%`, space, `<`, `>`, `"` and
    /// the like are encoded.
    static func path(_ text: String) -> String {
        encode(text) {
            isUnreserved($0) || isSubDelimiter($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/")
        }
    }

    /// Encodes `text` for use after `#`: only unreserved characters (`A-Z a-z 0-9 - . _ ~`)
    /// and non-ASCII IRI characters stay, so an id with any punctuation still gives a plain fragment.
    static func fragment(_ text: String) -> String {
        encode(text, keepingASCII: isUnreserved)
    }

    private static func encode(_ text: String, keepingASCII keeps: (UInt8) -> Bool) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && keeps($0) }) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if keeps(byte) { bytes.append(byte) } else { appendEscape(byte, to: &bytes) }
            } else if isIRICharacter(scalar) {
                bytes.append(contentsOf: String(scalar).utf8)
            } else {
                for byte in String(scalar).utf8 { appendEscape(byte, to: &bytes) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "%"))
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
    }

    /// RFC 3986 `unreserved`: `A-Z a-z 0-9 - . _ ~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// RFC 3986 `sub-delims`: `! $ & ' ( ) * + , ; =`.
    private static func isSubDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    /// RFC 3987 `ucschar` (planes 15 and 16 are private use, allowed only in queries), without the bidirectional formatting characters that section 4.1
    /// forbids in IRIs (U+200E, U+200F, U+202A–U+202E).
    private static func isIRICharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x200E, 0x200F, 0x202A...0x202E:
            return false
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF:
            return true
        case 0x10000...0xDFFFD, 0xE1000...0xEFFFD:
            // Every plane's last two code points are noncharacters; plane 14 starts with tag characters.
            return value & 0xFFFE != 0xFFFE
        default:
            return false
        }
    }
}
