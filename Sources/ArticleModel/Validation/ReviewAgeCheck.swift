// ldpub — MIT licence.

import YAMLNodes

/// The optional check that every article's medical review is recent enough.
///
/// A review is overdue when it is more than ``maxAgeDays`` days older than ``asOf``; an
/// article that was never reviewed is overdue once it was published more than that many days
/// before. Ages count calendar days between the dates as written (a date-time contributes its
/// own date), so they never depend on the clock or the time zone of the machine: the caller
/// chooses `asOf` (the command line uses today, a build the newest date in its input).
public struct ReviewAgeCheck: Sendable, Hashable {
    /// How old a review may be, in days.
    public let maxAgeDays: Int
    /// The date ages are computed against.
    public let asOf: Timestamp

    /// The limit the command line uses when none is given: one year.
    public static let defaultMaxAgeDays = 365

    /// Creates a check.
    ///
    /// - Parameters:
    ///   - maxAgeDays: How old a review may be, in days (0 or more).
    ///   - asOf: The date ages are computed against; only its date counts.
    public init(maxAgeDays: Int = ReviewAgeCheck.defaultMaxAgeDays, asOf: Timestamp) {
        self.maxAgeDays = maxAgeDays
        self.asOf = asOf
    }

    /// Calendar days from `start` to `end`, by the dates as written; negative when `end` is earlier.
    public static func days(from start: Timestamp, to end: Timestamp) -> Int {
        Timestamp.daysFromCivil(year: end.year, month: end.month, day: end.day)
            - Timestamp.daysFromCivil(year: start.year, month: start.month, day: start.day)
    }

    /// The age of the article's medical review in days, or nil when it was never reviewed.
    public func reviewAge(of article: Article) -> Int? {
        article.review.map { Self.days(from: $0.date, to: asOf) }
    }

    /// True when the review is older than ``maxAgeDays``, or when an unreviewed article was
    /// published more than ``maxAgeDays`` days before ``asOf``.
    public func isOverdue(_ article: Article) -> Bool {
        Self.age(reviewed: article.review?.date, published: article.published, asOf: asOf) > maxAgeDays
    }

    /// The age that the rule weighs, in days as of `asOf`: the review's, or the publication's
    /// when the article was never reviewed.
    public static func age(reviewed: Timestamp?, published: Timestamp, asOf: Timestamp) -> Int {
        days(from: reviewed ?? published, to: asOf)
    }

    /// A warning for every overdue article, at its `reviewed.date` (or at the article when it
    /// was never reviewed), sorted for display.
    ///
    /// - Parameter articles: The articles to check, e.g. a ``Publication``'s.
    /// - Returns: Warnings such as `medical review is 400 days old as of 2027-02-03, more than the 365 days allowed`.
    public func diagnostics(for articles: [Article]) -> [Diagnostic] {
        articles.compactMap { warning(review: $0.review, published: $0.published, span: $0.span) }.sortedForDisplay()
    }

    /// The warnings of ``diagnostics(for:)-([Article])`` for the summaries of articles.
    public func diagnostics(for articles: [ArticleSummary]) -> [Diagnostic] {
        articles.compactMap { warning(review: $0.review, published: $0.published, span: $0.span) }.sortedForDisplay()
    }

    /// The warning for one article, when it is overdue.
    private func warning(review: Review?, published: Timestamp, span: SourceSpan) -> Diagnostic? {
        let age = Self.age(reviewed: review?.date, published: published, asOf: asOf)
        guard age > maxAgeDays else { return nil }
        if let review {
            return .warning(
                "medical review is \(Self.count(age, "day")) old as of \(asOf.dateString), more than the \(Self.count(maxAgeDays, "day")) allowed (--max-review-age)",
                at: review.dateSpan ?? review.reviewer.span)
        }
        return .warning(
            "article was published \(Self.count(age, "day")) before \(asOf.dateString) and never medically reviewed, more than the \(Self.count(maxAgeDays, "day")) allowed (--max-review-age)",
            at: span)
    }

    /// `result` with this check's warnings added, for `ldpub validate`.
    ///
    /// The check runs only on a result without errors (one that has a ``Publication``, or the
    /// summaries of its articles); any other result comes back unchanged. Diagnostics stay sorted
    /// for display, and source excerpts stay available for every file a diagnostic names.
    public func applied(to result: ValidationResult) -> ValidationResult {
        guard result.succeeded else { return result }
        let warnings = result.publication.map { diagnostics(for: $0.articles) } ?? diagnostics(for: result.summaries)
        guard !warnings.isEmpty else { return result }
        // The warnings are about articles of the same input: its sources serve their excerpts too.
        return result.replacing(diagnostics: result.diagnostics.mergedForDisplay(with: warnings))
    }

    /// Parses a date given on the command line: `YYYY-MM-DD` only.
    ///
    /// - Returns: The date, or nil when `text` is not an existing calendar date in that form.
    public static func date(from text: String) -> Timestamp? {
        guard text.utf8.count == 10, case .success(let date) = TimestampSyntax.parse(text) else { return nil }
        return date
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        value == 1 || value == -1 ? "\(value) \(noun)" : "\(value) \(noun)s"
    }
}
