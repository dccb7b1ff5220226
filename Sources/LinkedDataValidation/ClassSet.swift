// ldpub — MIT licence.

/// A set of schema.org classes (data types included) as bits over the numbers that a
/// ``VocabularyIndex`` gives them, so that "does a node fit this range" is a few word tests
/// rather than a hash lookup per class.
struct ClassSet: Sendable {
    /// The bits; empty exactly when the set is (no operation leaves only zero words).
    private var words: [UInt64]

    /// An empty set.
    init() { words = [] }

    /// A set of the classes numbered `numbers`.
    init(_ numbers: some Sequence<Int>) {
        words = []
        for number in numbers { insert(number) }
    }

    var isEmpty: Bool { words.isEmpty }

    func contains(_ number: Int) -> Bool {
        let word = number >> 6
        return word < words.count && words[word] & (1 << UInt64(number & 63)) != 0
    }

    mutating func insert(_ number: Int) {
        let word = number >> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word + 1 - words.count)) }
        words[word] |= 1 << UInt64(number & 63)
    }

    mutating func formUnion(_ other: ClassSet) {
        // The union with nothing shares the other set's storage.
        if words.isEmpty {
            words = other.words
            return
        }
        if other.words.count > words.count { words.append(contentsOf: repeatElement(0, count: other.words.count - words.count)) }
        for position in other.words.indices { words[position] |= other.words[position] }
    }

    /// Whether the two sets have a class in common.
    func intersects(_ other: ClassSet) -> Bool {
        for position in 0..<min(words.count, other.words.count) where words[position] & other.words[position] != 0 {
            return true
        }
        return false
    }
}
