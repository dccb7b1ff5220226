// ldpub — MIT licence.

/// The node objects of a JSON-LD document, as ``JSONLDGraphBuilder`` reads them.
struct JSONLDGraph {
    /// Every node object, top-level and nested, in document order (a parent before its children).
    var nodes: [JSONLDNode] = []
    /// The `@base` a context declared, if any.
    var base: String?
}
