// ldpub — MIT licence.

import ArticleModel

/// Writes values as a compact byte record: zig-zag LEB128 integers, length-prefixed bytes
/// and UTF-8 strings, one byte for a flag. ``ByteRecordReader`` reads them back.
struct ByteRecordWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ data: [UInt8]) {
        write(data.count)
        bytes.append(contentsOf: data)
    }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    mutating func write(_ timestamp: Timestamp) {
        write(timestamp.year)
        write(timestamp.month)
        write(timestamp.day)
        write(timestamp.time != nil)
        if let time = timestamp.time {
            write(time.hour)
            write(time.minute)
            write(time.second)
            write(time.fraction)
            write(time.offsetMinutes)
        }
    }

    mutating func write(_ timestamp: Timestamp?) {
        write(timestamp != nil)
        if let timestamp { write(timestamp) }
    }
}
