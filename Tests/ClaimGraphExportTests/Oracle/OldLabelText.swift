// ldpub — MIT licence.

@testable import ClaimGraphExport

/// ``LabelText`` as it was before it wrote bytes: the oracle the differential tests compare with.
enum OldLabelText {
    /// The longest line a label gets, in characters (grapheme clusters).
    static let lineWidth = 40

    /// `text` with line breaks (`\n`) added so no line is longer than `width` characters.
    ///
    /// Lines break at spaces, each break taking the place of one space; a word longer than
    /// `width` is cut into pieces of `width` characters. Line breaks already in the text are
    /// kept (CR LF and the other Unicode line separators become `\n`).
    static func wrapped(_ text: String, width: Int = lineWidth) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { wrappedParagraph($0, width: width) }
            .joined(separator: "\n")
    }

    /// `text` itself when it has at most `limit` characters; otherwise its start, cut at a
    /// space where there is one, followed by `…`.
    static func shortened(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        guard let space = head.lastIndex(of: " ") else { return String(head) + "…" }
        var cut = head[..<space]
        while let last = cut.last, last.isWhitespace { cut = cut.dropLast() }
        return String(cut.isEmpty ? head : cut) + "…"
    }

    private static func wrappedParagraph(_ paragraph: Substring, width: Int) -> String {
        var lines: [Substring] = []
        var line: Substring?
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
            if let current = line, current.count + 1 + word.count <= width {
                line = current + " " + word
                continue
            }
            if let current = line { lines.append(current) }
            var rest = word
            while let end = rest.index(rest.startIndex, offsetBy: width, limitedBy: rest.endIndex), end < rest.endIndex {
                lines.append(rest[..<end])
                rest = rest[end...]
            }
            line = rest
        }
        lines.append(line ?? "")
        return lines.joined(separator: "\n")
    }
}
