// ldpub — MIT licence.

import Foundation

/// The default anchor of a section: a slug of its heading, as Hugo and Pandoc make one.
enum HeadingSlug {
    /// `Glutamaat: de belangrijkste neurotransmitter` → `glutamaat-de-belangrijkste-neurotransmitter`.
    ///
    /// Diacritics are folded (`é` → `e`), anything that is not an ASCII letter or digit
    /// separates words, and an empty result becomes `section`.
    static func make(_ heading: String) -> String {
        // Folding changes nothing in ASCII text but its case, which the loop below lowers anyway;
        // Foundation's folding is slow, so only text with other characters goes through it.
        let folded = heading.utf8.allSatisfy { $0 < 0x80 } ? heading
            : heading.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for byte in folded.utf8 {
            let lowered = byte | 0x20
            let isLetter = lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if isLetter || isDigit {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                slug.append(isLetter ? lowered : byte)
            } else {
                // Every byte of a non-ASCII character is ≥ 0x80: neither a letter nor a digit here.
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }
}
