// ldpub — MIT licence.

/// The node objects of a JSON-LD document, as ``JSONLDGraphBuilder`` reads them.
///
/// The properties of all nodes, and the values of all properties, are kept in two arrays, each
/// node's properties and each property's values in one run, rather than in an array apiece.
struct JSONLDGraph {
    /// Every node object, top-level and nested, in document order (a parent before its children).
    var nodes: [JSONLDNode] = []
    /// The properties of every node object; see ``JSONLDNode/properties``.
    var properties: [JSONLDNode.Property] = []
    /// The values of every property; see ``JSONLDNode/Property/values``.
    var values: [JSONLDValue] = []
    /// The `@base` a context declared, if any.
    var base: String?
    /// Where the nodes, types, properties and values start in the document's bytes, when it
    /// was read with a source map (to locate problems); `nil` otherwise.
    var locations: JSONLDLocations?
    /// The numbers of the distinct `@id`s, of nodes and references alike.
    private var identifierNumbers = [String: Int](minimumCapacity: 64)

    /// How many distinct `@id`s the document uses; they are numbered from 0.
    var identifierCount: Int { identifierNumbers.count }

    /// The identifier of `text`, numbered on its first use.
    mutating func identifier(_ text: String) -> JSONLDIdentifier {
        if let number = identifierNumbers[text] { return JSONLDIdentifier(text: text, number: number) }
        let number = identifierNumbers.count
        identifierNumbers[text] = number
        return JSONLDIdentifier(text: text, number: number)
    }

    /// The properties of the node object at `index`, in document order.
    func properties(of index: Int) -> ArraySlice<JSONLDNode.Property> {
        properties[nodes[index].properties]
    }

    /// The values of a property, in document order.
    func values(of property: JSONLDNode.Property) -> ArraySlice<JSONLDValue> {
        values[property.values]
    }
}

/// Where the parts of a ``JSONLDGraph`` are in the document's bytes, as byte offsets, in
/// arrays parallel to the graph's.
struct JSONLDLocations {
    /// Per node object: its `{`.
    var nodes: [Int] = []
    /// Per node object: each `@type` value, in the order of ``JSONLDNode/types``.
    var types: [[Int]] = []
    /// Per property: the opening quote of its key.
    var properties: [Int] = []
    /// Per value: its first byte (the `{` of a node object or reference; the literal itself
    /// inside an `@value` object).
    var values: [Int] = []
}

extension JSONLDLocations {
    /// The byte offset a problem's anchor points at, if these locations know it.
    func offset(of anchor: ProblemCollector.Anchor) -> Int? {
        let (offsets, index): ([Int], Int)
        switch anchor {
        case .offset(let offset): return offset
        case .node(let node): (offsets, index) = (nodes, node)
        case .type(let node, let type): (offsets, index) = (types.indices.contains(node) ? types[node] : [], type)
        case .property(let property): (offsets, index) = (properties, property)
        case .value(let value): (offsets, index) = (values, value)
        }
        return offsets.indices.contains(index) ? offsets[index] : nil
    }
}
