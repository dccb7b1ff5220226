// ldpub — MIT licence.

import ArticleModel

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

        /// Totals given as they are.
        init(articles: Int, claims: Int, supportedClaims: Int, sources: Int, uncitedSources: Int, overdueReviews: Int) {
            self.articles = articles
            self.claims = claims
            self.supportedClaims = supportedClaims
            self.sources = sources
            self.uncitedSources = uncitedSources
            self.overdueReviews = overdueReviews
        }

        /// The totals of the counts a build reports (``ArticleModel/BuildStatistics``), with the overdue reviews.
        public init(_ statistics: BuildStatistics, overdueReviews: Int) {
            self.init(articles: statistics.articles, claims: statistics.claims, supportedClaims: statistics.claims - statistics.unsupportedClaims,
                      sources: statistics.sources, uncitedSources: statistics.uncitedSources, overdueReviews: overdueReviews)
        }

        /// `2 articles, 3 claims (1 supported by a source, 2 without one), 4 sources (1 uncited), 1 overdue review`
        var sentence: String {
            PlainText.count(articles, "article") + ", "
                + PlainText.count(claims, "claim") + " (\(supportedClaims) supported by a source, \(unsupportedClaims) without one), "
                + PlainText.count(sources, "source") + " (\(uncitedSources) uncited), "
                + PlainText.count(overdueReviews, "overdue review")
        }
    }
}
