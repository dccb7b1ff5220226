// ldpub — MIT licence.

/// A node of a YAML document: a scalar, a sequence or a mapping, with where it came from.
///
/// Nodes are immutable values. Aliases are resolved while loading: an alias node is the
/// anchored node itself (sharing its storage), so a document's tree never refers back to
/// the parser, and the ``LoadLimits/maxAliasExpansion`` budget bounds how large it can get.
public struct Node: Sendable, Hashable {
    /// What a node holds.
    public enum Content: Sendable, Hashable {
        /// A scalar, with its text and how it resolves.
        case scalar(Scalar)
        /// A sequence of nodes, in order.
        case sequence([Node])
        /// A mapping, with its pairs in document order.
        case mapping([Pair])
    }

    /// A key and its value in a mapping.
    public struct Pair: Sendable, Hashable {
        /// The key node (in our formats, always a scalar).
        public let key: Node
        /// The value node.
        public let value: Node

        /// Creates a pair.
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    /// The node's content.
    public let content: Content
    /// Where the node stands in its file (for an alias: where the anchored node stands).
    public let span: SourceSpan

    /// Creates a node.
    public init(_ content: Content, span: SourceSpan) {
        self.content = content
        self.span = span
    }

    /// The file the node came from.
    public var file: String { span.file }
    /// Where the node starts (1-based line and column).
    public var mark: Mark { span.start }

    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs, if this node is a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// True for a null scalar (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        if case .scalar(let scalar) = content, case .null = scalar.value { return true }
        return false
    }

    /// A short English name of the node's kind, for messages: "a mapping", "an integer", …
    public var kindDescription: String {
        switch content {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar(let scalar): return scalar.value.kindDescription
        }
    }

    /// Whether two nodes hold the same data, ignoring where they stand and how scalars are written.
    ///
    /// Two scalars are the same data when they resolve to the same value (so `1` and `0x1` are,
    /// `1` and `"1"` are not); mappings compare pair by pair in order.
    public func hasSameData(as other: Node) -> Bool {
        switch (content, other.content) {
        case (.scalar(let a), .scalar(let b)):
            return a.hasSameValue(as: b)
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameData(as: $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key.hasSameData(as: $1.key) && $0.value.hasSameData(as: $1.value) }
        default:
            return false
        }
    }
}
