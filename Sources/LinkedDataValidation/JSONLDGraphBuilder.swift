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
///
/// Given a ``JSONSourceMap`` of the document, the builder also records where each node, type,
/// property and value starts (``JSONLDGraph/locations``) and locates its own problems: it
/// follows the map down as it reads the document, on a stack beside the one of the values it
/// is reading. Without a map (the ordinary, faster case) none of that is done.
struct JSONLDGraphBuilder {
    private(set) var graph = JSONLDGraph()
    var problems = ProblemCollector()
    private var pendingProperties: [JSONLDNode.Property] = []
    private var pendingValues: [JSONLDValue] = []
    /// Whether the document is read with a source map.
    private let locating: Bool
    /// The maps of the value being read and of its containers; the last is the current one.
    private var maps: [JSONSourceMap] = []
    private var locations = JSONLDLocations()
    private var pendingPropertyOffsets: [Int] = []
    private var pendingValueOffsets: [Int] = []

    /// Creates a builder.
    ///
    /// - Parameter sourceMap: The map of the document to be read, to locate nodes, properties,
    ///   values and problems; `nil` not to locate them.
    init(sourceMap: JSONSourceMap? = nil) {
        locating = sourceMap != nil
        if let sourceMap { maps = [sourceMap] }
    }

    // MARK: - Following the source map

    /// Where the current value starts, when locating.
    private var here: Int? { locating ? maps.last?.offset : nil }

    /// Where the current value's member name starts, when locating.
    private var hereKey: Int? { locating ? maps.last?.keyOffset : nil }

    /// The current value as the anchor of a problem, when locating.
    private var hereAnchor: ProblemCollector.Anchor? { here.map { .offset($0) } }

    /// The current value's member name as the anchor of a problem, when locating.
    private var hereKeyAnchor: ProblemCollector.Anchor? { hereKey.map { .offset($0) } }

    /// Makes child `index` of the current value (an element, or a member in object order) current.
    private mutating func enter(_ index: Int) {
        guard locating, let current = maps.last else { return }
        maps.append(current.child(index))
    }

    /// Makes the member `key` of `object`, the current value, current.
    private mutating func enter(member key: String, of object: JSONObject) {
        guard locating else { return }
        enter(object.members.firstIndex { $0.key == key } ?? -1)
    }

    /// Makes the container of the current value current again.
    private mutating func leave() {
        guard locating, !maps.isEmpty else { return }
        maps.removeLast()
    }

    /// Keys of an object with `@graph` that do not make it describe a node of its own.
    private static let graphContainerKeys: Set<String> = ["@context", "@graph", "@id", "id"]

    /// Reads a whole document.
    mutating func readDocument(_ document: JSONValue) {
        switch document {
        case .object(let object):
            guard let context = object["@context"] else {
                problems.error("document has no @context; only schema.org JSON-LD (\"@context\": \"https://schema.org\") can be checked", at: hereAnchor)
                return
            }
            enter(member: "@context", of: object)
            let applied = applyContext(context)
            leave()
            guard applied else { return }
            readTopLevel(object, path: "")
        case .array(let elements):
            guard elements.contains(where: { $0["@context"] != nil }) else {
                problems.error("document has no @context; only schema.org JSON-LD (\"@context\": \"https://schema.org\") can be checked", at: hereAnchor)
                return
            }
            for (index, element) in elements.enumerated() {
                enter(index)
                defer { leave() }
                let path = "[\(index)]"
                guard let object = element.object else {
                    problems.error("\(path) is \(JSONText.kind(of: element)), not a node object", at: hereAnchor)
                    continue
                }
                if let context = object["@context"] {
                    enter(member: "@context", of: object)
                    let applied = applyContext(context)
                    leave()
                    if !applied { continue }
                }
                readTopLevel(object, path: path)
            }
        default:
            problems.error("the top level is \(JSONText.kind(of: document)); a JSON-LD document is an object or an array of objects", at: hereAnchor)
        }
        if graph.nodes.isEmpty && problems.problems.isEmpty {
            problems.error("document describes no nodes", at: hereAnchor)
        }
        if locating { graph.locations = locations }
    }

    /// A top-level object: a `@graph` container, a node, or both.
    private mutating func readTopLevel(_ object: JSONObject, path: String) {
        if let members = object["@graph"] {
            let prefix = path.isEmpty ? "@graph" : "\(path).@graph"
            enter(member: "@graph", of: object)
            readGraph(members, path: prefix)
            leave()
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
            enter(index)
            readGraphMember(element, path: { "\(path)[\(index)]" })
            leave()
        }
    }

