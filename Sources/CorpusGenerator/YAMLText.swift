// ldpub — MIT licence.

/// Writes YAML scalars the way people write them by hand: plain when that is safe,
/// double-quoted otherwise, and block literals for long Markdown.
enum YAMLText {
    /// `text` as a plain scalar when it reads back as the same text, otherwise double-quoted.
    ///
    /// Plain is used only for words of letters, digits, spaces, `-`, `.` and `'` that start with
    /// a letter and are not `true`, `false` or `null`, so the result is safe in flow
    /// collections too.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// `text` double-quoted, with `\`, `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
        return result
    }

    /// `text` single-quoted (`'` doubled), as some authors prefer.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingAll("'", with: "''") + "'"
    }

    /// Whether `text` may be written plain.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.last != " " else { return false }
        switch text.lowercased() {
        case "true", "false", "null", "yes", "no", "on", "off", "y", "n": return false
        default: break
        }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || (scalar.value < 0x80 && (scalar.properties.numericType != nil || " -.'".unicodeScalars.contains(scalar)))
        } && !text.contains("  ")
    }

    /// A block literal (`|`) holding `lines`, each indented by `indent` spaces.
    static func literal(_ lines: [String], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var result = "|\n"
        for line in lines {
            result += line.isEmpty ? "\n" : pad + line + "\n"
        }
        return result
    }
}
