// ldpub — MIT licence.

/// Label text for graph nodes and edges: wrapped into short lines, and shortened.
enum LabelText {
    /// The longest line a label gets, in characters (grapheme clusters).
    static let lineWidth = 40

    /// `text` with line breaks (`\n`) added so no line is longer than `width` characters.
    ///
    /// Lines break at spaces, each break taking the place of one space; a word longer than
    /// `width` is cut into pieces of `width` characters. Line breaks already in the text are
    /// kept (CR LF and the other Unicode line separators become `\n`).
    static func wrapped(_ text: String, width: Int = lineWidth) -> String {
        var utf8Text = text
        return utf8Text.withUTF8 { utf8 in
            guard let measure = SingleScalarText.measure(utf8) else { return wrappedByCharacters(text, width: width) }
            guard measure.hasLineBreaks || measure.characters > width else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(utf8.count)
            var isFirstLine = true
            forEachLine(of: utf8, width: width) { line in
                if !isFirstLine { result.append(UInt8(ascii: "\n")) }
                isFirstLine = false
                result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[line]))
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Calls `body` with the byte range of each line of `wrapped(utf8, width:)`, in order (the
    /// lines are joined by `\n`); every character of `utf8` must be one scalar, or CR LF (see
    /// ``SingleScalarText``), so characters are counted as scalars. A text without line breaks
    /// and of at most `width` characters is one line, itself.
    ///
    /// Each line is a run of the text itself: breaks at spaces and line separators drop the
    /// separator, cuts in long words drop nothing.
    static func forEachLine(of utf8: UnsafeBufferPointer<UInt8>, width: Int, _ body: (Range<Int>) -> Void) {
        precondition(width > 0, "a label line holds at least one character")
        var paragraphStart = 0
        while true {
            let (paragraphEnd, separatorLength) = nextLineSeparator(in: utf8, from: paragraphStart)
            forEachLine(ofParagraph: paragraphStart..<paragraphEnd, in: utf8, width: width, body)
            guard separatorLength > 0 else { return }
            paragraphStart = paragraphEnd + separatorLength
        }
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

    /// ``wrapped(_:width:)`` for any text, counting `Character`s.
    static func wrappedByCharacters(_ text: String, width: Int) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { wrappedParagraph($0, width: width) }
            .joined(separator: "\n")
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

    /// The lines of one paragraph (text without line separators), as ``wrappedParagraph(_:width:)``
    /// makes them: a word joins the line when it fits after one space, else starts a new line,
    /// cut into pieces of `width` characters while it is longer.
    private static func forEachLine(ofParagraph paragraph: Range<Int>, in utf8: UnsafeBufferPointer<UInt8>, width: Int,
                                    _ body: (Range<Int>) -> Void) {
        var lineStart = paragraph.lowerBound
        var lineEnd = paragraph.lowerBound
        var lineLength = 0
        var isFirstWord = true
        var wordStart = paragraph.lowerBound
        while true {
            var wordEnd = wordStart
            var wordLength = 0
            while wordEnd < paragraph.upperBound, utf8[wordEnd] != UInt8(ascii: " ") {
                if utf8[wordEnd] & 0xC0 != 0x80 { wordLength += 1 }
                wordEnd += 1
            }
            if !isFirstWord && lineLength + 1 + wordLength <= width {
                lineEnd = wordEnd
                lineLength += 1 + wordLength
            } else {
                if !isFirstWord { body(lineStart..<lineEnd) }
                isFirstWord = false
                var pieceStart = wordStart
                var restLength = wordLength
                while restLength > width {
                    let pieceEnd = index(after: pieceStart, characters: width, in: utf8)
                    body(pieceStart..<pieceEnd)
                    pieceStart = pieceEnd
                    restLength -= width
                }
                lineStart = pieceStart
                lineEnd = wordEnd
                lineLength = restLength
            }
            guard wordEnd < paragraph.upperBound else { break }
            wordStart = wordEnd + 1
        }
        body(lineStart..<lineEnd)
    }

    /// Where the next line separator at or after `start` begins and how many bytes it has (CR LF
    /// is one separator); `(utf8.count, 0)` when there is none.
    private static func nextLineSeparator(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
        var index = start
        while index < utf8.count {
            switch utf8[index] {
            case 0x0A, 0x0B, 0x0C:
                return (index, 1)
            case 0x0D:
                return (index, index + 1 < utf8.count && utf8[index + 1] == 0x0A ? 2 : 1)
            case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85:
                return (index, 2)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                return (index, 3)
            default:
                index += 1
            }
        }
        return (utf8.count, 0)
    }

    /// The byte index `characters` scalars after `start`.
    private static func index(after start: Int, characters: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        var remaining = characters
        while remaining > 0 {
            index += 1
            while index < utf8.count && utf8[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return index
    }
}
