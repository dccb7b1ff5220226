// ldpub — MIT licence.

/// Recognizes text in which every character (grapheme cluster) is one Unicode scalar, apart from
/// CR LF, so characters can be counted on the UTF-8 bytes.
///
/// That holds when every scalar is from blocks without combining marks, joiners, prepended
/// marks, Hangul jamo or regional indicators: Latin, Greek, Cyrillic letters, general
/// punctuation, symbols, arrows, maths and most emoji — the text of nearly every label. Text
/// with any other scalar takes the slow path of counting `Character`s. `SingleScalarTextTests`
/// checks every scalar of these blocks against Swift's own grapheme breaking.
enum SingleScalarText {
    /// The number of characters of the UTF-8 text `utf8`, and whether it has line breaks,
    /// when every character is one scalar (CR LF counts two); nil when one is not.
    static func measure(_ utf8: UnsafeBufferPointer<UInt8>) -> (characters: Int, hasLineBreaks: Bool)? {
        var characters = 0
        var hasLineBreaks = false
        var index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count {
                let lanes = ByteLanes.load(utf8, at: index)
                if !ByteLanes.hasNonASCII(lanes) && !ByteLanes.hasByte(below: 0x20, in: lanes) {
                    characters += 8
                    index += 8
                    continue
                }
            }
            let lead = utf8[index]
            characters += 1
            if lead < 0x80 {
                if (0x0A...0x0D).contains(lead) { hasLineBreaks = true }
                index += 1
                continue
            }
            // Valid UTF-8 (a Swift string's bytes): the lead byte gives the length.
            let scalar: UInt32
            if lead < 0xE0 {
                scalar = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                scalar = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                scalar = UInt32(lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            guard standsAlone(scalar) else { return nil }
            if scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 { hasLineBreaks = true }
        }
        return (characters, hasLineBreaks)
    }

    /// True when `scalar` never joins the scalar before or after it in one character.
    static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x0000...0x02FF,      // Basic Latin to Spacing Modifier Letters
             0x0370...0x0482,      // Greek and Coptic, Cyrillic letters
             0x1E00...0x1EFF,      // Latin Extended Additional
             0x2000...0x200B,      // spaces (not ZWNJ U+200C, ZWJ U+200D)
             0x200E...0x20CF,      // general punctuation, super- and subscripts, currency
             0x2100...0x2BFF,      // letterlike symbols to miscellaneous symbols and arrows
             0x1F300...0x1F3FA,    // emoji before the skin tone modifiers U+1F3FB–U+1F3FF
             0x1F400...0x1FAFF:    // emoji
            true
        default:
            false
        }
    }
}
