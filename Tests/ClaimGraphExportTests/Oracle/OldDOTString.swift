// ldpub — MIT licence.

@testable import ClaimGraphExport

/// ``DOTString`` as it was before it wrote bytes: the oracle the differential tests compare with.
enum OldDOTString {
    /// `text` as a DOT double-quoted string, quotes included.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x22: result += "\\\""
            case 0x26: result += "&amp;"
            case 0x0A:
                if !afterCarriageReturn { result += "\\n" }
            case 0x0D, 0x85, 0x2028, 0x2029: result += "\\n"
            case 0x09: result.unicodeScalars.append(scalar)
            case 0x00...0x1F: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: result += "\u{2421}"
            case 0xFFFE, 0xFFFF: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
        return result
    }
}
