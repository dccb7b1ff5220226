// ldpub — MIT licence.

/// A small XML 1.0 writer: UTF-8, LF line ends, two-space indentation, a final newline.
///
/// Element and attribute names are `StaticString`s, so only names written in the code can
/// appear; every piece of data reaches the output through ``escape(_:inAttribute:to:)``, the
/// one escaping function. Nesting is written with closures, so every element is closed.
struct XMLWriter {
    /// An attribute: a name from the code and a value from the data.
    typealias Attribute = (name: StaticString, value: String)

    private var bytes: [UInt8] = []
    private var depth = 0

    /// Starts a document with the XML declaration.
    init() {
        bytes.reserveCapacity(64 * 1024)
        bytes.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
    }

    /// Writes `<name attributes>`, the children `content` writes, and `</name>` on a line of its own.
    mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], content: (inout XMLWriter) -> Void) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        depth += 1
        content(&self)
        depth -= 1
        newline()
        endTag(name)
    }

    /// Writes `<name attributes>text</name>` on one line (the text may contain line breaks).
    mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], text: String) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        Self.escape(text, inAttribute: false, to: &bytes)
        endTag(name)
    }

    /// Writes `<name attributes/>`.
    mutating func emptyElement(_ name: StaticString, _ attributes: [Attribute]) {
        startTag(name, attributes)
        bytes.append(contentsOf: "/>".utf8)
    }

    /// The document, ending in a newline.
    consuming func finish() -> String {
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func startTag(_ name: StaticString, _ attributes: [Attribute]) {
        newline()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for attribute in attributes {
            bytes.append(UInt8(ascii: " "))
            append(attribute.name)
            bytes.append(contentsOf: "=\"".utf8)
            Self.escape(attribute.value, inAttribute: true, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func endTag(_ name: StaticString) {
        bytes.append(contentsOf: "</".utf8)
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` to `bytes` as XML character data or as a double-quoted attribute value.
    ///
    /// `&`, `<`, `>` and `"` become entity references everywhere, and `'` too in attributes.
    /// A carriage return becomes `&#13;` (parsers would turn a literal one into a line feed), and
    /// in attributes tab and line feed become `&#9;` and `&#10;` (attribute-value normalization
    /// would turn literal ones into spaces), so every value parses back exactly as given.
    /// Characters XML 1.0 cannot carry, C0 controls other than tab, line feed and carriage return
    /// and U+FFFE and U+FFFF, are dropped. Input validation rejects them earlier; this keeps the
    /// document well-formed whatever arrives.
    static func escape(_ text: String, inAttribute: Bool, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'") where inAttribute: bytes.append(contentsOf: "&apos;".utf8)
                case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
                case 0x09 where inAttribute: bytes.append(contentsOf: "&#9;".utf8)
                case 0x0A where inAttribute: bytes.append(contentsOf: "&#10;".utf8)
                case 0x09, 0x0A: bytes.append(byte)
                case 0x00..<0x20: continue
                case 0xEF where index + 1 < utf8.count && utf8[index] == 0xBF && (utf8[index + 1] == 0xBE || utf8[index + 1] == 0xBF):
                    index += 2  // U+FFFE or U+FFFF
                default: bytes.append(byte)
                }
            }
        }
    }
}
