// ldpub — MIT licence.

/// Reads what ``ByteEncoder`` wrote; malformed or truncated input makes it throw, never crash.
struct ByteDecoder {
    /// Why decoding stopped.
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True when every byte was read.
    var isAtEnd: Bool { position == bytes.count }

    mutating func decodeInt() throws(Malformed) -> Int {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < bytes.count, shift < 63 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt(byte & 0x7F) << shift
            guard byte & 0x80 != 0 else { break }
            shift += 7
        }
        guard value <= UInt(Int.max) else { throw Malformed() }
        return Int(value)
    }

    mutating func decodeBytes() throws(Malformed) -> [UInt8] {
        let count = try decodeInt()
        guard count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func decodeString() throws(Malformed) -> String {
        String(decoding: try decodeBytes(), as: UTF8.self)
    }
}
