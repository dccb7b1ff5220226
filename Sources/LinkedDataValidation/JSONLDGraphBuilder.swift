// ldpub — MIT licence.

import LinkedDataJSON

/// Reads the node objects of a compacted JSON-LD document that uses the schema.org context.
///
/// Handles a top-level object or array, `@graph`, nested node objects, `{"@id"}` references,
/// `@value`, `@list` and `@set` objects, and the context's aliases `id` and `type`. Structural
/// problems (a non-string `@id`, a context other than schema.org) go to `problems`.
struct JSONLDGraphBuilder {
    private(set) var graph = JSONLDGraph()
    var problems = ProblemCollector()

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
        let graphKeys: Set<String> = ["@context", "@graph", "@id", "id"]
        if let members = object["@graph"] {
            let prefix = path.isEmpty ? "@graph" : "\(path).@graph"
            readGraph(members, path: prefix)
            // An object with @graph is a container; other keys would describe the graph itself.
            guard object.keys.contains(where: { !graphKeys.contains($0) }) else { return }
        }
        _ = readNode(object, path: path)
    }

    private mutating func readGraph(_ members: JSONValue, path: String) {
        let elements = members.array ?? [members]
        for (index, element) in elements.enumerated() {
            let elementPath = members.array == nil ? path : "\(path)[\(index)]"
            guard let object = element.object else {
                problems.error("\(elementPath) is \(JSONText.kind(of: element)), not a node object")
                continue
            }
            _ = readNode(object, path: elementPath)
        }
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
    private mutating func readNode(_ object: JSONObject, path: String) -> Int {
        let index = graph.nodes.count
        graph.nodes.append(JSONLDNode(id: nil, types: [], path: path, properties: []))
        var id: String?
        var types: [String] = []
        var properties: [JSONLDNode.Property] = []
        let label = path.isEmpty ? "the top-level node" : path
        for member in object {
            let key = member.key == "id" ? "@id" : member.key == "type" ? "@type" : member.key
            switch key {
            case "@context":
                if !path.isEmpty { _ = applyContext(member.value) }
            case "@id":
                if let text = member.value.string {
                    id = text
                } else {
                    problems.error("\(label): @id must be a string, not \(JSONText.kind(of: member.value))")
                }
            case "@type":
                if let text = member.value.string {
                    types.append(text)
                } else if let list = member.value.array, list.allSatisfy({ $0.string != nil }) {
                    types.append(contentsOf: list.compactMap(\.string))
                } else {
                    problems.error("\(label): @type must be a string or an array of strings")
                }
            case "@graph":
                readGraph(member.value, path: "\(path).@graph")
            case "@index":
                break
            default:
                if key.hasPrefix("@") {
                    problems.warning("\(label): keyword '\(key)' is not checked")
                    continue
                }
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                properties.append(JSONLDNode.Property(key: key, values: readValues(member.value, path: childPath)))
            }
        }
        graph.nodes[index].id = id
        graph.nodes[index].types = types
        graph.nodes[index].properties = properties
        return index
    }

    private mutating func readValues(_ value: JSONValue, path: String) -> [JSONLDValue] {
        switch value {
        case .null:
            return []
        case .bool(let flag):
            return [.literal(JSONLDLiteral(lexical: flag ? "true" : "false", kind: .boolean))]
        case .int(let number):
            return [.literal(JSONLDLiteral(lexical: String(number), kind: .integer))]
        case .double(let number):
            return [.literal(JSONLDLiteral(lexical: Self.lexical(number), kind: .double))]
        case .string(let text):
            return [.literal(JSONLDLiteral(lexical: text, kind: .string))]
        case .array(let elements):
            var values: [JSONLDValue] = []
            for (index, element) in elements.enumerated() {
                values += readValues(element, path: "\(path)[\(index)]")
            }
            return values
        case .object(let object):
            if let inner = object["@value"] {
                if case .object = inner { return [] }
                if case .array = inner { return [] }
                return readValues(inner, path: path)
            }
            if let list = object["@list"] ?? object["@set"] {
                return readValues(list, path: path)
            }
            let keys = object.keys.filter { $0 != "@context" }
            if keys.count == 1, let key = keys.first, key == "@id" || key == "id", let id = object[key]?.string {
                return [.reference(id)]
            }
            return [.node(readNode(object, path: path))]
        }
    }

    private static func lexical(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) + ".0" }
        return String(number)
    }
}
