// ldpub — MIT licence.

import ArticleModel

/// A ``Timestamp`` as an HTML `<time>` element, showing the date (and time) as written.
enum TimeElement {
    /// `<time datetime="2025-12-30">2025-12-30</time>`; a date-time keeps its offset, and its
    /// `datetime` keeps at most three digits of a fraction of a second, as HTML allows.
    static func html(_ timestamp: Timestamp) -> String {
        guard timestamp.year >= 1 else { return "<span>" + timestamp.description + "</span>" }
        return "<time datetime=\"" + datetime(timestamp) + "\">" + timestamp.description + "</time>"
    }

    /// HTML's valid date string, or global date and time string.
    static func datetime(_ timestamp: Timestamp) -> String {
        guard let time = timestamp.time, !time.fraction.isEmpty else { return timestamp.description }
        let trimmed = Timestamp(year: timestamp.year, month: timestamp.month, day: timestamp.day, time: .init(
            hour: time.hour, minute: time.minute, second: time.second, fraction: String(time.fraction.prefix(3)), offsetMinutes: time.offsetMinutes))
        return trimmed.description
    }
}
