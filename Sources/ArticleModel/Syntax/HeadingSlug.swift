// ldpub — MIT licence.

import Foundation

/// The default anchor of a section: a slug of its heading, as Hugo and Pandoc make one.
enum HeadingSlug {
    /// `Glutamaat: de belangrijkste neurotransmitter` → `glutamaat-de-belangrijkste-neurotransmitter`.
    ///
    /// Diacritics are folded (`é` → `e`), anything that is not an ASCII letter or digit
    /// separates words, and an empty result becomes `section`.
    static func make(_ heading: String) -> String {
        // Folding changes nothing in ASCII text but its case, which `slug(of:)` lowers anyway;
        // Foundation's folding is slow, so text whose other characters the table knows skips it.
        if heading.utf8.allSatisfy({ $0 < 0x80 }) { return slug(of: heading.utf8) }
        if let folded = foldedByTable(heading) { return slug(of: folded) }
        return slug(of: foldedByFoundation(heading).utf8)
    }

    /// The heading folded as Foundation folds it, for any text.
    static func foldedByFoundation(_ heading: String) -> String {
        heading.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Letters, digits and hyphens of `folded`: ASCII letters lowered, any other byte separates words.
    private static func slug(of folded: some Collection<UInt8>) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.count)
        var pendingHyphen = false
        for byte in folded {
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

    /// The heading as ASCII bytes, when each of its other characters is in ``table``: an accented
    /// Latin letter becomes its letter, punctuation a space; nil when a character is not there.
    static func foldedByTable(_ heading: String) -> [UInt8]? {
        var folded: [UInt8] = []
        folded.reserveCapacity(heading.utf8.count)
        for scalar in heading.unicodeScalars {
            if scalar.isASCII {
                folded.append(UInt8(scalar.value))
            } else if let byte = table[scalar] {
                folded.append(byte)
            } else {
                return nil
            }
        }
        return folded
    }

    /// What Foundation's folding leaves of some characters, as far as a slug is concerned (a test
    /// compares each with Foundation): Latin-1 letters with a diacritic fold to their ASCII letter;
    /// quotes, dashes and a few symbols stay non-ASCII, so they separate words (here a space).
    static let table: [Unicode.Scalar: UInt8] = {
        var table: [Unicode.Scalar: UInt8] = [:]
        let letters = ["a": "ÀÁÂÃÄÅàáâãäå", "c": "Çç", "e": "ÈÉÊËèéêë", "i": "ÌÍÎÏìíîï", "n": "Ññ", "o": "ÒÓÔÕÖòóôõö",
                       "u": "ÙÚÛÜùúûü", "y": "Ýýÿ"]
        for (letter, accented) in letters {
            for scalar in accented.unicodeScalars { table[scalar] = UInt8(ascii: letter.unicodeScalars.first!) }
        }
        for scalar in "‘’‚“”„–—«»·•💡".unicodeScalars { table[scalar] = UInt8(ascii: " ") }
        return table
    }()
}
