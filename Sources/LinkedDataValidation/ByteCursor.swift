// ldpub — MIT licence.

/// A forward reader over the UTF-8 bytes of a value, for hand-written lexical checks.
///
/// Checks run on every literal of every page, so they scan bytes instead of compiling
/// regular expressions.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Runs `body` on a cursor over the UTF-8 of `text`.
    static func scan<Result>(_ text: String, _ body: (inout ByteCursor) -> Result) -> Result {
        var copy = text
        return copy.withUTF8 { buffer in
            var cursor = ByteCursor(buffer)
            return body(&cursor)
        }
    }

    var isAtEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    var remaining: Int { bytes.count - index }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Consumes the next byte if it is one of `choices`, returning it.
    mutating func take(oneOf choices: StaticString) -> UInt8? {
        guard let next = peek else { return nil }
        let found = choices.withUTF8Buffer { $0.contains(next) }
        guard found else { return nil }
        index += 1
        return next
    }

    /// Consumes exactly `count` ASCII digits and returns their value.
    mutating func digits(_ count: Int) -> Int? {
        guard remaining >= count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += count
        return value
    }

    /// Consumes one or more ASCII digits and returns how many there were.
    mutating func digitRun() -> Int {
        let start = index
        while let next = peek, next.isASCIIDigit { index += 1 }
        return index - start
    }

    /// Consumes one or more ASCII digits (at most 18) and returns their value.
    mutating func number() -> (value: Int, count: Int)? {
        let start = index
        var value = 0
        while let next = peek, next.isASCIIDigit, index - start < 18 {
            value = value * 10 + Int(next - UInt8(ascii: "0"))
            index += 1
        }
        if let next = peek, next.isASCIIDigit { return nil }
        return index > start ? (value, index - start) : nil
    }

    /// Consumes ASCII spaces and tabs and returns how many there were.
    mutating func spaces() -> Int {
        let start = index
        while let next = peek, next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") { index += 1 }
        return index - start
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIILetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }
}
