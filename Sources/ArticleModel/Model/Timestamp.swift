// ldpub — MIT licence.

/// A calendar date, or a date-time with a timezone offset, as written in the input.
///
/// Input accepts a YAML date (`2025-12-30`) or an RFC 3339 date-time with an offset
/// (`2025-12-30T10:00:00+01:00`, `…Z`). A plain date counts as midnight UTC when instants
/// are compared (FORMAT.md, Feeds).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The time of day of a date-time.
    public struct TimeOfDay: Sendable, Hashable {
        public let hour: Int
        public let minute: Int
        public let second: Int
        /// The fraction of a second as written after the `.` (digits only), or empty.
        public let fraction: String
        /// The offset from UTC in minutes (`Z` is 0).
        public let offsetMinutes: Int

        /// Creates a time of day; `fraction` holds the digits after the decimal point, if any.
        public init(hour: Int, minute: Int, second: Int, fraction: String = "", offsetMinutes: Int) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = fraction
            self.offsetMinutes = offsetMinutes
        }
    }

    public let year: Int
    public let month: Int
    public let day: Int
    /// The time, or nil for a plain date.
    public let time: TimeOfDay?

    /// Creates a timestamp from components the caller has checked.
    public init(year: Int, month: Int, day: Int, time: TimeOfDay? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// True for a date without a time.
    public var isDateOnly: Bool { time == nil }

    /// Seconds since 1970-01-01T00:00:00Z (fractions ignored); a plain date is midnight UTC.
    public var secondsSinceEpoch: Int {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        guard let time else { return days * 86_400 }
        return days * 86_400 + time.hour * 3_600 + time.minute * 60 + time.second - time.offsetMinutes * 60
    }

    /// Orders by instant; equal instants by fraction (as written), then date-only before date-time.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        let (left, right) = (lhs.secondsSinceEpoch, rhs.secondsSinceEpoch)
        if left != right { return left < right }
        let (leftFraction, rightFraction) = (lhs.fractionValue, rhs.fractionValue)
        if leftFraction != rightFraction { return leftFraction < rightFraction }
        return lhs.time == nil && rhs.time != nil
    }

    /// Whether this timestamp is before `other` at the precision the author wrote: two date-times
    /// compare as instants; when either is a plain date, their calendar dates as written compare
    /// (`2024-05-14` is not before `2024-05-14T13:30:00+01:00`, nor after it).
    ///
    /// ``<`` reads a plain date as midnight UTC, which is right for ordering outputs but would
    /// call a date-only `modified` on the day of a timed `published` earlier than it.
    public func isBefore(atWrittenPrecision other: Timestamp) -> Bool {
        if time != nil && other.time != nil { return self < other }
        return (year, month, day) < (other.year, other.month, other.day)
    }

    private var fractionValue: Double { Double("0." + (time?.fraction ?? "0")) ?? 0 }

    /// The date as `YYYY-MM-DD`.
    public var dateString: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// RFC 3339 as written: `YYYY-MM-DD` for a date, `YYYY-MM-DDThh:mm:ss[.f]±hh:mm` (or `Z`) for a date-time.
    public var description: String {
        guard let time else { return dateString }
        return dateString + "T" + Self.timeString(time)
    }

    /// RFC 3339 date-time; a plain date becomes midnight UTC (`2025-12-30T00:00:00Z`).
    public var rfc3339DateTime: String {
        guard time != nil else { return dateString + "T00:00:00Z" }
        return description
    }

    /// RFC 822 (as updated by RFC 1123) for RSS: `Tue, 30 Dec 2025 00:00:00 +0000`.
    public var rfc822: String {
        let weekday = Self.weekdayNames[Self.weekday(days: Self.daysFromCivil(year: year, month: month, day: day))]
        let month = Self.monthNames[month - 1]
        let time = self.time ?? TimeOfDay(hour: 0, minute: 0, second: 0, fraction: "", offsetMinutes: 0)
        let sign = time.offsetMinutes < 0 ? "-" : "+"
        let offset = abs(time.offsetMinutes)
        return "\(weekday), \(Self.pad(day, 2)) \(month) \(Self.pad(year, 4)) "
            + "\(Self.pad(time.hour, 2)):\(Self.pad(time.minute, 2)):\(Self.pad(time.second, 2)) "
            + "\(sign)\(Self.pad(offset / 60, 2))\(Self.pad(offset % 60, 2))"
    }

    /// Days between 1970-01-01 and this date, by Howard Hinnant's `days_from_civil`.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 = Sunday.
    static func weekday(days: Int) -> Int {
        let value = (days + 4) % 7
        return value < 0 ? value + 7 : value
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func timeString(_ time: TimeOfDay) -> String {
        var text = "\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
        if !time.fraction.isEmpty { text += "." + time.fraction }
        if time.offsetMinutes == 0 { return text + "Z" }
        let sign = time.offsetMinutes < 0 ? "-" : "+"
        let offset = abs(time.offsetMinutes)
        return text + "\(sign)\(pad(offset / 60, 2)):\(pad(offset % 60, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension Timestamp {
    /// The calendar day of the newest of `dates` (the first of equal ones), as a plain date;
    /// 1970-01-01 when there are none. What review ages are computed against, so the same input
    /// always gives the same pages: one rule for every view that needs it.
    public static func newestDay(among dates: some Sequence<Timestamp>) -> Timestamp {
        var newest: Timestamp?
        for date in dates where newest.map({ $0 < date }) ?? true { newest = date }
        guard let newest else { return Timestamp(year: 1970, month: 1, day: 1) }
        return Timestamp(year: newest.year, month: newest.month, day: newest.day)
    }
}
