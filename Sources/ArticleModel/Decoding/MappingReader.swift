// ldpub — MIT licence.

import YAMLNodes

/// Reads the keys of one YAML mapping by name, and reports what does not belong.
///
/// Created with the keys the mapping may have; ``reportUnknownKeys()`` reports every
/// other key with a "did you mean" suggestion. A key whose value is null (`key:` or
/// `key: ~`) counts as absent. A required key that is missing while an unknown key stands
/// for it (`header:` for `heading:`) is one error, at the unknown key.
///
/// A class: one allocation per mapping, and the unknown keys reported so far live in it.
final class MappingReader {
    /// How messages name the mapping: "article", "site", "section", "claim 'c1'", …
    let context: String
    /// Where the mapping starts.
    let span: SourceSpan
    private let pairs: [Node.Pair]
    /// The text of each key, read once; empty for a key that is not a scalar (no known key is empty).
    private let keys: [String]
    private let knownKeys: KeySet
    private let sink: DiagnosticSink
    /// Unknown keys already reported with the required key they stand for.
    private var reportedKeys: Set<String> = []

    /// Fails (after reporting it) when `node` is not a mapping.
    init?(_ node: Node, context: String, knownKeys: KeySet, sink: DiagnosticSink, expected: String? = nil) {
        guard let pairs = node.mapping else {
            sink.error("expected \(expected ?? "a mapping") for \(context), got \(node.kindDescription)", at: node.span)
            return nil
        }
        self.context = context
        self.span = node.span
        self.pairs = pairs
        self.keys = pairs.map { pair in
            if case .scalar(let scalar) = pair.key.content { return scalar.text }
            return ""
        }
        self.knownKeys = knownKeys
        self.sink = sink
    }

    /// The value of `key`, or nil when it is absent or null.
    func value(_ key: String) -> Node? {
        guard let index = index(of: key), !pairs[index].value.isNull else { return nil }
        return pairs[index].value
    }

    /// The index of the pair whose key is `key` (never empty).
    private func index(of key: String) -> Int? {
        for index in keys.indices where keys[index] == key { return index }
        return nil
    }

    /// The value of `key`; reports it missing when absent or null.
    func required(_ key: String) -> Node? {
        if let node = value(key) { return node }
        if let index = index(of: key) {
            let present = pairs[index]
            sink.error("'\(key)' in \(context) needs a value", at: present.value.span)
        } else if let stand = unknownKey(standingFor: key) {
            reportedKeys.insert(stand.name)
            sink.error("unknown key '\(stand.name)' in \(context); did you mean '\(key)' (required, missing)?", at: stand.node.span)
        } else {
            sink.error("missing required key '\(key)' in \(context)", at: span)
        }
        return nil
    }

    /// The first unknown key whose suggestion is `key`, as `header` is for `heading`. Looks at
    /// the first few unknown keys only: a hostile mapping of many keys costs no more searches.
    private func unknownKey(standingFor key: String) -> (name: String, node: Node)? {
        let unknown = pairs.lazy.compactMap { pair in pair.key.scalar.map { ($0.text, pair.key) } }
            .filter { [self] in !knownKeys.contains($0.0) && !reportedKeys.contains($0.0) }
        for (name, node) in unknown.prefix(Self.maxUnknownKeysSearched) where Suggestion.nearest(to: name, in: knownKeys.names) == key {
            return (name, node)
        }
        return nil
    }

    private static let maxUnknownKeysSearched = 32

    /// Whether the mapping has `key` at all (even with a null value).
    func has(_ key: String) -> Bool {
        index(of: key) != nil
    }

    /// Reports every key that is not one of the known keys.
    func reportUnknownKeys() {
        // By the keys' text: no pair is copied for the keys that are known (almost all).
        for (index, name) in keys.enumerated() where name.isEmpty || !knownKeys.contains(name) {
            let key = pairs[index].key
            guard case .scalar = key.content else {
                sink.error("keys in \(context) must be text, got \(key.kindDescription)", at: key.span)
                continue
            }
            if reportedKeys.isEmpty || !reportedKeys.contains(name) {
                sink.error("unknown key '\(name)' in \(context)\(Suggestion.clause(for: name, in: knownKeys.names))", at: key.span)
            }
        }
    }

    /// Calls `body` with every scalar key of the mapping and its value, in document order.
    func forEachEntry(_ body: (_ key: String, _ value: Node) -> Void) {
        for (index, pair) in pairs.enumerated() where pair.key.scalar != nil { body(keys[index], pair.value) }
    }
}
