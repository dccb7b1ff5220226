// ldpub — MIT licence.

/// Random text made of pieces that are hard for wrapping and escaping: spaces in runs, every
/// kind of line break, characters DOT must escape, long words, non-ASCII letters and emoji.
enum RandomText {
    /// Pieces whose characters are each one scalar (or CR LF): the bytes fast path.
    static let singleScalarPieces: [String] = [
        "a", "B", "z", "0", "ketamine", "NMDA-receptor", "patiënten", "Åsberg", "Ørsted", "naïef", "≥", "–", "—", "“", "”", "’",
        "💡", "🧠", "µg", "αβγ", "Москва", "ẞ", "€", "→",
        " ", " ", " ", "  ", "   ", "\t",
        "\\", "\"", "&", "&amp;", "<", ">", "{", "}", "\\N", "\\n",
        "\n", "\r", "\r\n", "\n\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{AD}", "\u{A0}", "\u{200B}", "\u{2060}",
        String(repeating: "x", count: 39), String(repeating: "y", count: 40), String(repeating: "z", count: 41),
        String(repeating: "é", count: 45), "Zorgverzekeringswetwijzigingsvoorstel",
    ]

    /// Pieces with characters of several scalars, or scalars the fast path does not know: the
    /// `Character` path.
    static let otherPieces: [String] = [
        "e\u{301}", "👩‍⚕️", "🇳🇱", "한국어", "\u{200D}", "\u{200C}", "\u{FE0F}", "ก้", "\u{300}", " \u{301}", "\n\u{301}",
        "\r\u{301}", "\u{FFFE}", "\u{FFFF}", "👍🏽", "\u{E0041}", "ᄀ", "ᅡ", "각",
    ]

    /// A text of up to `maxPieces` pieces; with `onlySingleScalar`, only of single-scalar pieces.
    static func make(using random: inout SeededRandom, maxPieces: Int = 30, onlySingleScalar: Bool = false) -> String {
        let count = Int.random(in: 0...maxPieces, using: &random)
        var text = ""
        for _ in 0..<count {
            let useOther = !onlySingleScalar && random.chance(0.1)
            text += random.pick(useOther ? otherPieces : singleScalarPieces)
        }
        return text
    }
}
