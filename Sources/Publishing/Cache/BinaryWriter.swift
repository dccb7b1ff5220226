// ldpub — MIT licence.

/// Appends values to a byte buffer in the build cache's format: LEB128 variable-length
/// integers, length-prefixed UTF-8 strings, one byte for a flag.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its capacity.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func write(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    mutating func write(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// Writes `raw` with its length, as ``write(raw:)`` does; ``BinaryReader/readSlice()`` reads it back.
    mutating func write(raw: ArraySlice<UInt8>) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// Appends `raw` as it is, without a length.
    mutating func append(unframed raw: ArraySlice<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    mutating func write<T>(_ items: [T], _ element: (inout BinaryWriter, T) -> Void) {
        write(items.count)
        for item in items { element(&self, item) }
    }
}

/// Reads what ``BinaryWriter`` wrote; any malformed or truncated input makes it fail, never crash.
struct BinaryReader {
    private let bytes: ArraySlice<UInt8>
    private(set) var position: Int

    /// Why reading stopped: the cache is then ignored and rebuilt.
    struct Malformed: Error {}

    init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    /// A reader of part of a buffer; positions are the buffer's indices.
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func readUInt64() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.endIndex, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(Malformed) -> Int {
        let raw = try readUInt64()
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func readCount() throws(Malformed) -> Int {
        let count = try readInt()
        // A count can never exceed the bytes left: this bounds every allocation.
        guard count >= 0, count <= bytes.endIndex - position else { throw Malformed() }
        return count
    }

    mutating func readBool() throws(Malformed) -> Bool {
        guard position < bytes.endIndex, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        defer { position += count }
        let start = position - bytes.startIndex
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]), as: UTF8.self)
        }
    }

    mutating func readOptionalString() throws(Malformed) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readRaw() throws(Malformed) -> [UInt8] {
        let count = try readCount()
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// What ``BinaryWriter/write(raw:)`` wrote, sharing this reader's buffer.
    mutating func readSlice() throws(Malformed) -> ArraySlice<UInt8> {
        let count = try readCount()
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func readArray<T>(_ element: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try readCount()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try element(&self)) }
        return items
    }
}
