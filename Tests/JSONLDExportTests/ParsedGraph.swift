// ldpub — MIT licence.

import Foundation
import Testing

/// A JSON-LD document read back with Foundation's `JSONSerialization`, with lookups for tests.
struct ParsedGraph {
    /// The top-level object.
    let root: [String: Any]
    /// The `@graph` nodes, in order.
    let nodes: [[String: Any]]

    /// Parses `text`, which must be a JSON object with a `@graph` array.
    init(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        root = try #require(object as? [String: Any], sourceLocation: sourceLocation)
        nodes = try #require(root["@graph"] as? [[String: Any]], sourceLocation: sourceLocation)
    }

    /// `(@id, @type)` of every graph node, in order.
    var idsAndTypes: [(id: String, type: String)] {
        nodes.map { (($0["@id"] as? String) ?? "", ($0["@type"] as? String) ?? "") }
    }

    /// The graph node with this `@id`.
    func node(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(nodes.first { $0["@id"] as? String == id }, "no node \(id)", sourceLocation: sourceLocation)
    }

    /// Every `@id` written as a reference (`{"@id": …}` alone), anywhere in the document.
    var referencedIDs: [String] {
        var result: [String] = []
        Self.walk(root) { object in
            if object.count == 1, let id = object["@id"] as? String { result.append(id) }
        }
        return result
    }

    /// Every `@id` of a node that is described (has more than its `@id`), anywhere in the document.
    var describedIDs: Set<String> {
        var result: Set<String> = []
        Self.walk(root) { object in
            if object.count > 1, let id = object["@id"] as? String { result.insert(id) }
        }
        return result
    }

    /// Every string value in the document (not keys), depth first.
    var strings: [String] {
        var result: [String] = []
        Self.walkValues(root) { if let text = $0 as? String { result.append(text) } }
        return result
    }

    /// Calls `visit` with every object in `value`, depth first.
    static func walk(_ value: Any, _ visit: ([String: Any]) -> Void) {
        walkValues(value) { if let object = $0 as? [String: Any] { visit(object) } }
    }

    /// Calls `visit` with `value` and everything nested in it.
    static func walkValues(_ value: Any, _ visit: (Any) -> Void) {
        visit(value)
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() { walkValues(object[key]!, visit) }
        } else if let array = value as? [Any] {
            for element in array { walkValues(element, visit) }
        }
    }
}

/// Reads a nested value by a path of keys and array indexes, e.g. `["isPartOf", "issueNumber"]`.
func value(_ object: [String: Any], _ path: Any...) -> Any? {
    lookup(object, path)
}

/// `value(…)` as a string.
func string(_ object: [String: Any], _ path: Any...) -> String? {
    lookup(object, path) as? String
}

private func lookup(_ object: [String: Any], _ path: [Any]) -> Any? {
    var current: Any? = object
    for step in path {
        if let key = step as? String {
            current = (current as? [String: Any])?[key]
        } else if let index = step as? Int {
            guard let array = current as? [Any], array.indices.contains(index) else { return nil }
            current = array[index]
        }
    }
    return current
}

/// The `@id`s of a property whose value is an array of references.
func referenceIDs(_ object: [String: Any], _ key: String) -> [String] {
    ((object[key] as? [[String: Any]]) ?? []).compactMap { $0["@id"] as? String }
}
