// ldpub — MIT licence.

/// The two id shapes of the input format.
///
/// Slugs and people ids become URL path segments and folder names, so they are the
/// strictest: `[a-z0-9]+(-[a-z0-9]+)*`. Claim, section and reference ids appear in IRI
/// fragments and graph node names: `[A-Za-z0-9]+([._:-][A-Za-z0-9]+)*`. Neither admits
/// `..`, `/`, `\`, `%` or non-ASCII look-alikes, so no id can name a path outside Output/.
public enum IdentifierSyntax: Sendable {
    /// Lowercase letters and digits in words joined by single hyphens.
    case slug
    /// ASCII letters and digits in words joined by single `.`, `_`, `:` or `-`.
    case identifier

    /// Whether `text` has this shape.
    public func matches(_ text: String) -> Bool {
        var previousWasSeparator = true
        var isEmpty = true
        for byte in text.utf8 {
            isEmpty = false
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasSeparator = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where self == .identifier:
                previousWasSeparator = false
            case UInt8(ascii: "-"):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"):
                if self == .slug || previousWasSeparator { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return !isEmpty && !previousWasSeparator
    }

    /// What the shape is, for messages.
    public var rule: String {
        switch self {
        case .slug: return "lowercase letters and digits, words joined by single hyphens"
        case .identifier: return "ASCII letters and digits, words joined by single '.', '_', ':' or '-'"
        }
    }
}
