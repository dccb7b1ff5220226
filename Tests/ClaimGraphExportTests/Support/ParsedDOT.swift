// ldpub — MIT licence.

/// A claim graph read back from its DOT text, for assertions.
///
/// Relies on the writer's layout (one statement per line, `subgraph "id" {` … `}` on lines of
/// their own) but decodes quoted strings independently of the writer: `\\` → `\`, `\"` → `"`,
/// `\n` → line feed, then `&amp;` → `&`, as Graphviz reads a label.
struct ParsedDOT {
    struct Node {
        let id: String
        /// Its attributes as Graphviz applies them: the `node [...]` defaults before it, then its own.
        let attributes: [String: String]
        /// The attributes written in its own statement.
        let ownAttributes: [String: String]
        /// The innermost subgraph the node is declared in, if any.
        let subgraph: String?
        var label: String? { attributes["label"] }
    }

    struct Edge {
        let tail: String
        let head: String
        /// Its attributes as Graphviz applies them: Graphviz's own edge style and colour, the
        /// `edge [...]` defaults before it, then its own.
        let attributes: [String: String]
        /// The attributes written in its own statement.
        let ownAttributes: [String: String]
    }

    /// The edge attributes Graphviz applies when nothing names them.
    static let graphvizEdgeDefaults = ["style": "solid", "color": "black"]

    /// The first line, e.g. `digraph claims {`.
    let header: String
    /// Attributes of `graph [...]`.
    var graphAttributes: [String: String] = [:]
    /// Attributes of `node [...]` and `edge [...]` (the writer sets them once, at the top).
    var nodeDefaults: [String: String] = [:]
    var edgeDefaults: [String: String] = [:]
    /// Nodes in the order declared.
    var nodes: [Node] = []
    /// Edges in the order written.
    var edges: [Edge] = []
    /// Subgraph attributes (`label="…";` lines) by subgraph id, and the subgraph ids in order.
    var subgraphAttributes: [String: [String: String]] = [:]
    var subgraphOrder: [String] = []

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        header = lines.first ?? ""
        var stack: [String] = []
        for line in lines.dropFirst() {
            let tokens = Self.tokens(of: line)
            guard let first = tokens.first else { continue }
            switch first {
            case .word("subgraph"):
                if case .string(let id) = tokens[1] {
                    stack.append(id)
                    subgraphOrder.append(id)
                    subgraphAttributes[id] = [:]
                }
            case .symbol("}"):
                _ = stack.popLast()
            case .word("graph"):
                graphAttributes = Self.attributes(in: tokens)
            case .word("node"):
                nodeDefaults.merge(Self.attributes(in: tokens)) { $1 }
            case .word("edge"):
                edgeDefaults.merge(Self.attributes(in: tokens)) { $1 }
            case .word(let name) where tokens.count > 2 && tokens[1] == .symbol("="):
                if let current = stack.last, case .string(let value) = tokens[2] { subgraphAttributes[current]?[name] = value }
            case .string(let id):
                if tokens.count > 2, tokens[1] == .symbol("->"), case .string(let head) = tokens[2] {
                    let own = Self.attributes(in: tokens)
                    let applied = Self.graphvizEdgeDefaults.merging(edgeDefaults) { $1 }.merging(own) { $1 }
                    edges.append(Edge(tail: id, head: head, attributes: applied, ownAttributes: own))
                } else {
                    let own = Self.attributes(in: tokens)
                    nodes.append(Node(id: id, attributes: nodeDefaults.merging(own) { $1 }, ownAttributes: own, subgraph: stack.last))
                }
            default:
                break
            }
        }
    }

    func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
    func edges(from tail: String, to head: String) -> [Edge] { edges.filter { $0.tail == tail && $0.head == head } }

    enum Token: Equatable {
        case string(String)
        case word(String)
        case symbol(String)
    }

    static func tokens(of line: String) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(line)[...]
        while let character = characters.first {
            if character == " " {
                characters = characters.dropFirst()
            } else if character == "\"" {
                characters = characters.dropFirst()
                var raw = ""
                while let next = characters.first, next != "\"" {
                    if next == "\\", characters.count > 1 {
                        raw.append(next)
                        raw.append(characters[characters.startIndex + 1])
                        characters = characters.dropFirst(2)
                    } else {
                        raw.append(next)
                        characters = characters.dropFirst()
                    }
                }
                characters = characters.dropFirst()
                tokens.append(.string(decode(raw)))
            } else if character == "-", characters.dropFirst().first == ">" {
                tokens.append(.symbol("->"))
                characters = characters.dropFirst(2)
            } else if character.isLetter || character == "_" {
                let word = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                tokens.append(.word(String(word)))
                characters = characters.dropFirst(word.count)
            } else {
                tokens.append(.symbol(String(character)))
                characters = characters.dropFirst()
            }
        }
        return tokens
    }

    /// The text Graphviz shows for a quoted string's content.
    static func decode(_ raw: String) -> String {
        var result = ""
        var characters = Array(raw)[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == "\\", let next = characters.first else {
                result.append(character)
                continue
            }
            characters = characters.dropFirst()
            switch next {
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "n": result.append("\n")
            default: result.append("\\"); result.append(next)
            }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func attributes(in tokens: [Token]) -> [String: String] {
        guard let open = tokens.firstIndex(of: .symbol("[")) else { return [:] }
        var result: [String: String] = [:]
        var index = open + 1
        while index + 2 < tokens.count {
            if case .word(let name) = tokens[index], tokens[index + 1] == .symbol("="), case .string(let value) = tokens[index + 2] {
                result[name] = value
                index += 3
            } else {
                index += 1
            }
        }
        return result
    }
}
