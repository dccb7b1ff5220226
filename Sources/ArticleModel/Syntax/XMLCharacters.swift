// ldpub — MIT licence.

/// The characters XML 1.0 can carry (its `Char` production).
public enum XMLCharacters {
    /// The first character XML 1.0 cannot carry, if there is one: C0 controls other than tab,
    /// line feed and carriage return, and U+FFFE and U+FFFF.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        // Fast path over the UTF-8 bytes: a forbidden character is a byte below 0x20 (other
        // than tab, LF, CR) or the sequence EF BF BE/BF. Most text has neither.
        let clean = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes are neither below 0x20 nor 0xEF: one comparison each.
                if byte < 0x20 || byte == 0xEF {
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
                    if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                }
                index += 1
            }
            return true
        }
        if clean == true { return nil }
        return text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return false
            case 0...0x1F, 0xFFFE, 0xFFFF: return true
            default: return false
            }
        }
    }

    /// `U+0001`, for messages.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
