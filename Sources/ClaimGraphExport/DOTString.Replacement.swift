// ldpub — MIT licence.

extension DOTString {
    /// What an escaped character is written as.
    enum Replacement {
        case backslash, quote, ampersand, lineBreak, replacementCharacter
        /// U+2400 + the control character: `␀`, `␇`, …; `␡` for DEL.
        case controlPicture(UInt8)

        /// The replacement of the character starting at `index`, and how many bytes it replaces
        /// (CR LF is one line break); nil when the character is written as it is.
        static func at(_ index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (Replacement, Int)? {
            func byte(_ offset: Int) -> UInt8? { index + offset < utf8.count ? utf8[index + offset] : nil }
            switch utf8[index] {
            case UInt8(ascii: "\\"): return (.backslash, 1)
            case UInt8(ascii: "\""): return (.quote, 1)
            case UInt8(ascii: "&"): return (.ampersand, 1)
            case 0x0A: return (.lineBreak, 1)
            case 0x0D: return (.lineBreak, byte(1) == 0x0A ? 2 : 1)
            case 0x09: return nil
            case 0x00...0x1F: return (.controlPicture(utf8[index]), 1)
            case 0x7F: return (.controlPicture(0x21), 1)
            case 0xC2: return byte(1) == 0x85 ? (.lineBreak, 2) : nil
            case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? (.lineBreak, 3) : nil
            case 0xEF: return byte(1) == 0xBF && (byte(2) == 0xBE || byte(2) == 0xBF) ? (.replacementCharacter, 3) : nil
            default: return nil
            }
        }

        /// Appends the bytes written in place of the character.
        func append(to output: inout [UInt8]) {
            switch self {
            case .backslash: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\\"))
            case .quote: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\""))
            case .ampersand: output.append(contentsOf: "&amp;".utf8)
            case .lineBreak: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "n"))
            case .replacementCharacter: output.append(0xEF); output.append(0xBF); output.append(0xBD)
            case .controlPicture(let control): output.append(0xE2); output.append(0x90); output.append(0x80 + control)
            }
        }
    }
}
