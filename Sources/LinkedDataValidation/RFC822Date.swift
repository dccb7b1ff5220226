// ldpub — MIT licence.

/// Checks dates in RSS 2.0 (RFC 822 section 5, with the four-digit years RSS prefers).
///
/// Accepted: `[Day, ]DD Mon YYYY hh:mm[:ss] zone`, where the zone is `UT`, `GMT`, a North
/// American zone (`EST` … `PDT`), a military letter or `+hhmm`/`-hhmm`. A day of the week,
/// when given, must match the date. A two-digit year is accepted with a warning.
enum RFC822Date {
    enum Verdict: Equatable {
        case valid
        /// Valid, but worth a warning.
        case questionable(String)
        case invalid(String)
    }

    static let example = "'Tue, 10 Jun 2003 04:00:00 GMT'"
    private static let zones: Set<String> = ["UT", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"]

    static func check(_ value: String) -> Verdict {
        let shape = Verdict.invalid("not an RFC 822 date (e.g. \(example))")
        var text = Substring(value.trimmingXMLWhitespace())
        var dayName: String?
        if let comma = text.firstIndex(of: ",") {
            let name = String(text[..<comma])
            guard CalendarDate.weekdayNames.contains(name) else { return shape }
            dayName = name
            text = text[text.index(after: comma)...]
        }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count == 5,
              let day = Int(fields[0]), fields[0].count <= 2, fields[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let monthIndex = CalendarDate.monthNames.firstIndex(of: String(fields[1])),
              fields[2].count == 2 || fields[2].count == 4, fields[2].allSatisfy({ $0.isASCII && $0.isNumber }),
              var year = Int(fields[2])
        else { return shape }
        let twoDigitYear = fields[2].count == 2
        if twoDigitYear { year += year < 50 ? 2000 : 1900 }
        let clock = fields[3].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3,
              clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return shape }
        let zone = String(fields[4])
        guard isZone(zone) else { return shape }
        let month = monthIndex + 1
        guard CalendarDate.isValid(year: year, month: month, day: day) else {
            return .invalid("\(day) \(fields[1]) \(fields[2]) is not a date")
        }
        let hour = Int(clock[0]) ?? 99, minute = Int(clock[1]) ?? 99, second = clock.count == 3 ? Int(clock[2]) ?? 99 : 0
        guard hour <= 23, minute <= 59, second <= 60 else {
            return .invalid("\(fields[3]) is not a time of day")
        }
        if let dayName {
            let actual = CalendarDate.weekdayNames[CalendarDate.weekday(year: year, month: month, day: day)]
            if actual != dayName {
                return .invalid("day of week '\(dayName)' does not match the date (\(day) \(fields[1]) \(fields[2]) is a \(actual))")
            }
        }
        if twoDigitYear { return .questionable("two-digit year (RSS 2.0 recommends four digits)") }
        return .valid
    }

    private static func isZone(_ zone: String) -> Bool {
        if zones.contains(zone) { return true }
        let scalars = Array(zone.unicodeScalars)
        if scalars.count == 1, let letter = scalars.first, ("A"..."Z").contains(letter), letter != "J" { return true }
        guard scalars.count == 5, scalars[0] == "+" || scalars[0] == "-",
              scalars.dropFirst().allSatisfy({ ("0"..."9").contains($0) }),
              let minutes = Int(String(zone.suffix(2))), minutes <= 59
        else { return false }
        return true
    }
}
