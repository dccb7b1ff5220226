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
        var bytes: [UInt8] = []
        write(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON text of `value` to `bytes`, without a final newline.
    public func write(_ value: JSONValue, to bytes: inout [UInt8]) {
        write(value, indent: 0, to: &bytes)
    }

    private func write(_ value: JSONValue, indent: Int, to bytes: inout [UInt8]) {
        switch value {
        case .null:
            bytes.append(contentsOf: "null".utf8)
        case .bool(let flag):
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number):
            bytes.append(contentsOf: String(number).utf8)
        case .double(let number):
            bytes.append(contentsOf: Self.format(number).utf8)
        case .string(let text):
            writeString(text, to: &bytes)
        case .array(let elements):
            if elements.isEmpty {
                bytes.append(contentsOf: "[]".utf8)
                return
            }
            bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent + 1, to: &bytes)
                write(element, indent: indent + 1, to: &bytes)
            }
            newline(indent, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.count == 0 {
                bytes.append(contentsOf: "{}".utf8)
                return
            }
            bytes.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent + 1, to: &bytes)
                writeString(member.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if prettyPrinted { bytes.append(UInt8(ascii: " ")) }
                write(member.value, indent: indent + 1, to: &bytes)
            }
            newline(indent, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ indent: Int, to bytes: inout [UInt8]) {
        guard prettyPrinted else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20: Self.appendUnicodeEscape(UInt16(byte), to: &bytes)
            case UInt8(ascii: "<") where escapesHTML, UInt8(ascii: ">") where escapesHTML, UInt8(ascii: "&") where escapesHTML:
                Self.appendUnicodeEscape(UInt16(byte), to: &bytes)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 / E2 80 A9: valid JSON, but line ends in JavaScript.
                let second = utf8.next()
                let third = second == 0x80 ? utf8.next() : nil
                if let third, third == 0xA8 || third == 0xA9 {
                    Self.appendUnicodeEscape(third == 0xA8 ? 0x2028 : 0x2029, to: &bytes)
                } else {
                    bytes.append(byte)
                    if let second { bytes.append(second) }
                    if let third { bytes.append(third) }
                }
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendUnicodeEscape(_ unit: UInt16, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hexDigits[Int((unit >> UInt16(shift)) & 0xF)])
        }
    }

    /// Shortest round-tripping decimal form; JSON has no infinities or NaN, so those become `null`.
    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}