    private mutating func readGraphMember(_ element: JSONValue, path: () -> String) {
        guard let object = element.object else {
            problems.error("\(path()) is \(JSONText.kind(of: element)), not a node object", at: hereAnchor)
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
            problems.error(message, at: hereAnchor)
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
        if locating {
            locations.nodes.append(here ?? 0)
            locations.types.append([])
        }
        var id: JSONLDIdentifier?
        var types: [String] = []
        let firstProperty = pendingProperties.count
        func label() -> String {
            let path = nodePath()
            return path.isEmpty ? "the top-level node" : path
        }
        for (memberIndex, member) in object.enumerated() {
            enter(memberIndex)
            defer { leave() }
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
                    problems.error("\(label()): @id must be a string, not \(JSONText.kind(of: member.value))", at: hereAnchor)
                }
            case "@type":
                if let text = member.value.string {
                    types.append(text)
                    if locating { locations.types[index].append(here ?? 0) }
                } else if let list = member.value.array, list.allSatisfy({ $0.string != nil }) {
                    types.append(contentsOf: list.compactMap(\.string))
                    if locating, let map = maps.last {
                        locations.types[index] += list.indices.map { map.child($0).offset }
                    }
                } else {
                    problems.error("\(label()): @type must be a string or an array of strings", at: hereAnchor)
                }
            case "@graph":
                readGraph(member.value, path: "\(nodePath()).@graph")
            case "@index":
                break
            default:
                if key.hasPrefix("@") {
                    problems.warning("\(label()): keyword '\(key)' is not checked", at: hereKeyAnchor)
                    continue
                }
                readProperty(member, nodePath: nodePath)
            }
        }
        graph.nodes[index].id = id
        graph.nodes[index].types = types
        graph.nodes[index].properties = Self.move(&pendingProperties, from: firstProperty, to: &graph.properties)
        if locating { _ = Self.move(&pendingPropertyOffsets, from: firstProperty, to: &locations.properties) }
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
        if locating {
            _ = Self.move(&pendingValueOffsets, from: firstValue, to: &locations.values)
            pendingPropertyOffsets.append(hereKey ?? 0)
        }
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
            if locating { pendingValueOffsets.append(here ?? 0) }
        case .int(let number):
            pendingValues.append(.literal(JSONLDLiteral(lexical: String(number), kind: .integer)))
            if locating { pendingValueOffsets.append(here ?? 0) }
        case .double(let number):
            pendingValues.append(.literal(JSONLDLiteral(lexical: Self.lexical(number), kind: .double)))
            if locating { pendingValueOffsets.append(here ?? 0) }
        case .string(let text):
            pendingValues.append(.literal(JSONLDLiteral(lexical: text, kind: .string)))
            if locating { pendingValueOffsets.append(here ?? 0) }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                enter(index)
                readValues(element, path: { "\(path())[\(index)]" })
                leave()
            }
        case .object(let object):
            readObjectValue(object, path: path)
        }
    }

    /// A value that is a JSON object: a value object, a list or set, a reference, or a node.
    private mutating func readObjectValue(_ object: JSONObject, path: () -> String) {
        var inner: (value: JSONValue, member: Int)?
        var list: (value: JSONValue, member: Int)?
        var set: (value: JSONValue, member: Int)?
        var keyCount = 0
        var onlyKey: JSONObject.Member?
        for (memberIndex, member) in object.enumerated() {
            if member.key.utf8.first == UInt8(ascii: "@") {
                switch member.key {
                case "@id": break
                case "@value": if inner == nil { inner = (member.value, memberIndex) }
                case "@list": if list == nil { list = (member.value, memberIndex) }
                case "@set": if set == nil { set = (member.value, memberIndex) }
                case "@context": continue
                default: break
                }
            }
            keyCount += 1
            onlyKey = member
        }
        if let inner {
            switch inner.value {
            case .object, .array: return
            default:
                enter(inner.member)
                readValues(inner.value, path: path)
                leave()
            }
            return
        }
        if let list = list ?? set {
            enter(list.member)
            readValues(list.value, path: path)
            leave()
            return
        }
        if keyCount == 1, let member = onlyKey, member.key == "@id" || member.key == "id", let id = member.value.string {
            pendingValues.append(.reference(graph.identifier(id)))
            if locating { pendingValueOffsets.append(here ?? 0) }
            return
        }
        let node = readNode(object, path: path)
        pendingValues.append(.node(node))
        if locating { pendingValueOffsets.append(here ?? 0) }
    }

    private static func lexical(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) + ".0" }
        return String(number)
    }
}
