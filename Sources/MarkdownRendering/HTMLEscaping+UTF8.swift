// ldpub — MIT licence.

extension HTMLEscaping {
    /// Appends `text` to `output` as UTF-8, escaped exactly as ``escape(_:)`` escapes it.
    ///
    /// Runs of bytes that need no escaping are copied at once, so text without any of the five
    /// characters costs one scan and one copy, and no `String` is made.
    /// - Parameters:
    ///   - text: Plain text.
    ///   - output: The HTML being written.
    public static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped(utf8: $0, to: &output) }
        if appended == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped(utf8: $0, to: &output) }
        }
    }

    /// Appends the plain text `utf8` (UTF-8 bytes) to `output`, escaped as ``escape(_:)`` escapes it.
    public static func appendEscaped(utf8 text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<text.count where needsEscaping(text[index]) {
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            appendEntity(of: text[index], to: &output)
            runStart = index + 1
        }
        if runStart < text.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...])) }
    }

    /// Whether `byte` is one of `&`, `<`, `>`, `"` and `'`: all below 64, so one bit each of a mask.
    @inline(__always)
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 64 && (specialBytes >> UInt64(byte)) & 1 != 0
    }

    /// Bit `b` is set for each byte `b` that ``needsEscaping(_:)``: `"` (0x22), `&` (0x26), `'` (0x27), `<` (0x3C), `>` (0x3E).
    private static var specialBytes: UInt64 { 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E }

    private static func appendEntity(of byte: UInt8, to output: inout [UInt8]) {
        let entity: StaticString
        switch byte {
        case UInt8(ascii: "&"): entity = "&amp;"
        case UInt8(ascii: "<"): entity = "&lt;"
        case UInt8(ascii: ">"): entity = "&gt;"
        case UInt8(ascii: "\""): entity = "&quot;"
        default: entity = "&#39;"
        }
        entity.withUTF8Buffer { output.append(contentsOf: $0) }
    }
}
