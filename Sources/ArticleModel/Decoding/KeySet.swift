// ldpub — MIT licence.

/// The keys a mapping may have: in order for suggestions, hashed for lookups.
struct KeySet: Sendable, ExpressibleByArrayLiteral {
    /// The keys, in the order messages and suggestions use.
    let names: [String]
    private let lookup: Set<String>

    init(_ names: [String]) {
        self.names = names
        lookup = Set(names)
    }

    init(arrayLiteral names: String...) {
        self.init(names)
    }

    func contains(_ name: String) -> Bool { lookup.contains(name) }
}
