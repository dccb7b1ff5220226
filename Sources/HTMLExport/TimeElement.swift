// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// A ``Timestamp`` as an HTML `<time>` element: machine-readable in `datetime`, written for the
/// reader as the page's language writes dates ("30 December 2025", "30 december 2025").
enum TimeElement {
    /// Appends `<time datetime="2025-12-30">30 December 2025</time>`; a date-time keeps its
    /// offset in `datetime` (with at most three digits of a fraction of a second, as HTML allows)
    /// and shows the time of day and the offset. A year before 1 is shown as written in a
    /// `<span>`, since HTML has no such date.
    static func append(_ timestamp: Timestamp, in catalog: MessageCatalog, to html: inout HTMLBuffer) {
        guard timestamp.year >= 1 else {
            html.append("<span>")
            html.append(raw: timestamp.description)
            html.append("</span>")
            return
        }
        html.append("<time datetime=\"")
        if timestamp.time == nil && hasShortDate(timestamp) {
            appendDate(timestamp, to: &html)
        } else {
            html.append(raw: datetime(timestamp))
        }
        html.append("\">")
        html.append(escaped: text(timestamp, in: catalog))
        html.append("</time>")
    }

    /// The date (and time) as the reader reads it: "30 December 2025", "30 December 2025, 13:30 +01:00".
    static func text(_ timestamp: Timestamp, in catalog: MessageCatalog) -> String {
        let date = catalog.date(year: timestamp.year, month: timestamp.month, day: timestamp.day)
        guard let time = timestamp.time else { return date }
        var clock = pad(time.hour, 2) + ":" + pad(time.minute, 2)
        if time.second != 0 || !time.fraction.isEmpty { clock += ":" + pad(time.second, 2) }
        if time.offsetMinutes == 0 {
            clock += " UTC"
        } else {
            let magnitude = abs(time.offsetMinutes)
            clock += (time.offsetMinutes < 0 ? " -" : " +") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
        }
        return catalog.dateTime(date: date, time: clock)
    }

    /// `value` in decimal with zeros in front up to `width` digits.
    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
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
