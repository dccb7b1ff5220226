// ldpub — MIT licence.

import Foundation
import LinkedDataJSON
import YAMLNodes

/// Prints diagnostics like a compiler: `file:line:column: severity: message`, optionally with
/// the source line and a caret under the spot, and `note:` lines for related locations.
public struct DiagnosticRenderer: Sendable {
    /// Returns a file's bytes for the source excerpt, or nil to print no excerpt.
    public typealias SourceProvider = @Sendable (String) -> [UInt8]?

    private let sourceProvider: SourceProvider?
    /// Lines longer than this are shown as a window around the column.
    private static let excerptWidth = 120

    /// Creates a renderer; without a source provider it prints one line per diagnostic.
    public init(sourceProvider: SourceProvider? = nil) {
        self.sourceProvider = sourceProvider
    }

    /// The text of every diagnostic, each followed by its excerpt and notes, one per line.
    ///
    /// Runs of diagnostics are rendered on all cores, each run over whole files, and a file's
    /// source is let go once its diagnostics are done: memory holds a few files, not the input.
    public func text(_ diagnostics: [Diagnostic]) -> String {
        guard sourceProvider != nil else { return text(of: diagnostics[...]) }
        let runs = Self.runsOfWholeFiles(diagnostics, parts: 64)
        guard runs.count > 1 else { return text(of: diagnostics[...]) }
        return runs.concurrentMap { text(of: diagnostics[$0]) }.joined()
    }

