// ldpub — MIT licence.

extension SiteReport {
    /// Sums over the whole site.
    public struct Totals: Sendable, Hashable {
        /// Articles.
        public let articles: Int
        /// Claims of all articles.
        public let claims: Int
        /// Claims a source supports.
        public let supportedClaims: Int
        /// Distinct references (site.yaml and every article).
        public let sources: Int
        /// References no claim cites.
        public let uncitedSources: Int
        /// Articles whose review is overdue.
        public let overdueReviews: Int

        /// Claims no source supports.
        public var unsupportedClaims: Int { claims - supportedClaims }
    }
}
