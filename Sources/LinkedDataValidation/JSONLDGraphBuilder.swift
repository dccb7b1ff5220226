// ldpub — MIT licence.

import LinkedDataJSON

/// Reads the node objects of a compacted JSON-LD document that uses the schema.org context.
///
/// Handles a top-level object or array, `@graph`, nested node objects, `{"@id"}` references,
/// `@value`, `@list` and `@set` objects, and the context's aliases `id` and `type`. Structural
/// problems (a non-string `@id`, a context other than schema.org) go to `problems`.
///
/// Where a value is (`@graph[1].author[0]`) is passed down as a closure that spells the path
/// out on demand: only blank node objects, which messages name by their place, and structural
/// problems need it.
///
/// A node's properties and a property's values are gathered on two stacks and moved into the
/// graph's arrays when the node or property is complete, so that each forms one run even when
/// nested nodes are read in between.
struct JSONLDGraphBuilder {
    private(set) var graph = JSONLDGraph()
    var problems = ProblemCollector()
    private var pendingProperties: [JSONLDNode.Property] = []
    private var pendingValues: [JSONLDValue] = []

    /// Keys of an object with `@graph` that do not make it describe a node of its own.
    private static let graphContainerKeys: Set<String> = ["@context", "@graph", "@id", "id"]

    /// Reads a whole document.
    mutating func readDocument(_ document: JSONValue) {
        switch document {
        case .object(let object):
            guard let context = object["@context"] else {
                problems.error("document has no @context; only schema.org JSON-LD (\"@context\": \"https://schema.org\") can be checked")
                return
            }
            guard applyContext(context) else { return }
            readTopLevel(object, path: "")
        case .array(let elements):
            guard elements.contains(where: { $0["@context"] != nil }) else {
                problems.error("document has no @context; only schema.org JSON-LD (\"@context\": \"https://schema.org\") can be checked")
                return
            }
            for (index, element) in elements.enumerated() {
                let path = "[\(index)]"
                guard let object = element.object else {
                    problems.error("\(path) is \(JSONText.kind(of: element)), not a node object")
                    continue
                }
                if let context = object["@context"], !applyContext(context) { continue }
                readTopLevel(object, path: path)
            }
        default:
            problems.error("the top level is \(JSONText.kind(of: document)); a JSON-LD document is an object or an array of objects")
        }
        if graph.nodes.isEmpty && problems.problems.isEmpty {
            problems.error("document describes no nodes")
        }
    }

    /// A top-level object: a `@graph` container, a node, or both.
    private mutating func readTopLevel(_ object: JSONObject, path: String) {
        if let members = object["@graph"] {
            let prefix = path.isEmpty ? "@graph" : "\(path).@graph"
            readGraph(members, path: prefix)
            // An object with @graph is a container; other keys would describe the graph itself.
            guard object.contains(where: { !Self.graphContainerKeys.contains($0.key) }) else { return }
        }
        _ = readNode(object, path: { path })
    }

    private mutating func readGraph(_ members: JSONValue, path: String) {
        guard let elements = members.array else {
            readGraphMember(members, path: { path })
            return
        }
        for (index, element) in elements.enumerated() {
            readGraphMember(element, path: { "\(path)[\(index)]" })
        }
    }

    private mutating func readGraphMember(_ element: JSONValue, path: () -> String) {
        guard let object = element.object else {
            problems.error("\(path()) is \(JSONText.kind(of: element)), not a node object")
            return
        }
        _ = readNode(object, path: path)
    }

    /// Returns `false` (after reporting) when the context is not schema.org's.
    private mutating func applyContext(_ context: JSONValue) -> Bool {
        switch JSONLDContext.read(context) {
        case .schemaOrg(let base):
            if let base { graph.base = base }
            return true
        case .unsupported(let message):
            problems.error(message)
            return false
        }
    }

