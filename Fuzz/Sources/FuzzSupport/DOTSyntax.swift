// ldpub — MIT licence.

/// A lexical check of the DOT graphs ldpub writes: `digraph name {` … `}`, every
/// double-quoted string closed, braces and brackets balanced outside strings, and no bare
/// control character.
public enum DOTSyntax {
    /// The first problem, or nil when the text looks like sound DOT.
    public static func firstProblem(in bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix("digraph ") || text.hasPrefix("strict digraph ") || text.hasPrefix("//") || text.hasPrefix("/*") else {
            return "does not start with 'digraph'"
        }
        var depth = 0
        var inString = false
        var escaped = false
        var brackets = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { return "control character U+\(String(scalar.value, radix: 16))" }
            if inString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                } else if scalar == "\n" || scalar == "\r" {
                    return "a line break inside a quoted string"
                }
                continue
            }
            switch scalar {
            case "\"": inString = true
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth < 0 { return "unbalanced '}'" }
            case "[": brackets += 1
            case "]":
                brackets -= 1
                if brackets < 0 { return "unbalanced ']'" }
            case "<": return "an HTML-like label outside a string"
            default: break
            }
        }
        if inString { return "an unclosed quoted string" }
        if depth != 0 || brackets != 0 { return "unbalanced braces or brackets" }
        return nil
    }
}
