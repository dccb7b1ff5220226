// ldpub — MIT licence.

import Foundation

/// The default anchor of a section: a slug of its heading, as Hugo and Pandoc make one.
enum HeadingSlug {
    /// `Glutamaat: de belangrijkste neurotransmitter` → `glutamaat-de-belangrijkste-neurotransmitter`.
    ///
    /// Diacritics are folded (`é` → `e`), anything that is not an ASCII letter or digit
    /// separates words, and an empty result becomes `section`.
    static func make(_ heading: String) -> String {
        let folded = heading.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
