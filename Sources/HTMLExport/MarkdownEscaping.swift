// ldpub — MIT licence.

/// Plain text for a Markdown (GitHub) pull request comment: it shows as written and cannot
/// start markup, links, HTML or a table cell.
enum MarkdownEscaping {
    /// `&`, `<` and `>` become entities; ASCII punctuation that Markdown gives a meaning to gets
    /// a backslash; line breaks and control characters go as in ``PlainText/singleLine(_:)``.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in PlainText.singleLine(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!", "$":
                result.append("\\")
                result.append(character)
            default: result.append(character)
            }
        }
        return result
    }
}
