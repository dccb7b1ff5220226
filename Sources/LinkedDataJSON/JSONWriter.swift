// ldpub — MIT licence.

/// Serializes ``JSONValue`` trees to UTF-8 JSON (RFC 8259), byte for byte the same every time.
///
/// Pretty output indents by two spaces and puts `": "` between key and value. Strings are
/// escaped as RFC 8259 requires (`"`, `\` and control characters), plus U+2028 and U+2029 so
/// the output is also valid JavaScript. With ``escapesHTML`` set, `<`, `>` and `&` become
/// `\u003c`, `\u003e` and `\u0026`, so the JSON can sit inside an HTML `<script>` element and
/// no text can close it. Non-ASCII characters are written as UTF-8; `/` is not escaped.
public struct JSONWriter: Sendable {
    /// Indent nested values on lines of their own.
    public var prettyPrinted: Bool
    /// Escape `<`, `>` and `&` for embedding in HTML.
    public var escapesHTML: Bool

    /// Creates a writer.
    public init(prettyPrinted: Bool = true, escapesHTML: Bool = false) {
        self.prettyPrinted = prettyPrinted
        self.escapesHTML = escapesHTML
    }

    /// The JSON text of `value`, without a final newline.
    public func string(_ value: JSONValue) -> String {
        string(value, prefix: "", suffix: "")
    }

    /// The JSON text of `value` between `prefix` and `suffix` (a final newline, say, or the
    /// tags of an HTML `<script>` element), made as one string without intermediate copies.
    public func string(_ value: JSONValue, prefix: String, suffix: String) -> String {
        buffer(value, prefix: prefix, suffix: suffix).string
    }

    /// The UTF-8 bytes of ``string(_:prefix:suffix:)``, for writing to a file without making a `String` first.
    public func bytes(_ value: JSONValue, prefix: String, suffix: String) -> [UInt8] {
        var bytes: [UInt8] = []
        buffer(value, prefix: prefix, suffix: suffix).copy(to: &bytes)
        return bytes
    }

    private func buffer(_ value: JSONValue, prefix: String, suffix: String) -> JSONOutputBuffer {
        var output = JSONOutputBuffer(capacity: 16_384)
        output.append(prefix)
        write(value, indent: 0, to: &output)
        output.append(suffix)
        return output
    }

    /// Appends the JSON text of `value` to `bytes`, without a final newline.
    public func write(_ value: JSONValue, to bytes: inout [UInt8]) {
        var output = JSONOutputBuffer(capacity: 16_384)
        write(value, indent: 0, to: &output)
        output.copy(to: &bytes)
    }

    private func write(_ value: JSONValue, indent: Int, to output: inout JSONOutputBuffer) {
        switch value {
        case .null:
            output.append("null")
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .int(let number):
            output.append(String(number))
        case .double(let number):
            output.append(Self.format(number))
        case .string(let text):
            writeString(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append(UInt8(ascii: "["), UInt8(ascii: "]"))
                return
            }
            output.append(UInt8(ascii: "["))
            for position in elements.indices {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, to: &output)
                write(elements[position], indent: indent + 1, to: &output)
            }
            newline(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            let members = object.members
            if members.isEmpty {
                output.append(UInt8(ascii: "{"), UInt8(ascii: "}"))
                return
            }
            output.append(UInt8(ascii: "{"))
            for position in members.indices {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, to: &output)
                writeString(members[position].key, to: &output)
                if prettyPrinted {
                    output.append(UInt8(ascii: ":"), UInt8(ascii: " "))
                } else {
                    output.append(UInt8(ascii: ":"))
                }
                write(members[position].value, indent: indent + 1, to: &output)
            }
            newline(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A line feed and the spaces of `indent` levels, when pretty-printing.
    private func newline(_ indent: Int, to output: inout JSONOutputBuffer) {
        guard prettyPrinted else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(UInt8(ascii: " "), repeated: indent * 2)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes `text` as a quoted JSON string.
    private func writeString(_ text: String, to output: inout JSONOutputBuffer) {
        let contiguous: Void? = text.utf8.withContiguousStorageIfAvailable { writeString($0, to: &output) }
        if contiguous == nil {
            Array(text.utf8).withUnsafeBufferPointer { writeString($0, to: &output) }
        }
    }

    /// Writes the UTF-8 of a string, quoted; most text has nothing to escape.
    @inline(__always)
    private func writeString(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout JSONOutputBuffer) {
        if EscapeScan.mayNeedEscape(in: utf8, escapingHTML: escapesHTML) {
            output.append(UInt8(ascii: "\""))
            writeEscaped(utf8, to: &output)
            output.append(UInt8(ascii: "\""))
        } else {
            output.appendQuoted(utf8)
        }
    }

    /// Appends valid UTF-8 with the bytes JSON (and, when asked, HTML) needs escaped replaced,
    /// copying the runs between them whole.
    ///
    /// Eight bytes at a time are tested for anything that may need an escape; only words that
    /// may are looked at byte by byte.
    private func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout JSONOutputBuffer) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var runStart = 0
        var index = 0
        while index < count {
            if count - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !EscapeScan.mayNeedEscape(word, escapingHTML: escapesHTML) {
                    index += 8
                    continue
                }
            }
            // Look at the next eight bytes (or what is left) one by one.
            let stop = min(index + 8, count)
            while index < stop {
                let byte = utf8[index]
                let escapeLength: Int
                if byte > UInt8(ascii: "\\") {
                    // Above the ASCII specials only U+2028 and U+2029 (E2 80 A8 / E2 80 A9) are
                    // escaped: valid JSON, but line ends in JavaScript.
                    guard byte == 0xE2, index + 2 < count, utf8[index + 1] == 0x80,
                          utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                        index += 1
                        continue
                    }
                    escapeLength = 3
                } else if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                            || (escapesHTML && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&"))) {
                    escapeLength = 1
                } else {
                    index += 1
                    continue
                }
                output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if escapeLength == 3 {
                    Self.appendUnicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
                } else {
                    Self.appendEscape(of: byte, to: &output)
                }
                index += escapeLength
                runStart = index
            }
        }
        output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }

    /// The escape of one ASCII byte: a short form where JSON has one, else `\u00XX`.
    private static func appendEscape(of byte: UInt8, to output: inout JSONOutputBuffer) {
        let short: UInt8
        switch byte {
        case UInt8(ascii: "\""): short = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): short = UInt8(ascii: "\\")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x09: short = UInt8(ascii: "t")
        default:
            appendUnicodeEscape(UInt16(byte), to: &output)
            return
        }
        output.append(UInt8(ascii: "\\"), short)
    }

    private static func appendUnicodeEscape(_ unit: UInt16, to output: inout JSONOutputBuffer) {
        output.append(UInt8(ascii: "\\"), UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            output.append(hexDigits[Int((unit >> UInt16(shift)) & 0xF)])
        }
    }

    /// Shortest round-tripping decimal form; JSON has no infinities or NaN, so those become `null`.
    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}
