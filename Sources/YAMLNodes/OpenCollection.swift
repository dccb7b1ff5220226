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
    /// Bytes of scalar text in this subtree (keys included), aliases counted at their full size.
    private(set) var textBytes = 0

    /// The key read last, waiting for its value.
    private var pendingKey: Node?
    /// Whether the pending key repeats an earlier one (its value is then dropped).
    private var pendingKeyIsDuplicate = false
    /// A hashed index of the keys, built once a mapping is large enough for linear search to cost.
    private var keyIndex: [DataKey: Int]?
    /// Comparing a key with up to this many others costs less than hashing it: the mappings of
    /// articles and references (a dozen keys or more) need no index.
    private static let linearSearchLimit = 32
    /// Room made at the first child: fewer reallocations as a collection grows from one child
    /// (a reference has about eight keys, a claim four).
    private static let firstCapacity = 8

    init(isMapping: Bool, start: Mark, anchor: String?) {
        self.isMapping = isMapping
        self.start = start
        self.anchor = anchor
    }

    /// Adds a finished child; returns a duplicate-key error when a key repeats (its value is then dropped).
    mutating func add(_ node: consuming Node, nodeCount childCount: Int, textBytes childTextBytes: Int) -> YAMLError? {
        nodeCount += childCount
        textBytes += childTextBytes
        guard isMapping else {
            if items.isEmpty { items.reserveCapacity(Self.firstCapacity) }
            items.append(node)
            return nil
        }
        // Nodes are moved, not copied: a copy retains and releases every reference a node holds.
        guard let key = pendingKey.take() else {
            guard let first = indexOfPair(withKey: node) else {
                pendingKey = node
                pendingKeyIsDuplicate = false
                return nil
            }
            let name = Self.displayName(of: node)
            let error = YAMLError(.duplicateKey, "duplicate key \(name) in mapping", at: node.span,
                                  notes: [.init(message: "\(name) first defined here", span: pairs[first].key.span)])
            pendingKey = node
            pendingKeyIsDuplicate = true
            return error
        }
        guard !pendingKeyIsDuplicate else { return nil }
        if pairs.isEmpty { pairs.reserveCapacity(Self.firstCapacity) }
        pairs.append(Node.Pair(key: key, value: node))
        if keyIndex != nil {
            keyIndex![DataKey(pairs[pairs.count - 1].key)] = pairs.count - 1
        } else if pairs.count > Self.linearSearchLimit {
            var index: [DataKey: Int] = [:]
            index.reserveCapacity(pairs.count * 2)
            for (position, pair) in pairs.enumerated() { index[DataKey(pair.key)] = position }
            keyIndex = index
        }
        return nil
    }

    /// The index of the pair whose key has the same data as `key`.
    private func indexOfPair(withKey key: borrowing Node) -> Int? {
        if let keyIndex { return keyIndex[DataKey(copy key)] }
        // Scalar keys (nearly all) compared without `hasSameData`: its switch over both nodes'
        // contents copies them, and that was 6% of validating (callgrind).
        guard case .scalar(let scalar) = key.content else { return pairs.firstIndex { $0.key.hasSameData(as: key) } }
        for index in pairs.indices {
            if case .scalar(let other) = pairs[index].key.content, other.hasSameValue(as: scalar) { return index }
        }
        return nil
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
