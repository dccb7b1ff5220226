// ldpub — MIT licence.

/// The value of a scalar under the YAML 1.2 core schema.
public enum ScalarValue: Sendable, Hashable {
    /// `~`, `null`, `Null`, `NULL` or nothing.
    case null
    /// `true`/`false` in one of their three spellings.
    case bool(Bool)
    /// A decimal, `0o` octal or `0x` hexadecimal integer that fits 64 bits.
    case int(Int)
    /// A floating-point number, including `.inf` and `.nan`.
    case float(Double)
    /// Anything else; `yes`, `no`, `on` and `2025-12-30` are strings here.
    case string(String)

    /// "a string", "an integer", … for messages.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .float: return "a number"
        case .string: return "text"
        }
    }

    /// Resolves a plain scalar's text as the YAML 1.2 core schema's tag resolution does.
    public static func resolvingCoreSchema(_ text: String) -> ScalarValue {
        var text = text
        return text.withUTF8 { nonString($0) } ?? .string(text)
    }

    /// The value of a plain scalar of these UTF-8 bytes when the core schema makes it anything
    /// but a string (null, a boolean or a number); nil for a string.
    private static func nonString(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarValue? {
        guard let first = bytes.first else { return .null }
        // Fast exit: every non-string value starts with one of these characters.
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            break
        default:
            return nil
        }
        // The words below have at most six bytes: longer text is compared with none of them.
        if bytes.count <= 6 {
            if let word = coreSchemaWord(bytes) { return word }
        }
        // A number starts with a sign, a digit or a dot: the letters above only start the words.
        if first >= UInt8(ascii: "A") { return nil }
        if let integer = parseInteger(bytes) { return integer }
        if isCoreFloat(bytes), let number = Double(String(decoding: bytes, as: UTF8.self)) { return .float(number) }
        return nil
    }

    /// The value of one of the core schema's words: nulls, booleans, infinities and not-a-number.
    ///
    /// Compared as the text's bytes packed into one integer (at most six bytes, see the caller):
    /// one integer comparison per word, not one string comparison.
    private static func coreSchemaWord(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarValue? {
        let packed = packedBytes(bytes)
        for (word, value) in coreSchemaWords where word == packed { return value }
        return nil
    }

    /// The core schema's words, each with its bytes packed as ``packedBytes(_:)`` packs them.
    private static let coreSchemaWords: [(UInt64, ScalarValue)] = [
        (["~", "null", "Null", "NULL"], ScalarValue.null),
        (["true", "True", "TRUE"], .bool(true)),
        (["false", "False", "FALSE"], .bool(false)),
        ([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"], .float(.infinity)),
        (["-.inf", "-.Inf", "-.INF"], .float(-.infinity)),
        ([".nan", ".NaN", ".NAN"], .float(.nan)),
    ].flatMap { words, value in words.map { word in (Array(word.utf8).withUnsafeBufferPointer(packedBytes), value) } }

    /// The bytes of a text of at most seven bytes in one integer, its length in the top byte:
    /// two texts have the same integer only when they have the same bytes.
    private static func packedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed = UInt64(bytes.count) << 56
        var shift: UInt64 = 0
        for byte in bytes {
            packed |= UInt64(byte) << shift
            shift += 8
        }
        return packed
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; numbers beyond 64 bits become floats.
    private static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> ScalarValue? {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "o") {
                let digits = bytes[2...]
                guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }) else { return nil }
                let text = String(decoding: digits, as: UTF8.self)
                if let value = Int(text, radix: 8) { return .int(value) }
                return Double(exactly: digitsValue(digits, radix: 8)).map(ScalarValue.float)
            }
            if bytes[1] == UInt8(ascii: "x") {
                let digits = bytes[2...]
                guard digits.allSatisfy(isHexDigit) else { return nil }
                let text = String(decoding: digits, as: UTF8.self)
                if let value = Int(text, radix: 16) { return .int(value) }
                return Double(exactly: digitsValue(digits, radix: 16)).map(ScalarValue.float)
            }
        }
        var digits = bytes[...]
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        if let value = Int(text) { return .int(value) }
        return Double(text).map(ScalarValue.float)
    }

    private static func digitsValue(_ digits: some Collection<UInt8>, radix: Double) -> Double {
        digits.reduce(0.0) { partial, byte in
            let digit: Double
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Double(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Double(byte - UInt8(ascii: "a") + 10)
            default: digit = Double(byte - UInt8(ascii: "A") + 10)
            }
            return partial * radix + digit
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isCoreFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
        func skipDigits() -> Int {
            var count = 0
            while isDigit(peek()) { index += 1; count += 1 }
            return count
        }
        if let sign = peek(), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { index += 1 }
        let integerDigits = skipDigits()
        var fractionDigits = 0
        if peek() == UInt8(ascii: ".") {
            index += 1
            fractionDigits = skipDigits()
            if integerDigits == 0 && fractionDigits == 0 { return false }
        } else if integerDigits == 0 {
            return false
        }
        if let exponent = peek(), exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { index += 1 }
            if skipDigits() == 0 { return false }
        }
        return index == bytes.count
    }
}
