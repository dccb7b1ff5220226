// ldpub — MIT licence.

/// Writes DOT into UTF-8 bytes, one statement per line, indented by nesting (two spaces a
/// level), with every ID and attribute value quoted by ``DOTString``.
///
/// A whole graph starts with ``beginGraph(named:)`` and ends with ``endGraph()``; a writer can
/// also write statements at a given depth alone, for pieces copied into a graph later.
struct DOTWriter {
    /// What was written.
    private(set) var bytes: [UInt8] = []
    /// How many bytes ``drain()`` handed out before the ones in ``bytes``.
    private(set) var drained = 0

    /// Where the next byte goes in the whole text written, drained bytes included.
    var offset: Int { drained + bytes.count }

    /// The bytes written since the last drain, handed out and forgotten; the writer goes on in
    /// a new buffer of the same room.
    mutating func drain() -> [UInt8] {
        let out = bytes
        drained += bytes.count
        bytes.removeAll(keepingCapacity: true)
        return out
    }
    /// The nesting level of the next statement.
    private(set) var depth: Int

    /// What was written, in an array of exactly its size: for pieces kept for long, whose
    /// writer reserved room for more.
    var compactBytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = bytes.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress else { return 0 }
                buffer.baseAddress!.initialize(from: base, count: source.count)
                return source.count
            }
        }
    }

    /// A writer whose statements start at `depth`, with room for `capacity` bytes.
    init(depth: Int = 0, capacity: Int = 0) {
        self.depth = depth
        bytes.reserveCapacity(capacity)
    }

    /// `digraph <name> {`; `name` must be a DOT identifier (letters, digits, `_`).
    mutating func beginGraph(named name: String) {
        startLine()
        append("digraph ")
        bytes.append(contentsOf: name.utf8)
        append(" {\n")
        depth += 1
    }

    /// The `}` closing the graph; the text ends with a newline.
    mutating func endGraph() {
        endSubgraph()
    }

    /// `graph [...]`, `node [...]` or `edge [...]`: defaults for what follows.
    mutating func defaults(for kind: DefaultsKind, _ attributes: DOTAttributeList) {
        startLine()
        bytes.append(contentsOf: kind.rawValue.utf8)
        appendList(label: nil, attributes)
        endLine()
    }

    /// `"id" [label="…", ...];`
    mutating func node(_ id: ClaimGraphNodeID, label: DOTLabel, _ attributes: DOTAttributeList) {
        startLine()
        bytes.append(contentsOf: id.quoted)
        appendList(label: label, attributes)
        endLine()
    }

    /// `"from" -> "to" [...];`, with the label first when there is one.
    mutating func edge(from tail: ClaimGraphNodeID, to head: ClaimGraphNodeID, label: DOTLabel?, _ attributes: DOTAttributeList) {
        startLine()
        bytes.append(contentsOf: tail.quoted)
        append(" -> ")
        bytes.append(contentsOf: head.quoted)
        appendList(label: label, attributes)
        endLine()
    }

    /// `subgraph "id" {`, then the subgraph's own attributes, one a line (its label first);
    /// close it with ``endSubgraph()``. Graphviz draws a subgraph whose id starts with
    /// `cluster` as a box.
    mutating func beginSubgraph(_ id: ClaimGraphNodeID, label: DOTLabel?, _ attributes: DOTAttributeList) {
        startLine()
        append("subgraph ")
        bytes.append(contentsOf: id.quoted)
        append(" {\n")
        depth += 1
        if let label {
            startLine()
            appendLabelAttribute(label)
            endLine()
        }
        for statement in attributes.statements {
            startLine()
            bytes.append(contentsOf: statement)
            endLine()
        }
    }

    /// `}` closing the innermost subgraph.
    mutating func endSubgraph() {
        depth -= 1
        startLine()
        append("}\n")
    }

    /// Copies bytes another writer wrote.
    mutating func append(_ written: [UInt8]) {
        bytes.append(contentsOf: written)
    }

    /// Copies the bytes `range` of another writer's `written`.
    mutating func append(_ written: [UInt8], _ range: Range<Int>) {
        bytes.append(contentsOf: written[range])
    }

    /// The text of `label`, escaped, without quotes.
    mutating func appendLabel(_ label: DOTLabel) {
        switch label {
        case .wrapped(let text, let note):
            appendWrapped(text)
            appendNote(note)
        case .plain(let text):
            DOTString.appendEscaped(text, to: &bytes)
        case .escaped(let escaped, let note):
            bytes.append(contentsOf: escaped)
            appendNote(note)
        }
    }

    /// Indents the next statement.
    private mutating func startLine() {
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func endLine() {
        bytes.append(UInt8(ascii: ";"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// ` [label="…", name="value", ...]`; nothing when there are no attributes.
    private mutating func appendList(label: DOTLabel?, _ attributes: DOTAttributeList) {
        guard label != nil || !attributes.joined.isEmpty else { return }
        append(" [")
        if let label {
            appendLabelAttribute(label)
            if !attributes.joined.isEmpty { append(", ") }
        }
        bytes.append(contentsOf: attributes.joined)
        bytes.append(UInt8(ascii: "]"))
    }

    /// `label="…"`.
    private mutating func appendLabelAttribute(_ label: DOTLabel) {
        append("label=\"")
        appendLabel(label)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\n` and the note, when there is one.
    private mutating func appendNote(_ note: String?) {
        guard let note else { return }
        append("\\n")
        DOTString.appendEscaped(note, to: &bytes)
    }

    /// `text` wrapped with ``LabelText`` and escaped: on the bytes when every character is one
    /// scalar, else by `Character`s.
    private mutating func appendWrapped(_ text: String) {
        var utf8Text = text
        utf8Text.withUTF8 { utf8 in
            guard let measure = SingleScalarText.measure(utf8) else {
                DOTString.appendEscaped(LabelText.wrappedByCharacters(text, width: LabelText.lineWidth), to: &bytes)
                return
            }
            guard measure.hasLineBreaks || measure.characters > LabelText.lineWidth else {
                DOTString.appendEscaped(utf8, to: &bytes)
                return
            }
            var isFirstLine = true
            LabelText.forEachLine(of: utf8, width: LabelText.lineWidth) { line in
                if !isFirstLine { append("\\n") }
                isFirstLine = false
                DOTString.appendEscaped(UnsafeBufferPointer(rebasing: utf8[line]), to: &bytes)
            }
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
