// ldpub — MIT licence.

/// The keys a mapping may have: in order for suggestions, hashed for lookups.
///
/// An ASCII key is looked up among the names of its length, compared byte for byte (no hashing);
/// any other key in the hashed set, which compares as `String` does (U+212A KELVIN SIGN is `K`).
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// The keys, in the order messages and suggestions use.
    let names: [String]
    private let lookup: Set<String>
    /// The ASCII names by their length in bytes.
    private let asciiNamesByLength: [[String]]

    init(_ names: [String]) {
        self.names = names
        lookup = Set(names)
        var byLength = [[String]](repeating: [], count: (names.map(\.utf8.count).max() ?? 0) + 1)
        for name in names where name.utf8.allSatisfy({ $0 < 0x80 }) { byLength[name.utf8.count].append(name) }
        asciiNamesByLength = byLength
    }

    init(arrayLiteral names: String...) {
        self.init(names)
    }

    func contains(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return lookup.contains(name) }
        // ASCII text equals only ASCII text of the same bytes.
        return utf8.count < asciiNamesByLength.count && asciiNamesByLength[utf8.count].contains(name)
    }
}
