// ldpub — MIT licence.

/// Eight bytes of text loaded as one integer, so one test covers all eight (SIMD within a
/// register): the scanners skip plain runs of text eight bytes at a time.
enum ByteLanes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `utf8` from `offset`, which must leave eight bytes.
    static func load(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(utf8.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// True when a byte of `lanes` is 0x80 or more.
    static func hasNonASCII(_ lanes: UInt64) -> Bool {
        lanes & highBits != 0
    }

    /// True when a byte of `lanes` is below `limit`, at most 0x80.
    static func hasByte(below limit: UInt8, in lanes: UInt64) -> Bool {
        (lanes &- ones &* UInt64(limit)) & ~lanes & highBits != 0
    }

    /// True when a byte of `lanes` is `byte`.
    static func hasByte(_ byte: UInt8, in lanes: UInt64) -> Bool {
        let zeroWhereEqual = lanes ^ (ones &* UInt64(byte))
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits != 0
    }
}
