// ldpub — MIT licence.

import ArticleModel

/// A ``Timestamp`` as an HTML `<time>` element, showing the date (and time) as written.
enum TimeElement {
    /// Appends `<time datetime="2025-12-30">2025-12-30</time>`; a date-time keeps its offset,
    /// and its `datetime` keeps at most three digits of a fraction of a second, as HTML allows.
    /// A year before 1 is shown in a `<span>`, since HTML has no such date.
    static func append(_ timestamp: Timestamp, to html: inout HTMLBuffer) {
        guard timestamp.year >= 1 else {
            html.append("<span>")
            html.append(raw: timestamp.description)
            html.append("</span>")
            return
        }
        html.append("<time datetime=\"")
        if timestamp.time == nil && hasShortDate(timestamp) {
            appendDate(timestamp, to: &html)
            html.append("\">")
            appendDate(timestamp, to: &html)
        } else {
            html.append(raw: datetime(timestamp))
            html.append("\">")
            html.append(raw: timestamp.description)
        }
        html.append("</time>")
    }

    /// HTML's valid date string, or global date and time string.
    static func datetime(_ timestamp: Timestamp) -> String {
        guard let time = timestamp.time, !time.fraction.isEmpty else { return timestamp.description }
        let trimmed = Timestamp(year: timestamp.year, month: timestamp.month, day: timestamp.day, time: .init(
            hour: time.hour, minute: time.minute, second: time.second, fraction: String(time.fraction.prefix(3)), offsetMinutes: time.offsetMinutes))
        return trimmed.description
    }

    /// Whether the year has at most four digits and the month and day at most two, as in every valid date.
    private static func hasShortDate(_ timestamp: Timestamp) -> Bool {
        (0...9999).contains(timestamp.year) && (0...99).contains(timestamp.month) && (0...99).contains(timestamp.day)
    }

    /// Appends `YYYY-MM-DD` as ``Timestamp/dateString`` writes it, for a date with ``hasShortDate(_:)``.
    private static func appendDate(_ timestamp: Timestamp, to html: inout HTMLBuffer) {
        html.append(number: timestamp.year, minimumDigits: 4)
        html.append("-")
        html.append(number: timestamp.month, minimumDigits: 2)
        html.append("-")
        html.append(number: timestamp.day, minimumDigits: 2)
    }
}
