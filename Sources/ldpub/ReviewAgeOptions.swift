// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation

/// `--max-review-age` and `--as-of`, shared by `validate` and `report`.
struct ReviewAgeOptions: ParsableArguments {
    @Option(name: .customLong("max-review-age"),
            help: ArgumentHelp("Warn when a medical review is older than this many days.", valueName: "days"))
    var maxReviewAge: Int = ReviewAgeCheck.defaultMaxAgeDays

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("The date review ages are computed against (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func validate() throws {
        guard maxReviewAge >= 0 else {
            throw ValidationError("--max-review-age must be 0 or a positive number of days")
        }
        if let asOf, ReviewAgeCheck.date(from: asOf) == nil {
            throw ValidationError("--as-of expects a date as YYYY-MM-DD, got '\(asOf)'")
        }
    }

    /// The check these options describe: `--as-of`, or today's date in the local time zone.
    func check() -> ReviewAgeCheck {
        ReviewAgeCheck(maxAgeDays: maxReviewAge, asOf: asOf.flatMap(ReviewAgeCheck.date(from:)) ?? Self.today())
    }

    /// Today's date on this machine's calendar and time zone (the library never reads the clock).
    static func today() -> Timestamp {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Timestamp(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
    }
}
