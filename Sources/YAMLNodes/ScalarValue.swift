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
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        // Fast exit: every non-string value starts with one of these characters.
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            break
        default:
            return .string(text)
        }
        // The words below have at most six bytes: longer text is compared with none of them.
        if utf8.count <= 6 {
            if let word = coreSchemaWord(text) { return word }
        }
        // A number starts with a sign, a digit or a dot: the letters above only start the words.
        if first >= UInt8(ascii: "A") { return .string(text) }
        var text = text
        let integer = text.withUTF8 { parseInteger($0) }
        if let integer { return integer }
        if isCoreFloat(text.utf8), let number = Double(text) { return .float(number) }
        return .string(text)
    }

    /// The value of one of the core schema's words: nulls, booleans, infinities and not-a-number.
    private static func coreSchemaWord(_ text: String) -> ScalarValue? {
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: return nil
        }
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
    private static func isCoreFloat(_ utf8: String.UTF8View) -> Bool {
        var index = utf8.startIndex
        func peek() -> UInt8? { index < utf8.endIndex ? utf8[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
        func skipDigits() -> Int {
            var count = 0
            while isDigit(peek()) { index = utf8.index(after: index); count += 1 }
            return count
        }
        if let sign = peek(), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { index = utf8.index(after: index) }
        let integerDigits = skipDigits()
        var fractionDigits = 0
        if peek() == UInt8(ascii: ".") {
            index = utf8.index(after: index)
            fractionDigits = skipDigits()
            if integerDigits == 0 && fractionDigits == 0 { return false }
        } else if integerDigits == 0 {
            return false
        }
        if let exponent = peek(), exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            index = utf8.index(after: index)
            if let sign = peek(), sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { index = utf8.index(after: index) }
            if skipDigits() == 0 { return false }
        }
        return index == utf8.endIndex
    }
}
