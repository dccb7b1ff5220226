// ldpub — MIT licence.

/// Checks RFC 3339 date-times, as Atom (RFC 4287 section 3.3) and JSON Feed 1.1 require.
///
/// Accepted: `YYYY-MM-DDThh:mm:ss[.frac]` followed by `Z` or `+hh:mm`/`-hh:mm` (`t` and `z` in
/// lowercase too). The date must exist; a leap second (`:60`) is allowed.
enum RFC3339Date {
    static let example = "'2024-05-10T09:30:00Z'"

    /// `nil` if `value` is a valid RFC 3339 date-time, else the reason it is not.
    static func problem(_ value: String) -> String? {
        enum Outcome { case valid, noOffset, dateOnly, badDate, shape }
        let outcome: Outcome = ByteCursor.scan(value) { cursor in
            guard let year = cursor.digits(4), cursor.take(UInt8(ascii: "-")), let month = cursor.digits(2),
                  cursor.take(UInt8(ascii: "-")), let day = cursor.digits(2)
            else { return .shape }
            if cursor.isAtEnd { return CalendarDate.isValid(year: year, month: month, day: day) ? .dateOnly : .badDate }
            guard cursor.take(oneOf: "Tt") != nil,
                  let hour = cursor.digits(2), cursor.take(UInt8(ascii: ":")), let minute = cursor.digits(2),
                  cursor.take(UInt8(ascii: ":")), let second = cursor.digits(2)
            else { return .shape }
            if cursor.take(UInt8(ascii: ".")), cursor.digitRun() == 0 { return .shape }
            guard CalendarDate.isValid(year: year, month: month, day: day), hour <= 23, minute <= 59, second <= 60 else {
                return .badDate
            }
            if cursor.isAtEnd { return .noOffset }
            if cursor.take(oneOf: "Zz") != nil { return cursor.isAtEnd ? .valid : .shape }
            guard cursor.take(oneOf: "+-") != nil, let hours = cursor.digits(2), cursor.take(UInt8(ascii: ":")),
                  let minutes = cursor.digits(2), cursor.isAtEnd
            else { return .shape }
            return hours <= 23 && minutes <= 59 ? .valid : .badDate
        }
        switch outcome {
        case .valid: return nil
        case .noOffset: return "has no time-zone offset (RFC 3339 needs 'Z' or '+hh:mm')"
        case .dateOnly: return "is a date without a time (RFC 3339 needs a date-time such as \(example))"
        case .badDate: return "is not a valid date and time"
        case .shape: return "is not an RFC 3339 date-time (e.g. \(example))"
        }
    }
}