    /// Reads a node object and its nested nodes; returns the node's index.
    ///
    /// - Parameter path: Where the object is; empty for the top-level object.
    private mutating func readNode(_ object: JSONObject, path: () -> String) -> Int {
        // Messages name a node with an @id by it, and a blank node by its place; the place of
        // a blank node is spelled out once, for it and for the places of its values.
        let isBlank = !object.contains { ($0.key == "@id" || $0.key == "id") && $0.value.string != nil }
        let blankPath = isBlank ? path() : ""
        func nodePath() -> String { isBlank ? blankPath : path() }
        let index = graph.nodes.count
        graph.nodes.append(JSONLDNode(id: nil, types: [], path: blankPath, properties: 0..<0))
        var id: JSONLDIdentifier?
        var types: [String] = []
        let firstProperty = pendingProperties.count
        func label() -> String {
            let path = nodePath()
            return path.isEmpty ? "the top-level node" : path
        }
        for member in object {
            if !Self.isKeyword(member.key) {
                readProperty(member, nodePath: nodePath)
                continue
            }
            let key = member.key == "id" ? "@id" : member.key == "type" ? "@type" : member.key
            switch key {
            case "@context":
                if !nodePath().isEmpty { _ = applyContext(member.value) }
            case "@id":
                if let text = member.value.string {
                    id = graph.identifier(text)
                } else {
                    problems.error("\(label()): @id must be a string, not \(JSONText.kind(of: member.value))")
                }
            case "@type":
                if let text = member.value.string {
                    types.append(text)
                } else if let list = member.value.array, list.allSatisfy({ $0.string != nil }) {
                    types.append(contentsOf: list.compactMap(\.string))
                } else {
                    problems.error("\(label()): @type must be a string or an array of strings")
                }
            case "@graph":
                readGraph(member.value, path: "\(nodePath()).@graph")
            case "@index":
                break
            default:
                if key.hasPrefix("@") {
                    problems.warning("\(label()): keyword '\(key)' is not checked")
                    continue
                }
                readProperty(member, nodePath: nodePath)
            }
        }
        graph.nodes[index].id = id
        graph.nodes[index].types = types
        graph.nodes[index].properties = Self.move(&pendingProperties, from: firstProperty, to: &graph.properties)
        return index
    }

    /// Whether a key may be a keyword: it starts with "@", or is "id" or "type", the context's
    /// aliases of two of them. Checked on the first byte, since most keys are properties.
    private static func isKeyword(_ key: String) -> Bool {
        switch key.utf8.first {
        case UInt8(ascii: "@"): return true
        case UInt8(ascii: "i"): return key == "id"
        case UInt8(ascii: "t"): return key == "type"
        default: return false
        }
    }

    /// Reads a property of the node at `nodePath`, with its values, onto the pending properties.
    private mutating func readProperty(_ member: JSONObject.Member, nodePath: () -> String) {
        let key = member.key
        let firstValue = pendingValues.count
        readValues(member.value, path: {
            let path = nodePath()
            return path.isEmpty ? key : "\(path).\(key)"
        })
        let values = Self.move(&pendingValues, from: firstValue, to: &graph.values)
        pendingProperties.append(JSONLDNode.Property(key: key, local: SchemaOrgIRI.localName(key), values: values))
    }

    /// Moves the elements of `stack` from `start` on to the end of `storage`; returns where they are now.
    private static func move<Element>(_ stack: inout [Element], from start: Int, to storage: inout [Element]) -> Range<Int> {
        let first = storage.count
        // Popping moves each element without copying it; the run comes out reversed, and is
        // put back in order in place.
        while stack.count > start { storage.append(stack.removeLast()) }
        var (low, high) = (first, storage.count - 1)
        while low < high {
            storage.swapAt(low, high)
            low += 1
            high -= 1
        }
        return first..<storage.count
    }

    /// Pushes the values `value` holds onto the pending values, flattening arrays, `@list`,
    /// `@set` and `@value`.
    ///
    /// - Parameter path: Where `value` is.
    private mutating func readValues(_ value: JSONValue, path: () -> String) {
        switch value {
        case .null:
            break
        case .bool(let flag):
            pendingValues.append(.literal(JSONLDLiteral(lexical: flag ? "true" : "false", kind: .boolean)))
        case .int(let number):
            pendingValues.append(.literal(JSONLDLiteral(lexical: String(number), kind: .integer)))
        case .double(let number):
            pendingValues.append(.literal(JSONLDLiteral(lexical: Self.lexical(number), kind: .double)))
        case .string(let text):
            pendingValues.append(.literal(JSONLDLiteral(lexical: text, kind: .string)))
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                readValues(element, path: { "\(path())[\(index)]" })
            }
        case .object(let object):
            readObjectValue(object, path: path)
        }
    }

    /// A value that is a JSON object: a value object, a list or set, a reference, or a node.
    private mutating func readObjectValue(_ object: JSONObject, path: () -> String) {
        var inner: JSONValue?
        var list: JSONValue?
        var set: JSONValue?
        var keyCount = 0
        var onlyKey: JSONObject.Member?
        for member in object {
            if member.key.utf8.first == UInt8(ascii: "@") {
                switch member.key {
                case "@id": break
                case "@value": if inner == nil { inner = member.value }
                case "@list": if list == nil { list = member.value }
                case "@set": if set == nil { set = member.value }
                case "@context": continue
                default: break
                }
            }
            keyCount += 1
            onlyKey = member
        }
        if let inner {
            switch inner {
            case .object, .array: return
            default: readValues(inner, path: path)
            }
            return
        }
        if let list = list ?? set {
            readValues(list, path: path)
            return
        }
        if keyCount == 1, let member = onlyKey, member.key == "@id" || member.key == "id", let id = member.value.string {
            pendingValues.append(.reference(graph.identifier(id)))
            return
        }
        pendingValues.append(.node(readNode(object, path: path)))
    }

    private static func lexical(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) + ".0" }
        return String(number)
    }
}
