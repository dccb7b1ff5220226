// ldpub — MIT licence.

import YAMLNodes

/// The indentation trap of `body: |`: a line such as `claims:` indented as deep as the text
/// above it is part of the text, so the section silently gets no claims. Finds the first such
/// line of a section's block scalar body and warns at it.
///
/// Only block scalars (`|`, `>`) can hide a key: in a plain scalar libyaml rejects `key: value`,
/// and a quoted scalar is text by the author's choice.
struct KeysInBodyText {
    /// The file's lines, found only when a body's text holds a key-like word (``SourceLines``
    /// scans as far as it is asked).
    private let lines: SourceLines
    private let sink: DiagnosticSink

    init(source: [UInt8], sink: DiagnosticSink) {
        lines = SourceLines(source)
        self.sink = sink
    }

    /// The keys of a section, a claim and a source: the ones a section's text may hide.
    private static let keys = ["claims", "heading", "id", "body", "text", "sources", "source", "locator", "relation"]

    /// Checks the `body` value of a section whose mapping is indented by `sectionIndent` spaces.
    func check(_ body: Node, sectionIndent: Int) {
        guard let scalar = body.scalar, scalar.style == .literal || scalar.style == .folded,
              Self.mayHoldKey(scalar.text)
        else { return }
        guard let header = lines.line(body.span.start.line) else { return }
        // An explicit indentation indicator (`|2`) fixes the text's indentation; else its first line does.
        let indicator = header.unicodeScalars.dropFirst(body.span.start.column).prefix { !$0.properties.isWhitespace && $0 != "#" }
        var textIndent = indicator.first(where: { ("1"..."9").contains($0) }).map { sectionIndent + Int($0.value - 48) }
        var number = body.span.start.line + 1
        while number <= body.span.end.line, let line = lines.line(number) {
            defer { number += 1 }
            let indent = line.unicodeScalars.prefix { $0 == " " }.count
            guard indent < line.unicodeScalars.count else { continue }     // a blank line
            if textIndent == nil { textIndent = indent }
            guard let textIndent, indent > sectionIndent, indent >= textIndent else { return }
            guard indent == textIndent, let key = Self.keyLike(String(line.unicodeScalars.dropFirst(indent))) else { continue }
            let column = indent + 1
            sink.warning("line looks like the key '\(key.shown)' but is inside the text of 'body' (it is indented as part of the text); \(Self.advice(key))",
                         at: SourceSpan(file: body.file, start: Mark(line: number, column: column), end: Mark(line: number, column: column + key.shown.unicodeScalars.count)))
            return
        }
    }

    /// The keys followed by `:`, as bytes, for the quick test of ``mayHoldKey(_:)``.
    private static let keyBytes: [[UInt8]] = keys.map { Array($0.utf8) }

    /// Whether `text` holds one of the keys followed by `:` anywhere: a quick test on the bytes
    /// before the lines are looked at. It may say yes for text without a key-like line (the
    /// line test decides), never no for text with one.
    static func mayHoldKey(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = bytes.firstIndex(of: UInt8(ascii: ":"))
            while let colon = index {
                for key in keyBytes where colon >= key.count {
                    if bytes[(colon - key.count)..<colon].elementsEqual(key) { return true }
                }
                index = bytes[(colon + 1)...].firstIndex(of: UInt8(ascii: ":"))
            }
            return false
        }
    }

    /// A key as a line of the text writes it: `claims:`, `- id:`.
    private struct KeyLike {
        let name: String
        let isItem: Bool
        var shown: String { (isItem ? "- " : "") + name + ":" }
    }

    /// The key a line starts with, when the line is `key:` or `- key:`, then a blank or its end.
    private static func keyLike(_ line: String) -> KeyLike? {
        var rest = Substring(line)
        let isItem = rest.hasPrefix("- ")
        if isItem { rest = rest.dropFirst(2) }
        for name in keys where rest.hasPrefix(name + ":") {
            let after = rest.dropFirst(name.count + 1)
            if after.isEmpty || after.first == " " || after.first == "\t" { return KeyLike(name: name, isItem: isItem) }
        }
        return nil
    }

    private static func advice(_ key: KeyLike) -> String {
        if key.name == "claims" {
            return "to start the section's claims, indent 'claims:' like 'body:'"
        }
        // `id:` alone is the section's anchor; `- id:` starts a claim.
        let isSectionKey = key.name == "heading" || key.name == "body" || (key.name == "id" && !key.isItem)
        if isSectionKey {
            return key.isItem
                ? "to start a new section, indent '\(key.shown)' like the '-' that starts this section"
                : "to make it a key of the section, indent '\(key.shown)' like 'body:'"
        }
        return "claims belong under 'claims:', indented like 'body:'"
    }
}
