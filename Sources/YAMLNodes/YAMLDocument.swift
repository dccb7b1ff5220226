// ldpub — MIT licence.

/// One loaded YAML document.
public struct YAMLDocument: Sendable, Hashable {
    /// The root node, or nil when the file holds no document at all (empty, or only comments).
    public let root: Node?
    /// Problems that did not stop loading, such as duplicate keys (the first value is kept).
    public let problems: [YAMLError]

    /// Creates a document.
    public init(root: Node?, problems: [YAMLError]) {
        self.root = root
        self.problems = problems
    }
}
