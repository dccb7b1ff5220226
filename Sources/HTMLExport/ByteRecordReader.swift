// ldpub — MIT licence.

import ArticleModel

/// Reads what ``ByteRecordWriter`` wrote, in the same order; malformed or truncated input
/// makes it throw, never crash.
struct ByteRecordReader {
    /// Why reading stopped.
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { position == bytes.count }

    mutating func readByte() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        position += 1
        return bytes[position - 1]
    }

    mutating func readInt() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    mutating func readBool() throws(Malformed) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func readBytes() throws(Malformed) -> [UInt8] {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        position += count
        return Array(bytes[(position - count)..<position])
    }

    mutating func readString() throws(Malformed) -> String {
        let utf8 = try readBytes()
        guard let text = String(validating: utf8, as: UTF8.self) else { throw Malformed() }
        return text
    }

    mutating func readStrings() throws(Malformed) -> [String] {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try readString()) }
        return texts
    }

    mutating func readTimestamp() throws(Malformed) -> Timestamp {
        let (year, month, day) = (try readInt(), try readInt(), try readInt())
        guard try readBool() else { return Timestamp(year: year, month: month, day: day) }
        let (hour, minute, second, fraction, offset) = (try readInt(), try readInt(), try readInt(), try readString(), try readInt())
        return Timestamp(year: year, month: month, day: day,
                         time: .init(hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: offset))
    }

    mutating func readOptionalTimestamp() throws(Malformed) -> Timestamp? {
        try readBool() ? try readTimestamp() : nil
    }
}
