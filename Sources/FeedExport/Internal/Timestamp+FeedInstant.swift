// ldpub — MIT licence.

import ArticleModel

extension Timestamp {
    /// The instant as (seconds since the epoch, fraction of a second), for ordering feeds.
    ///
    /// A plain date is midnight UTC. Unlike `<` on `Timestamp`, a date and the date-time at the
    /// same instant compare equal here, so the feeds fall back to the slug as FORMAT.md says.
    var feedInstant: FeedInstant {
        FeedInstant(seconds: secondsSinceEpoch, fraction: Double("0." + (time?.fraction ?? "")) ?? 0)
    }

    /// A point in time with sub-second precision.
    struct FeedInstant: Comparable {
        let seconds: Int
        let fraction: Double

        static func < (lhs: FeedInstant, rhs: FeedInstant) -> Bool {
            (lhs.seconds, lhs.fraction) < (rhs.seconds, rhs.fraction)
        }
    }
}
