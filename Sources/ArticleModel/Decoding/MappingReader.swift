// ldpub — MIT licence.

import YAMLNodes

/// Reads the keys of one YAML mapping by name, and reports what does not belong.
///
/// Created with the keys the mapping may have; ``reportUnknownKeys()`` reports every
/// other key with a "did you mean" suggestion. A key whose value is null (`key:` or
/// `key: ~`) counts as absent.
struct MappingReader {
    /// How messages name the mapping: "article", "site", "section", "claim 'c1'", …
    let context: String
    /// Where the mapping starts.
    let span: SourceSpan
    private let pairs: [Node.Pair]
    /// The text of each key (nil for a key that is not a scalar), read once.
    private let keys: [String?]
    private let knownKeys: KeySet
    private let sink: DiagnosticSink

    /// Fails (after reporting it) when `node` is not a mapping.
    init?(_ node: Node, context: String, knownKeys: KeySet, sink: DiagnosticSink, expected: String? = nil) {
        guard let pairs = node.mapping else {
            sink.error("expected \(expected ?? "a mapping") for \(context), got \(node.kindDescription)", at: node.span)
            return nil
        }
        self.context = context
        self.span = node.span
        self.pairs = pairs
        self.keys = pairs.map { $0.key.scalar?.text }
        self.knownKeys = knownKeys
        self.sink = sink
    }

    /// The value of `key`, or nil when it is absent or null.
    func value(_ key: String) -> Node? {
        guard let index = keys.firstIndex(of: key), !pairs[index].value.isNull else { return nil }
        return pairs[index].value
    }

    /// The value of `key`; reports it missing when absent or null.
    func required(_ key: String) -> Node? {
        if let node = value(key) { return node }
        if let index = keys.firstIndex(of: key) {
            let present = pairs[index]
            sink.error("'\(key)' in \(context) needs a value", at: present.value.span)
        } else {
            sink.error("missing required key '\(key)' in \(context)", at: span)
        }
        return nil
    }

    /// Whether the mapping has `key` at all (even with a null value).
    func has(_ key: String) -> Bool {
        keys.contains(key)
    }

    /// Reports every key that is not one of the known keys.
    func reportUnknownKeys() {
        for pair in pairs {
            guard let name = pair.key.scalar?.text else {
                sink.error("keys in \(context) must be text, got \(pair.key.kindDescription)", at: pair.key.span)
                continue
            }
            if !knownKeys.contains(name) {
                sink.error("unknown key '\(name)' in \(context)\(Suggestion.clause(for: name, in: knownKeys.names))", at: pair.key.span)
            }
        }
    }

    /// Every key of the mapping, with its node, in document order.
    var entries: [(key: String, keyNode: Node, value: Node)] {
        pairs.compactMap { pair in pair.key.scalar.map { ($0.text, pair.key, pair.value) } }
    }
}
