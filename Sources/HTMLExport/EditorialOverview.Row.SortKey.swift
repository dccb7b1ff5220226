// ldpub — MIT licence.

extension EditorialOverview.Row {
    /// Where a row goes in the overview: the order of ``SiteReport/precedes(_:_:)``, told
    /// without the as-of date. A review's age is the as-of date minus the review date, so
    /// "oldest review first" is "earliest review date first" whatever the as-of date is.
    public struct SortKey: Sendable, Hashable, Comparable {
        /// How many claims a source supports.
        public let supportedClaims: Int
        /// How many claims the article makes.
        public let claims: Int
        /// The review date as days since 1970-01-01, or nil when never reviewed.
        public let reviewDay: Int?
        /// The article's slug, which breaks every tie.
        public let slug: String

        /// Lower share of supported claims first (compared exactly; no claims counts as 0),
        /// then never reviewed, then the earlier review, then the slug.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            let (leftSupported, leftTotal) = lhs.claims == 0 ? (0, 1) : (lhs.supportedClaims, lhs.claims)
            let (rightSupported, rightTotal) = rhs.claims == 0 ? (0, 1) : (rhs.supportedClaims, rhs.claims)
            if leftSupported * rightTotal != rightSupported * leftTotal {
                return leftSupported * rightTotal < rightSupported * leftTotal
            }
            switch (lhs.reviewDay, rhs.reviewDay) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (.some(let left), .some(let right)) where left != right: return left < right
            default: return lhs.slug < rhs.slug
            }
        }
    }
}
