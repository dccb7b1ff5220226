// ldpub — MIT licence.

import ArticleModel

/// Where a site's evidence is thin and its medical reviews are stale: per article the dates,
/// the review and its age, claims supported / total, the claims without a supporting source and the uncited
/// sources; what the overview page (``EditorialOverview``) and `ldpub report` show.
///
/// Articles come weakest first, in the order ``precedes(_:_:)`` defines: by share of supported
/// claims ascending (an article without claims counts as 0), then by review age descending
/// (never reviewed first), then by slug. Ages are counted against ``asOf``, which the caller
/// chooses: the library never reads the clock.
public struct SiteReport: Sendable, Hashable {
    /// site.yaml's `title`.
    public let siteTitle: String
    /// site.yaml's `language`.
    public let siteLanguage: String
    /// The date review ages are computed against.
    public let asOf: Timestamp
    /// How old a review may be, in days, before it is overdue.
    public let maxReviewAgeDays: Int
    /// Every article, weakest evidence first.
    public let articles: [Entry]
    /// site.yaml references that no claim of any article cites.
    public let uncitedSiteSources: [SourceSummary]
    /// Sums over the whole site.
    public let totals: Totals

    /// The order, in words, for the page and the report.
    public static let orderDescription =
        "weakest evidence first: by share of supported claims (lowest first), then by review age (never reviewed first, then oldest first), then by slug"

    /// Computes the report of `publication`.
    ///
    /// - Parameters:
    ///   - publication: A validated publication.
    ///   - asOf: The date review ages are computed against (only its date counts).
    ///   - maxReviewAgeDays: How old a review may be before it is overdue.
    public init(publication: Publication, asOf: Timestamp, maxReviewAgeDays: Int = ReviewAgeCheck.defaultMaxAgeDays) {
        let check = ReviewAgeCheck(maxAgeDays: maxReviewAgeDays, asOf: asOf)
        siteTitle = publication.site.title
        siteLanguage = publication.site.language
        self.asOf = asOf
        self.maxReviewAgeDays = maxReviewAgeDays
        articles = publication.articles.map { Entry(article: $0, publication: publication, check: check) }.sorted(by: Self.precedes)
        let cited = Set(publication.articles.flatMap { $0.claims.flatMap { $0.sources.map(\.reference.id) } })
        uncitedSiteSources = publication.site.references.filter { !cited.contains($0.id) }.map { SourceSummary($0, label: nil) }
        totals = Totals(BuildStatistics(publication), overdueReviews: articles.count(where: \.isReviewOverdue))
    }

    /// The date a build computes review ages against: the newest `modified` (or `published`)
    /// or review date of any article, as a plain date, so the same input always gives the same
    /// pages. 1970-01-01 for a site without articles.
    public static func newestDate(in publication: Publication) -> Timestamp {
        Timestamp.newestDay(among: publication.articles.lazy.flatMap { [$0.lastModified, $0.review?.date].compactMap { $0 } })
    }

    /// Whether `lhs` comes before `rhs`: lower share of supported claims first (compared
    /// exactly; no claims counts as 0), then the older review (never reviewed before any
    /// review), then the slug.
    public static func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let (leftSupported, leftTotal) = lhs.claimCount == 0 ? (0, 1) : (lhs.supportedClaimCount, lhs.claimCount)
        let (rightSupported, rightTotal) = rhs.claimCount == 0 ? (0, 1) : (rhs.supportedClaimCount, rhs.claimCount)
        if leftSupported * rightTotal != rightSupported * leftTotal {
            return leftSupported * rightTotal < rightSupported * leftTotal
        }
        switch (lhs.reviewAgeDays, rhs.reviewAgeDays) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (.some(let left), .some(let right)) where left != right: return left > right
        default: return lhs.slug < rhs.slug
        }
    }
}
