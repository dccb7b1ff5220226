// ldpub — MIT licence.

/// Word-at-a-time tests for the bytes ``JSONWriter`` escapes, on eight bytes of UTF-8 at once.
///
/// The tests are the usual bit tricks: `x - 0x01…01` borrows into the high bit of a byte
/// that was zero, so `(x - 0x01…01) & ~x & 0x80…80` is non-zero exactly when some byte of
/// `x` is zero; a byte equal to `b` is a zero byte of `x ^ (b * 0x01…01)`.
enum EscapeScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `text` is one that ``mayNeedEscape(_:escapingHTML:)`` looks for.
    @inline(__always)
    static func mayNeedEscape(in text: UnsafeBufferPointer<UInt8>, escapingHTML: Bool) -> Bool {
        guard let base = text.baseAddress else { return false }
        let count = text.count
        guard count >= 8 else {
            for index in 0..<count where mayNeedEscape(base[index], escapingHTML: escapingHTML) { return true }
            return false
        }
        var index = 0
        while count - index >= 8 {
            if mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), escapingHTML: escapingHTML) { return true }
            index += 8
        }
        // The last, partial word: the final eight bytes, overlapping the word before.
        return index < count && mayNeedEscape(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self), escapingHTML: escapingHTML)
    }

    /// Whether `byte` is one that ``mayNeedEscape(_:escapingHTML:)`` looks for.
    @inline(__always)
    static func mayNeedEscape(_ byte: UInt8, escapingHTML: Bool) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
            || (escapingHTML && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")))
    }

    /// Whether some byte of `word` is a control character, `"`, `\`, the lead byte `E2` of
    /// U+2028 and U+2029, or (when escaping HTML) `<`, `>` or `&`. Never false for a word
    /// that has one; true only then.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64, escapingHTML: Bool) -> Bool {
        var found = hasByteBelow(0x20, word) | hasByte(UInt8(ascii: "\""), word) | hasByte(UInt8(ascii: "\\"), word) | hasByte(0xE2, word)
        if escapingHTML {
            found |= hasByte(UInt8(ascii: "<"), word) | hasByte(UInt8(ascii: ">"), word) | hasByte(UInt8(ascii: "&"), word)
        }
        return found != 0
    }

    /// Non-zero when some byte of `word` equals `byte`.
    private static func hasByte(_ byte: UInt8, _ word: UInt64) -> UInt64 {
        hasZeroByte(word ^ (UInt64(byte) &* ones))
    }

    /// Non-zero when some byte of `word` is zero.
    private static func hasZeroByte(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    /// Non-zero when some byte of `word` is less than `limit` (at most 0x80).
    private static func hasByteBelow(_ limit: UInt8, _ word: UInt64) -> UInt64 {
        (word &- UInt64(limit) &* ones) & ~word & highBits
    }
}