    /// Whether `bytes` can be shown as lines of text: not UTF-16 (by its byte-order mark), and
    /// not binary: a NUL byte in the first 8,000 bytes (Git's test) where they are not UTF-8
    /// either (a YAML file with a stray NUL still gets its excerpt).
    static func isText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else { return false }
        let start = bytes.prefix(8_000)
        let hasNUL = start.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
        guard hasNUL else { return true }
        // The cut may split a character: up to three bytes of it are let go.
        return (0...3).contains { String(validating: start.dropLast($0), as: UTF8.self) != nil }
    }

    /// Consecutive ranges of `diagnostics`, about `parts` of them, that never split a run of one file.
    static func runsOfWholeFiles(_ diagnostics: [Diagnostic], parts: Int) -> [Range<Int>] {
        let target = Swift.max(1, diagnostics.count / parts)
        var runs: [Range<Int>] = []
        var start = 0
        for index in diagnostics.indices.dropFirst() where index - start >= target && diagnostics[index].file != diagnostics[index - 1].file {
            runs.append(start..<index)
            start = index
        }
        if start < diagnostics.count { runs.append(start..<diagnostics.count) }
        return runs
    }

    /// The text of consecutive diagnostics; the sources read are kept until the diagnostics move to another file.
    private func text(of diagnostics: ArraySlice<Diagnostic>) -> String {
        var output = ""
        // Each file is split into lines once, and each line shown is decoded once: many
        // diagnostics in one file (or on one long line) cost no more than the lines shown.
        var files: [String: SourceLines?] = [:]
        var shownLines: [String: [Int: String]] = [:]
        func append(_ line: String) {
            output += line
            output += "\n"
        }
        func excerpt(_ span: SourceSpan) {
            guard let sourceProvider else { return }
            if files[span.file] == nil {
                // No excerpt of a UTF-16 file or of a binary one (an image): it would print as noise.
                let bytes = sourceProvider(span.file).flatMap { Self.isText($0) ? $0 : nil }
                files[span.file] = .some(bytes.map(SourceLines.init))
            }
            guard let source = files[span.file] ?? nil else { return }
            let number = span.start.line
            if shownLines[span.file]?[number] == nil {
                guard let text = source.line(number) else { return }
                shownLines[span.file, default: [:]][number] = text
            }
            for line in Self.excerpt(of: span, line: shownLines[span.file]![number]!) { append(line) }
        }
        var previousFile: String?
        for diagnostic in diagnostics {
            if let previousFile, previousFile != diagnostic.file {
                files.removeAll()
                shownLines.removeAll()
            }
            previousFile = diagnostic.file
            append(Self.headline(diagnostic.span, diagnostic.severity, diagnostic.message))
            excerpt(diagnostic.span)
            for note in diagnostic.notes {
                append(Self.headline(note.span, .note, note.message))
                excerpt(note.span)
            }
        }
        return output
    }

    /// `file:line:column: severity: message`
    public static func headline(_ span: SourceSpan, _ severity: Diagnostic.Severity, _ message: String) -> String {
        "\(span.file):\(span.start.line):\(span.start.column): \(severity.rawValue): \(message)"
    }

    /// A JSON array of the diagnostics, for editors and CI: file, line, column, endLine,
    /// endColumn, severity, message and notes (each with file, line, column, message).
    public func json(_ diagnostics: [Diagnostic]) -> String {
        func location(_ span: SourceSpan) -> [(String, JSONValue)] {
            [("file", .string(span.file)), ("line", .int(span.start.line)), ("column", .int(span.start.column)),
             ("endLine", .int(span.end.line)), ("endColumn", .int(span.end.column))]
        }
        let array = diagnostics.map { diagnostic -> JSONValue in
            let notes = diagnostic.notes.map { note in
                JSONValue.object(JSONObject(location(note.span) + [("message", .string(note.message))]))
            }
            return .object(JSONObject(location(diagnostic.span) + [
                ("severity", .string(diagnostic.severity.rawValue)), ("message", .string(diagnostic.message)), ("notes", .array(notes)),
            ]))
        }
        return JSONWriter().string(.array(array)) + "\n"
    }

    /// The source line of `span` and a caret line under it (`^~~~` to the span's end on that line).
    static func excerpt(of span: SourceSpan, in bytes: [UInt8]) -> [String] {
        guard let line = SourceLines(bytes).line(span.start.line) else { return [] }
        return excerpt(of: span, line: line)
    }

    /// The excerpt of `span`, given its line. Only the scalars shown are kept in memory, so
    /// a line of hundreds of megabytes costs no more than its own text.
    static func excerpt(of span: SourceSpan, line: String) -> [String] {
        shortPrintableExcerpt(of: span, line: line) ?? excerptOfAnyLine(of: span, line: line)
    }

    /// ``excerpt(of:line:)`` scalar by scalar, for any line.
    static func excerptOfAnyLine(of span: SourceSpan, line: String) -> [String] {
        let count = line.unicodeScalars.count
        let column = min(max(span.start.column - 1, 0), count)
        var window = 0..<count
        if count > excerptWidth {
            let start = max(0, min(column - excerptWidth / 2, count - excerptWidth))
            window = start..<(start + excerptWidth)
        }
        let shownScalars = Array(line.unicodeScalars.dropFirst(window.lowerBound).prefix(window.count))
        let shown = String(String.UnicodeScalarView(shownScalars)).replacingControlCharacters()
        var underline = span.end.line == span.start.line ? max(1, span.end.column - span.start.column) : 1
        underline = max(1, min(underline, window.upperBound - column))
        let padding = shownScalars[0..<max(0, min(column, window.upperBound) - window.lowerBound)]
            .map { $0 == "\t" ? "\t" : " " }.joined()
        let gutter = String(span.start.line)
        let blank = String(repeating: " ", count: gutter.count)
        let prefix = window.lowerBound > 0 ? "…" : ""
        return [
            " \(gutter) | \(prefix)\(shown)",
            " \(blank) | \(prefix.isEmpty ? "" : " ")\(padding)^\(String(repeating: "~", count: underline - 1))",
        ]
    }
}

extension DiagnosticRenderer {
    /// ``excerpt(of:line:)`` of a line of printable ASCII and tabs that fits the excerpt width,
    /// made on its bytes (each character one byte, nothing replaced, no window); nil for other lines.
    static func shortPrintableExcerpt(of span: SourceSpan, line: String) -> [String]? {
        let bytes = line.utf8
        guard bytes.count <= excerptWidth, bytes.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 }) else { return nil }
        let column = min(max(span.start.column - 1, 0), bytes.count)
        var underline = span.end.line == span.start.line ? max(1, span.end.column - span.start.column) : 1
        underline = max(1, min(underline, bytes.count - column))
        let padding = String(decoding: bytes.prefix(column).map { $0 == 0x09 ? 0x09 : 0x20 }, as: UTF8.self)
        let gutter = String(span.start.line)
        let blank = String(repeating: " ", count: gutter.count)
        return [
            " \(gutter) | \(line)",
            " \(blank) | \(padding)^\(String(repeating: "~", count: underline - 1))",
        ]
    }
}

extension String {
    /// Control characters other than tab shown as `�`, so an excerpt never moves the terminal.
    fileprivate func replacingControlCharacters() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
        }))
    }
}
