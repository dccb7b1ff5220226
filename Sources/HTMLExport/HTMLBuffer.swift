// ldpub — MIT licence.

import MarkdownRendering

/// An HTML document being written as UTF-8 bytes into one growing buffer: literal markup,
/// markup made elsewhere, and plain text escaped on the way in (``HTMLEscaping``), without
/// making a `String` for any part.
struct HTMLBuffer {
    /// What was written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends literal markup.
    mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup (or text known to need no escaping) as it is.
    mutating func append(raw markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends markup, as UTF-8 bytes, as it is.
    mutating func append(raw markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends markup, as UTF-8 bytes, as it is.
    mutating func append(raw markup: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: markup)
    }

    /// Appends plain text, escaped for HTML.
    mutating func append(escaped text: String) {
        HTMLEscaping.appendEscaped(text, to: &bytes)
    }

    /// Appends a whole number in decimal, as `String(number)` writes it, with zeros in front of
    /// a number of fewer than `minimumDigits` digits.
    mutating func append(number: Int, minimumDigits: Int = 1) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = number.magnitude
        var divisor: UInt = 1
        var digits = 1
        while divisor <= rest / 10 || digits < minimumDigits {
            divisor *= 10
            digits += 1
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Appends `1 claim`, `2 claims`: the count and the noun, plural unless the count is 1.
    mutating func append(count: Int, _ noun: StaticString) {
        append(number: count)
        append(" ")
        append(noun)
        if count != 1 { append("s") }
    }

    /// The document as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
