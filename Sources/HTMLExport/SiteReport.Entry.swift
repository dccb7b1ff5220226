// ldpub — MIT licence.

import ArticleModel
import InterfaceText

extension SiteReport {
    /// One article in the report.
    public struct Entry: Sendable, Hashable {
        /// The slug (and Output/ folder).
        public let slug: String
        /// The title.
        public let title: String
        /// The article's language (or the site's).
        public let language: String
        /// The page URL.
        public let pageURL: String
        /// `published`.
        public let published: Timestamp
        /// `modified`, or `published` when never modified.
        public let modified: Timestamp
        /// The reviewer's people id, when reviewed.
        public let reviewerID: String?
        /// The reviewer's name, when reviewed.
        public let reviewerName: String?
        /// `reviewed.date`, when reviewed.
        public let reviewDate: Timestamp?
        /// Days from the review to the report's `asOf`, when reviewed.
        public let reviewAgeDays: Int?
        /// True when the review is older than the limit, or when an unreviewed article was
        /// published longer ago than that (see ``ReviewAgeCheck/isOverdue(_:)``).
        public let isReviewOverdue: Bool
        /// How many claims the article makes.
        public let claimCount: Int
        /// How many of them a source supports.
        public let supportedClaimCount: Int
        /// The claims no source supports, in article order.
        public let unsupportedClaims: [ClaimSummary]
        /// The article's own references that none of its claims cites.
        public let uncitedSources: [SourceSummary]

        /// How many claims no source supports.
        public var unsupportedClaimCount: Int { claimCount - supportedClaimCount }

        /// The supported share in whole percent, rounded down (so 100 means every claim), or
        /// nil when the article makes no claims.
        public var supportedPercent: Int? { claimCount == 0 ? nil : supportedClaimCount * 100 / claimCount }

        init(article: Article, publication: Publication, check: ReviewAgeCheck) {
            slug = article.slug
            title = article.title
            language = publication.language(of: article)
            pageURL = publication.pageURL(of: article)
            published = article.published
            modified = article.lastModified
            reviewerID = article.review?.reviewer.id
            reviewerName = publication.reviewer(of: article)?.name
            reviewDate = article.review?.date
            reviewAgeDays = check.reviewAge(of: article)
            isReviewOverdue = check.isOverdue(article)
            let claims = article.claims
            claimCount = claims.count
            supportedClaimCount = claims.count(where: \.isSupported)
            var unsupported: [ClaimSummary] = []
            var sectionOfClaim: [String: String] = [:]
            for section in article.sections {
                for claim in section.claims where sectionOfClaim[claim.id] == nil { sectionOfClaim[claim.id] = section.heading }
            }
            for (index, claim) in claims.enumerated() where !claim.isSupported {
                unsupported.append(ClaimSummary(number: index + 1, id: claim.id, text: claim.text,
                                                section: sectionOfClaim[claim.id] ?? "", hasSources: !claim.sources.isEmpty))
            }
            unsupportedClaims = unsupported
            let cited = Set(claims.flatMap { $0.sources.map(\.reference.id) })
            let labels = ReferenceList(publication.citedReferences(of: article), catalog: .english)
            uncitedSources = article.references.filter { !cited.contains($0.id) }.map { SourceSummary($0, label: labels.label(of: $0.id)) }
        }
    }
}
