// ldpub — MIT licence.

/// Parses the dates of the input: `YYYY-MM-DD`, or an RFC 3339 date-time with an offset.
enum TimestampSyntax {
    /// Why a text is not a date.
    enum Problem: Error, Equatable {
        /// Neither shape.
        case notADate
        /// The shape is right but the day does not exist (2025-02-30, month 13, hour 25…).
        case impossible(String)
        /// A date-time without `Z` or an offset.
        case missingOffset
    }

    /// Parses `text` into a ``Timestamp``.
    static func parse(_ text: String) -> Result<Timestamp, Problem> {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let year = number(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
              let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"), let day = number(bytes, 8, 2)
        else { return .failure(.notADate) }
        guard (1...12).contains(month) else { return .failure(.impossible("there is no month \(month)")) }
        guard day >= 1, day <= Timestamp.daysInMonth(year: year, month: month) else {
            return .failure(.impossible("\(Timestamp(year: year, month: month, day: 1).dateString.prefix(7)) has no day \(day)"))
        }
        if bytes.count == 10 { return .success(Timestamp(year: year, month: month, day: day)) }
        let separator = bytes[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
              bytes.count >= 19, let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
              let minute = number(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"), let second = number(bytes, 17, 2)
        else { return .failure(.notADate) }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.impossible("\(text.dropFirst(11).prefix(8)) is not a time of day")) }
        var index = 19
        var fraction = ""
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > start else { return .failure(.notADate) }
            fraction = String(decoding: bytes[start..<index], as: UTF8.self)
        }
        guard index < bytes.count else { return .failure(.missingOffset) }
        let offsetMinutes: Int
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return .failure(.notADate) }
            offsetMinutes = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, let hours = number(bytes, index + 1, 2), bytes[index + 3] == UInt8(ascii: ":"),
                  let minutes = number(bytes, index + 4, 2)
            else { return .failure(.notADate) }
            guard hours < 24, minutes < 60 else { return .failure(.impossible("the offset \(text.suffix(6)) is out of range")) }
            offsetMinutes = (bytes[index] == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
        default:
            return .failure(.notADate)
        }
        let time = Timestamp.TimeOfDay(hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: offsetMinutes)
        return .success(Timestamp(year: year, month: month, day: day, time: time))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + length)] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension Timestamp {
    /// The timestamp that `text` writes, as ``description`` writes one; nil when it is not a date.
    package init?(written text: String) {
        guard case .success(let timestamp) = TimestampSyntax.parse(text) else { return nil }
        self = timestamp
    }
}
