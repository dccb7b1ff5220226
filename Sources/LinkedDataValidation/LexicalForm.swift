// ldpub — MIT licence.

/// The lexical forms of schema.org data types, as the validator accepts them in JSON-LD literals.
///
/// The forms follow the conformance kit: `Date` is `YYYY-MM-DD` (a real calendar date, years
/// of four or more digits), `DateTime` is ISO 8601 with `T` or a space, optional seconds and
/// fraction and an optional offset (a missing offset is reported separately), `Time` is
/// `hh:mm[:ss[.frac]]` with an optional offset.
enum LexicalForm {
    /// The result of reading a date-time.
    enum DateTimeForm { case invalid, withoutOffset, withOffset }

    static func isDate(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            readDate(&cursor) && cursor.isAtEnd
        }
    }

    static func dateTime(_ text: String) -> DateTimeForm {
        ByteCursor.scan(text) { cursor in
            guard readDate(&cursor), cursor.take(oneOf: "T ") != nil, readClock(&cursor) else { return .invalid }
            if cursor.isAtEnd { return .withoutOffset }
            return readOffset(&cursor) && cursor.isAtEnd ? .withOffset : .invalid
        }
    }

    static func isTime(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            guard readClock(&cursor) else { return false }
            return cursor.isAtEnd || (readOffset(&cursor) && cursor.isAtEnd)
        }
    }

    /// `2017` or `2017-05`: a date of reduced precision, which schema.org tolerates with a warning.
    static func isReducedDate(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            guard cursor.digits(4) != nil else { return false }
            if cursor.isAtEnd { return true }
            guard cursor.take(UInt8(ascii: "-")), let month = cursor.digits(2) else { return false }
            return cursor.isAtEnd && (1...12).contains(month)
        }
    }

    static func isInteger(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            _ = cursor.take(oneOf: "+-")
            return cursor.digitRun() > 0 && cursor.isAtEnd
        }
    }

    static func isNumber(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in readDecimal(&cursor) && cursor.isAtEnd }
    }

    /// An absolute IRI: a scheme, a colon and at least one more character, no white space.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            guard let first = cursor.peek, first.isASCIILetter else { return false }
            while let next = cursor.peek, next.isASCIILetter || next.isASCIIDigit || next == UInt8(ascii: "+")
                || next == UInt8(ascii: "-") || next == UInt8(ascii: ".") {
                cursor.index += 1
            }
            guard cursor.take(UInt8(ascii: ":")), !cursor.isAtEnd else { return false }
            return !containsWhitespace(&cursor)
        }
    }

    /// A relative reference such as `/about`, `./a`, `../a` or `#top`, without white space.
    static func isRelativeReference(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            guard let first = cursor.peek, first == UInt8(ascii: "/") || first == UInt8(ascii: ".") || first == UInt8(ascii: "#") else {
                return false
            }
            if first == UInt8(ascii: ".") {
                let rest = String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[cursor.index...]), as: UTF8.self)
                guard rest.hasPrefix("./") || rest.hasPrefix("../") else { return false }
            }
            return !containsWhitespace(&cursor)
        }
    }

    /// An ISO 8601 duration such as `PT25M` or `P1Y2M10DT2H30M`.
    static func isDuration(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            _ = cursor.take(UInt8(ascii: "-"))
            guard cursor.take(UInt8(ascii: "P")) else { return false }
            var components = 0
            for designator in [UInt8(ascii: "Y"), UInt8(ascii: "M"), UInt8(ascii: "W"), UInt8(ascii: "D")] {
                let mark = cursor.index
                guard cursor.digitRun() > 0, cursor.take(designator) else { cursor.index = mark; continue }
                components += 1
            }
            if cursor.take(UInt8(ascii: "T")) {
                var timeComponents = 0
                for designator in [UInt8(ascii: "H"), UInt8(ascii: "M"), UInt8(ascii: "S")] {
                    let mark = cursor.index
                    guard cursor.digitRun() > 0 else { cursor.index = mark; continue }
                    if designator == UInt8(ascii: "S"), cursor.take(UInt8(ascii: ".")), cursor.digitRun() == 0 { return false }
                    guard cursor.take(designator) else { cursor.index = mark; continue }
                    timeComponents += 1
                }
                guard timeComponents > 0 else { return false }
                components += timeComponents
            }
            return components > 0 && cursor.isAtEnd
        }
    }

    /// A quantity as schema.org writes it: a number, then a unit (`270 calories`, `5 kg`).
    static func isQuantity(_ text: String) -> Bool {
        ByteCursor.scan(text) { cursor in
            _ = cursor.spaces()
            _ = cursor.take(oneOf: "+-")
            let integerDigits = cursor.digitRun()
            var fractionDigits = 0
            if cursor.take(UInt8(ascii: ".")) { fractionDigits = cursor.digitRun() }
            guard integerDigits + fractionDigits > 0 else { return false }
            _ = cursor.spaces()
            guard let unit = cursor.peek else { return false }
            return !unit.isASCIIDigit && unit != UInt8(ascii: " ") && unit != UInt8(ascii: "\t")
                && unit != UInt8(ascii: "\n") && unit != UInt8(ascii: "\r")
        }
    }

    // MARK: - Pieces

    private static func readDate(_ cursor: inout ByteCursor) -> Bool {
        let negative = cursor.take(UInt8(ascii: "-"))
        guard let year = cursor.number(), year.count >= 4,
              cursor.take(UInt8(ascii: "-")), let month = cursor.digits(2),
              cursor.take(UInt8(ascii: "-")), let day = cursor.digits(2)
        else { return false }
        return CalendarDate.isValid(year: negative ? 2000 : year.value, month: month, day: day)
    }

    /// `hh:mm[:ss[.frac]]`.
    private static func readClock(_ cursor: inout ByteCursor) -> Bool {
        guard let hour = cursor.digits(2), cursor.take(UInt8(ascii: ":")), let minute = cursor.digits(2),
              hour <= 24, minute <= 59 else { return false }
        if cursor.take(UInt8(ascii: ":")) {
            guard let second = cursor.digits(2), second <= 60 else { return false }
            if cursor.take(UInt8(ascii: ".")), cursor.digitRun() == 0 { return false }
        }
        return true
    }

    /// `Z`, `+hh`, `+hhmm` or `+hh:mm`.
    private static func readOffset(_ cursor: inout ByteCursor) -> Bool {
        if cursor.take(UInt8(ascii: "Z")) { return true }
        guard cursor.take(oneOf: "+-") != nil, let hours = cursor.digits(2), hours <= 23 else { return false }
        if cursor.isAtEnd { return true }
        _ = cursor.take(UInt8(ascii: ":"))
        guard let minutes = cursor.digits(2) else { return false }
        return minutes <= 59
    }

    private static func readDecimal(_ cursor: inout ByteCursor) -> Bool {
        _ = cursor.take(oneOf: "+-")
        let integerDigits = cursor.digitRun()
        var fractionDigits = 0
        if cursor.take(UInt8(ascii: ".")) { fractionDigits = cursor.digitRun() }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if cursor.take(oneOf: "eE") != nil {
            _ = cursor.take(oneOf: "+-")
            guard cursor.digitRun() > 0 else { return false }
        }
        return true
    }

    private static func containsWhitespace(_ cursor: inout ByteCursor) -> Bool {
        while let next = cursor.peek {
            switch next {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                return true
            default:
                cursor.index += 1
            }
        }
        return false
    }
}
