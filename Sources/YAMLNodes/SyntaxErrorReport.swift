// ldpub — MIT licence.

/// libyaml's account of a syntax error, made into a ``YAMLError`` a newcomer can act on.
///
/// libyaml's own words stay in the message (`problem`, then `context`). To them it adds where
/// the construct being read began (libyaml's `context_mark`), and hints for common mistakes:
///
/// - a quoted scalar, `[` or `{` that is never closed is reported where it opens, as the end of
///   the file, where libyaml notices, says nothing about where the mistake is;
/// - otherwise a note points at where the construct began ("the flow sequence starts here")
///   when that is on another line;
/// - a tab where indentation is expected, and an unquoted value that contains `: `
///   ("mapping values are not allowed in this context"), get a hint how to write them.
struct SyntaxErrorReport {
    /// libyaml's `problem`, e.g. "found unexpected end of stream".
    let problem: String
    /// Where libyaml found the problem.
    let problemMark: Mark
    /// libyaml's `context`, e.g. "while scanning a quoted scalar", if it gave one.
    let context: String?
    /// Where the construct named by `context` began.
    let contextMark: Mark

    /// The located error, with the file's bytes to read the lines around the problem.
    func error(file: String, bytes: UnsafeBufferPointer<UInt8>) -> YAMLError {
        var message = "invalid YAML: \(problem)"
        if let context { message += " \(context)" }
        let line = Array((SourceText.line(problemMark.line, in: bytes) ?? "").unicodeScalars)
        let offset = problemMark.column - 1
        if offset < line.count, line[offset] == "\t" {
            message += " (YAML does not allow a tab here; indent with spaces)"
        } else if problem == "mapping values are not allowed in this context", let hint = Self.quotingHint(line: line, offset: offset) {
            message += " (\(hint))"
        }
        let here = SourceSpan(file: file, at: problemMark)
        guard let context, let construct = Self.construct(named: context) else {
            return YAMLError(.syntax, message, at: here)
        }
        let opening = SourceSpan(file: file, at: contextMark)
        if let closer = construct.closer, problemMark == SourceText.mark(atByteOffset: bytes.count, in: bytes) {
            return YAMLError(.syntax, message + " (the file ends before the closing \(closer))", at: opening)
        }
        guard contextMark.line != problemMark.line else {
            return YAMLError(.syntax, message, at: here)
        }
        return YAMLError(.syntax, message, at: here, notes: [.init(message: "the \(construct.noun) starts here", span: opening)])
    }

    /// What libyaml was reading: a noun for notes, and what closes it when it needs closing.
    private struct Construct {
        let noun: String
        let closer: String?
    }

    /// The construct of a libyaml context such as "while parsing a flow sequence".
    private static func construct(named context: String) -> Construct? {
        var noun = Substring(context)
        for prefix in ["while scanning ", "while parsing "] where noun.hasPrefix(prefix) {
            noun = noun.dropFirst(prefix.count)
        }
        // "while scanning for the next token" names no construct.
        guard let article = ["a ", "an "].first(where: { noun.hasPrefix($0) }) else { return nil }
        noun = noun.dropFirst(article.count)
        switch noun {
        case "quoted scalar": return Construct(noun: "quoted scalar", closer: "quote")
        case "flow sequence": return Construct(noun: "flow sequence", closer: "']'")
        case "flow mapping": return Construct(noun: "flow mapping", closer: "'}'")
        case "simple key": return Construct(noun: "key", closer: nil)
        case "block collection": return Construct(noun: "block sequence", closer: nil)
        case "block node", "flow node": return Construct(noun: "node", closer: nil)
        default: return Construct(noun: String(noun), closer: nil)
        }
    }

    /// For a line `key: value` whose plain value holds the `:` at `offset`: how to quote it.
    static func quotingHint(line: [Unicode.Scalar], offset: Int) -> String? {
        guard offset < line.count, line[offset] == ":" else { return nil }
        // The first `: ` of the line ends the key; the value starts after it.
        guard let indicator = (0..<offset).first(where: { line[$0] == ":" && (line[$0 + 1] == " " || line[$0 + 1] == "\t") }) else { return nil }
        let key = String(String.UnicodeScalarView(line[..<indicator])).trimmingLeadingItemMarks()
        guard !key.isEmpty, !key.contains("#") else { return nil }
        var start = indicator + 1
        while start < offset, line[start] == " " || line[start] == "\t" { start += 1 }
        guard start < offset, !"\"'[{|>&*!#%@`".unicodeScalars.contains(line[start]) else { return nil }
        // The value ends where a comment (` #`) begins; trailing blanks are not part of it.
        var end = line.count
        if let comment = (start + 1..<line.count).first(where: { line[$0] == "#" && line[$0 - 1] == " " }) { end = comment }
        while end > start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        let value = line[start..<end]
        let quoted: String
        if !value.contains("\"") && !value.contains("\\") {
            quoted = "\"" + String(String.UnicodeScalarView(value)) + "\""
        } else {
            quoted = "'" + value.map { $0 == "'" ? "''" : String($0) }.joined() + "'"
        }
        let endsInColon = offset + 1 == line.count
        return "put a value that \(endsInColon ? "ends in ':'" : "contains ': '") in quotes: \(key): \(quoted)"
    }
}

private extension String {
    /// The key of a line such as `  - - key`: without indentation and sequence item marks.
    func trimmingLeadingItemMarks() -> String {
        var rest = Substring(self)
        while let first = rest.first, first == " " || first == "\t" || (first == "-" && (rest.dropFirst().first == " " || rest.count == 1)) {
            rest = rest.dropFirst()
        }
        return String(rest)
    }
}
