// ldpub — MIT licence.

import LinkedDataJSON

/// The nodes of one `@graph`, in the order added, each `@id` described once.
struct GraphCollector {
    private(set) var nodes: [JSONValue] = []
    private var describedIDs: Set<String> = []

    /// Creates an empty graph with room for `capacity` nodes.
    init(capacity: Int) {
        nodes.reserveCapacity(capacity)
        describedIDs.reserveCapacity(capacity)
    }

    /// Adds the node unless a node with the same `@id` is already in the graph (two references
    /// with one DOI, an author who is also the reviewer).
    mutating func add(_ node: DescribedNode) {
        add(node.value, id: node.id)
    }

    /// Adds `value`, described under `id`, unless that `@id` is already in the graph.
    mutating func add(_ value: JSONValue, id: String) {
        guard describedIDs.insert(id).inserted else { return }
        nodes.append(value)
    }
}
