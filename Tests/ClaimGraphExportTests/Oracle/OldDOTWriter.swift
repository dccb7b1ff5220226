// ldpub — MIT licence.

@testable import ClaimGraphExport

/// ``DOTWriter`` as it was before it wrote bytes: the oracle the differential tests compare with.
struct OldDOTWriter {
    private var lines: [String]
    private var depth = 1

    /// Starts `digraph <name> {`; `name` must be a DOT identifier (letters, digits, `_`).
    init(graphName: String) {
        lines = ["digraph \(graphName) {"]
    }

    /// `graph [...]`, `node [...]` or `edge [...]`: defaults for what follows.
    mutating func defaults(for kind: DOTWriter.DefaultsKind, _ attributes: [OldDOTAttribute]) {
        add(kind.rawValue + attributeList(attributes) + ";")
    }

    /// An attribute of the current graph or subgraph: `name="value";`.
    mutating func attribute(_ attribute: OldDOTAttribute) {
        add(attribute.statement + ";")
    }

    /// `"id" [...];`
    mutating func node(_ id: String, _ attributes: [OldDOTAttribute]) {
        add(OldDOTString.quoted(id) + attributeList(attributes) + ";")
    }

    /// `"from" -> "to" [...];`
    mutating func edge(from tail: String, to head: String, _ attributes: [OldDOTAttribute]) {
        add(OldDOTString.quoted(tail) + " -> " + OldDOTString.quoted(head) + attributeList(attributes) + ";")
    }

    /// `subgraph "id" {`, with the subgraph's own attributes; close it with ``endSubgraph()``.
    /// Graphviz draws a subgraph whose id starts with `cluster` as a box.
    mutating func beginSubgraph(_ id: String, _ attributes: [OldDOTAttribute]) {
        add("subgraph " + OldDOTString.quoted(id) + " {")
        depth += 1
        for attribute in attributes { self.attribute(attribute) }
    }

    /// `}` closing the innermost subgraph.
    mutating func endSubgraph() {
        depth -= 1
        add("}")
    }

    /// The finished graph: LF line ends and a final newline.
    func finished() -> String {
        (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    private mutating func add(_ statement: String) {
        lines.append(String(repeating: "  ", count: depth) + statement)
    }

    private func attributeList(_ attributes: [OldDOTAttribute]) -> String {
        attributes.isEmpty ? "" : " [" + attributes.map(\.statement).joined(separator: ", ") + "]"
    }
}
