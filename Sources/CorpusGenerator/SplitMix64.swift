// ldpub — MIT licence.

/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// The corpus never uses the system's generator: the same seed always gives the same
/// sequence, on every platform and Swift version, because every draw below (bounded
/// integers, chances, picks) is computed here rather than by the standard library.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state.
    public private(set) var state: UInt64

    /// Creates a generator that starts at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Creates an independent stream for one part of the corpus, such as one article.
    ///
    /// - Parameters:
    ///   - seed: the corpus seed.
    ///   - stream: which part (a small constant naming the purpose).
    ///   - index: which one of those parts (an article's index).
    public init(seed: UInt64, stream: UInt64, index: Int) {
        let mixed = Self.finalize(seed &+ 0x9E37_79B9_7F4A_7C15 &* (stream &+ 1))
        state = Self.finalize(mixed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.finalize(state)
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0 ..< bound` (`bound` ≥ 1), by Lemire's multiply-high method with rejection.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// A whole number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `probability` (0 ... 1).
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// `count` distinct positions in `0 ..< total`, in the order drawn (a partial Fisher–Yates shuffle).
    public mutating func distinctIndices(_ count: Int, of total: Int) -> [Int] {
        var positions = Array(0..<total)
        let wanted = min(count, total)
        for slot in 0..<wanted {
            positions.swapAt(slot, slot + below(total - slot))
        }
        return Array(positions[0..<wanted])
    }
}
