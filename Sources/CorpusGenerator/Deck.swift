// ldpub — MIT licence.

/// Draws positions `0 ..< count` in shuffled order without repeats, reshuffling when all are
/// used, so an article does not repeat a sentence until it has used them all.
struct Deck {
    private let count: Int
    private var order: [Int] = []

    init(count: Int) {
        self.count = count
    }

    /// The next position.
    mutating func draw(random: inout SplitMix64) -> Int {
        if order.isEmpty { order = random.distinctIndices(count, of: count) }
        return order.removeLast()
    }
}
