// ldpub — MIT licence.

/// Appends values to a byte buffer: LEB128 variable-length integers (zig-zag for `Int`),
/// length-prefixed byte strings and UTF-8 texts, one byte for a flag. ``BinaryReader`` reads
/// them back. The one record format of ldpub's build cache and of the pieces it keeps (site
/// graph fragments, overview rows, article digests).
public struct BinaryWriter: Sendable {
    /// What was written.
    public private(set) var bytes: [UInt8] = []

    /// A writer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends one byte as it is (a format mark, say).
    public mutating func write(byte: UInt8) {
        bytes.append(byte)
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// An unsigned LEB128 integer.
    public mutating func write(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    /// A zig-zag LEB128 integer.
    public mutating func write(_ value: Int) {
        // Zig-zag, so small negative numbers stay short.
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    /// One byte, 0 or 1.
    public mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    /// A text as its UTF-8 length and bytes.
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A flag, then the text when there is one.
    public mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    /// Bytes with their length; ``BinaryReader/readRaw()`` reads them back.
    public mutating func write(raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// Writes `raw` with its length, as ``write(raw:)`` does; ``BinaryReader/readSlice()`` reads it back.
    public mutating func write(raw: ArraySlice<UInt8>) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }

    /// Appends `raw` as it is, without a length.
    public mutating func append(unframed raw: ArraySlice<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// The number of `items`, then each as `element` writes it; ``BinaryReader/readArray(_:)`` reads them back.
    public mutating func write<T>(_ items: [T], _ element: (inout BinaryWriter, T) -> Void) {
        write(items.count)
        for item in items { element(&self, item) }
    }
}

/// Reads what ``BinaryWriter`` wrote, in the same order; any malformed or truncated input makes
/// it throw, never crash.
public struct BinaryReader: Sendable {
    private let bytes: ArraySlice<UInt8>
    /// The index in the buffer of the next byte to read.
    public private(set) var position: Int

    /// Why reading stopped: what was being read is then ignored (and rebuilt).
    public struct Malformed: Error {
        /// Creates the error.
        public init() {}
    }

    /// A reader of a whole buffer.
    public init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    /// A reader of part of a buffer; positions are the buffer's indices.
    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// Whether every byte was read.
    public var isAtEnd: Bool { position == bytes.endIndex }

    /// One byte as ``BinaryWriter/write(byte:)`` wrote it.
    public mutating func readByte() throws(Malformed) -> UInt8 {
        guard position < bytes.endIndex else { throw Malformed() }
        position += 1
        return bytes[position - 1]
    }

    /// What ``BinaryWriter/write(_:)-(UInt64)`` wrote.
    public mutating func readUInt64() throws(Malformed) -> UInt64 {
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

    /// What ``BinaryWriter/write(_:)-(Int)`` wrote.
    public mutating func readInt() throws(Malformed) -> Int {
        let raw = try readUInt64()
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    /// An `Int` that counts something in the rest of the buffer: never negative, never more
    /// than the bytes left, so that no allocation sized by it can be larger than the input.
    public mutating func readCount() throws(Malformed) -> Int {
        let count = try readInt()
        // A count can never exceed the bytes left: this bounds every allocation.
        guard count >= 0, count <= bytes.endIndex - position else { throw Malformed() }
        return count
    }

    /// A flag: the byte 0 or 1, anything else is malformed.
    public mutating func readBool() throws(Malformed) -> Bool {
        guard position < bytes.endIndex, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// A text that ``BinaryWriter/write(_:)-(String)`` wrote.
    public mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        defer { position += count }
        let start = position - bytes.startIndex
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]), as: UTF8.self)
        }
    }

    /// A text that ``BinaryWriter/write(_:)-(String?)`` wrote.
    public mutating func readOptionalString() throws(Malformed) -> String? {
        try readBool() ? try readString() : nil
    }

    /// Bytes that ``BinaryWriter/write(raw:)`` wrote.
    public mutating func readRaw() throws(Malformed) -> [UInt8] {
        let count = try readCount()
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// What ``BinaryWriter/write(raw:)`` wrote, sharing this reader's buffer.
    public mutating func readSlice() throws(Malformed) -> ArraySlice<UInt8> {
        let count = try readCount()
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    /// Texts that ``BinaryWriter/write(_:_:)`` wrote, each with ``BinaryWriter/write(_:)-(String)``.
    public mutating func readStrings() throws(Malformed) -> [String] {
        try readArray { (reader: inout BinaryReader) throws(Malformed) in try reader.readString() }
    }

    /// Items that ``BinaryWriter/write(_:_:)`` wrote, each read by `element`.
    public mutating func readArray<T>(_ element: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try readCount()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try element(&self)) }
        return items
    }
}
