// ldpub — MIT licence.

/// A sequence or mapping whose end event has not come yet.
struct OpenCollection {
    let isMapping: Bool
    let start: Mark
    let anchor: String?
    private(set) var items: [Node] = []
    private(set) var pairs: [Node.Pair] = []
    /// Nodes in this subtree, itself included, aliases counted at their full size.
    private(set) var nodeCount = 1

    /// The key read last, waiting for its value; `isDuplicate` when its value is to be dropped.
    private var pendingKey: (node: Node, isDuplicate: Bool)?
    /// Index of the keys seen, built once a mapping is large enough for linear search to cost.
    private var keyIndex: [DataKey: Int]?
    private static let linearSearchLimit = 8

    init(isMapping: Bool, start: Mark, anchor: String?) {
        self.isMapping = isMapping
        self.start = start
        self.anchor = anchor
    }

    /// Adds a finished child; returns a duplicate-key error when a key repeats (its value is then dropped).
    mutating func add(_ node: Node, nodeCount childCount: Int) -> YAMLError? {
        nodeCount += childCount
        guard isMapping else {
            items.append(node)
            return nil
        }
        guard let key = pendingKey else {
            let first = firstPair(withKey: node)
            pendingKey = (node, first != nil)
            if let first {
                let name = Self.displayName(of: node)
                return YAMLError(
                    .duplicateKey, "duplicate key \(name) in mapping", at: node.span,
                    notes: [.init(message: "\(name) first defined here", span: first.key.span)])
            }
            return nil
        }
        pendingKey = nil
        if !key.isDuplicate {
            pairs.append(Node.Pair(key: key.node, value: node))
            keyIndex?[DataKey(key.node)] = pairs.count - 1
            if keyIndex == nil && pairs.count > Self.linearSearchLimit {
                var index: [DataKey: Int] = [:]
                for (position, pair) in pairs.enumerated() { index[DataKey(pair.key)] = position }
                keyIndex = index
            }
        }
        return nil
    }

    private func firstPair(withKey key: Node) -> Node.Pair? {
        if let keyIndex {
            return keyIndex[DataKey(key)].map { pairs[$0] }
        }
        return pairs.first { $0.key.hasSameData(as: key) }
    }

    private static func displayName(of key: Node) -> String {
        if let scalar = key.scalar { return "'\(scalar.text)'" }
        return "(\(key.kindDescription))"
    }
}

/// A node compared and hashed by its data only (see ``Node/hasSameData(as:)``).
struct DataKey: Hashable {
    let node: Node
    init(_ node: Node) { self.node = node }

    static func == (lhs: DataKey, rhs: DataKey) -> Bool { lhs.node.hasSameData(as: rhs.node) }

    func hash(into hasher: inout Hasher) { Self.hashData(of: node, into: &hasher) }

    private static func hashData(of node: Node, into hasher: inout Hasher) {
        switch node.content {
        case .scalar(let scalar):
            hasher.combine(0)
            hasher.combine(scalar.value)
        case .sequence(let items):
            hasher.combine(1)
            hasher.combine(items.count)
            for item in items { hashData(of: item, into: &hasher) }
        case .mapping(let pairs):
            hasher.combine(2)
            hasher.combine(pairs.count)
            for pair in pairs {
                hashData(of: pair.key, into: &hasher)
                hashData(of: pair.value, into: &hasher)
            }
        }
    }
}
