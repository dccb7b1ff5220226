// ldpub — MIT licence.

extension Timestamp {
    /// The instant as (seconds since the epoch, fraction of a second), for ordering articles.
    ///
    /// A plain date is midnight UTC. Unlike `<` on `Timestamp`, a date and the date-time at the
    /// same instant compare equal here, so the order falls back to the slug as FORMAT.md says.
    public var instant: Instant {
        Instant(seconds: secondsSinceEpoch, fraction: Double("0." + (time?.fraction ?? "")) ?? 0)
    }

    /// A point in time with sub-second precision.
    public struct Instant: Comparable, Sendable {
        public let seconds: Int
        public let fraction: Double

        public static func < (lhs: Instant, rhs: Instant) -> Bool {
            (lhs.seconds, lhs.fraction) < (rhs.seconds, rhs.fraction)
        }
    }
}

extension Article {
    /// `articles` newest first by `published` (as an ``Timestamp/instant``), ties by slug
    /// ascending: the one order of the feeds and of the readers' index.
    public static func newestFirst(_ articles: [Article]) -> [Article] {
        // Sorted as small keys, not as articles: an article is a large value to move.
        let instants = articles.map(\.published.instant)
        return articles.indices.sorted { left, right in
            if instants[left] != instants[right] { return instants[left] > instants[right] }
            return articles[left].slug < articles[right].slug
        }.map { articles[$0] }
    }
}
