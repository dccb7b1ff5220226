// ldpub — MIT licence.

/// Appends values to bytes: LEB128 unsigned integers, and byte strings and UTF-8 texts
/// prefixed with their length. ``ByteDecoder`` reads them back.
struct ByteEncoder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func encode(_ value: Int) {
        precondition(value >= 0, "only counts and offsets are encoded")
        var remaining = UInt(value)
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    mutating func encode(_ data: [UInt8]) {
        encode(data.count)
        bytes.append(contentsOf: data)
    }

    mutating func encode(_ text: String) {
        encode(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }
}
