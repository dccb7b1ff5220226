// ldpub — MIT licence.

extension DOTWriter {
    /// What a default attribute statement applies to: the graph, the nodes or the edges that follow.
    enum DefaultsKind: String {
        case graph, node, edge
    }
}
