// ldpub — MIT licence.

/// A JSON value whose objects keep their members in a chosen order.
///
/// Exporters build documents as `JSONValue` trees and ``JSONWriter`` serializes them, so key
/// order (and therefore every output byte) is decided by the code that builds the tree.
/// Validators read documents as `JSONValue` too (see ``JSONValue/parse(_:)``).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, if this is one.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The object, if this is one.
    public var object: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The value of `key`, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        object?[key]
    }
}

/// A JSON object: members in insertion order, each key at most once.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        public let key: String
        public let value: JSONValue
    }

    /// The members, in order.
    public private(set) var members: [Member]

    /// Creates an object from members, in order. Later duplicates of a key are dropped.
    public init(_ members: [(String, JSONValue)] = []) {
        self.members = []
        self.members.reserveCapacity(members.count)
        for (key, value) in members { self[key] = value }
    }

    /// The value of `key`. Setting `nil` removes the key; setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index] = Member(key: key, value: newValue) } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Makes room for `capacity` members, so that appending them does not reallocate.
    public mutating func reserveCapacity(_ capacity: Int) {
        members.reserveCapacity(capacity)
    }

    /// Appends a member without looking for an earlier one with the same key.
    ///
    /// Builders that know their keys are distinct use this to stay linear.
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// The keys, in order.
    public var keys: [String] { members.map(\.key) }
    /// The number of members.
    public var count: Int { members.count }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}
