// ldpub — MIT licence.

/// Choices read from the fuzzer's bytes, front to back; once the bytes run out every read
/// gives the smallest choice, so any input describes exactly one value.
public struct FuzzBytes {
    private let bytes: [UInt8]
    private var index = 0

    /// Reads from `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when every byte has been read.
    public var isExhausted: Bool { index >= bytes.count }

    /// The next byte, or 0 past the end.
    public mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    /// A number in `range`, from as many bytes as the range needs.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound)
        guard span > 0 else { return range.lowerBound }
        var value: UInt64 = 0
        var covered: UInt64 = 0
        while covered < span {
            value = value << 8 | UInt64(byte())
            covered = covered << 8 | 0xFF
        }
        return range.lowerBound + Int(value % (span + 1))
    }

    /// True or false.
    public mutating func bool() -> Bool { byte() & 1 == 1 }

    /// True about one time in `n`.
    public mutating func oneIn(_ n: Int) -> Bool { int(in: 0...(n - 1)) == 0 }

    /// An element of a non-empty array.
    public mutating func pick<T>(_ choices: [T]) -> T { choices[int(in: 0...(choices.count - 1))] }

    /// A count for a list: usually small, sometimes up to `maximum`.
    public mutating func count(upTo maximum: Int) -> Int {
        oneIn(8) ? int(in: 0...maximum) : int(in: 0...min(maximum, 3))
    }
}
