// ldpub — MIT licence.

/// Turns names and titles into ids: lowercase ASCII words joined by hyphens, accents folded
/// (`Chloë 't Hart` → `chloe-t-hart`).
enum Slug {
    /// The slug of `text`, at most `maxWords` words.
    static func make(_ text: String, maxWords: Int = .max) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if let folded = fold(scalar) {
                current += folded
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.prefix(maxWords).joined(separator: "-")
    }

    /// The letters of `text` only, folded, without separators (`van den Berg` → `vandenberg`).
    static func compact(_ text: String) -> String {
        make(text).replacingAll("-", with: "")
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
        case "à", "á", "â", "ä", "ã", "å": return "a"
        case "ç": return "c"
        case "è", "é", "ê", "ë", "ễ": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ñ": return "n"
        case "ò", "ó", "ô", "ö", "õ", "ø", "ơ", "ồ": return "o"
        case "ù", "ú", "û", "ü", "ư": return "u"
        case "ß": return "ss"
        case "ı": return "i"
        default: return nil
        }
    }
}
