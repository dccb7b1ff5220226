// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import InterfaceText

extension EditorialOverview {
    /// One article's part of the overview, made from the article alone as HTML bytes: its table
    /// row and its entry under "Claims without a supporting source, and uncited sources", with
    /// what ``EditorialOverview/assemble(_:site:asOf:maxReviewAgeDays:graphsRendered:)`` needs to
    /// place it and to sum the site up.
    ///
    /// A row depends only on its article, the site (its language, people and references) and
    /// whether graphs are rendered. It holds no review age: the age and the overdue mark depend
    /// on the as-of date, and are written when the page is assembled.
    public struct Row: Sendable, Hashable {
        /// The article's slug.
        public let slug: String
        /// Where the row goes in the table, which does not depend on the as-of date.
        public let sortKey: SortKey
        /// The newest of the article's modification (or publication) and review dates, which
        /// ``EditorialOverview/newestDate(of:)`` takes the as-of date from.
        public let newestDate: Timestamp
        /// Whether the row links the article's `claims.svg`.
        public let graphsRendered: Bool
        /// The table row up to where its review age goes.
        let rowStart: [UInt8]
        /// The table row after its review age.
        let rowEnd: [UInt8]
        /// `reviewed.date`, or nil when never reviewed.
        let reviewDate: Timestamp?
        /// `published`, which counts for the overdue mark of an article never reviewed.
        let published: Timestamp
        /// The article's unsupported claims and uncited sources, or nothing when it has neither.
        let details: [UInt8]
        /// How many claims the article makes.
        let claimCount: Int
        /// How many of them a source supports.
        let supportedClaimCount: Int
        /// The ids of the article's own references.
        let referenceIDs: [String]
        /// The ids of every reference its claims cite, once each.
        let citedReferenceIDs: [String]

        /// The row of `article`.
        ///
        /// - Parameters:
        ///   - article: A validated article.
        ///   - publication: Its publication; the site alone (no articles) is enough.
        ///   - graphsRendered: Whether `claims.svg` files exist next to the `claims.dot` files.
        public init(article: Article, publication: Publication, graphsRendered: Bool) {
            slug = article.slug
            self.graphsRendered = graphsRendered
            reviewDate = article.review?.date
            published = article.published
            if let reviewDate, article.lastModified < reviewDate { newestDate = reviewDate } else { newestDate = article.lastModified }
            let claims = article.claims
            claimCount = claims.count
            supportedClaimCount = claims.count(where: \.isSupported)
            sortKey = SortKey(supportedClaims: supportedClaimCount, claims: claimCount,
                              reviewDay: reviewDate.map { ReviewAgeCheck.days(from: Self.epoch, to: $0) }, slug: slug)
            referenceIDs = article.references.map(\.id)
            var cited: [String] = []
            for claim in claims {
                for source in claim.sources where !cited.contains(source.reference.id) { cited.append(source.reference.id) }
            }
            citedReferenceIDs = cited

            let uncited = article.references.filter { !cited.contains($0.id) }
            let language = publication.language(of: article)
            var folder = HTMLBuffer(capacity: slug.utf8.count + 1)
            folder.append(escaped: slug)
            folder.append("/")
            rowStart = Self.tableRowStart(of: article, folder: folder.bytes, language: language, publication: publication)
            rowEnd = Self.tableRowEnd(claimCount: claimCount, supportedClaimCount: supportedClaimCount, uncitedCount: uncited.count,
                                      folder: folder.bytes, graphsRendered: graphsRendered)
            details = Self.details(of: article, claims: claims, uncited: uncited, language: language, publication: publication)
        }

        /// Whether the review is overdue as of `asOf`, as ``ReviewAgeCheck/isOverdue(_:)`` has it.
        func isReviewOverdue(asOf: Timestamp, maxReviewAgeDays: Int) -> Bool {
            ReviewAgeCheck.age(reviewed: reviewDate, published: published, asOf: asOf) > maxReviewAgeDays
        }

        /// Roughly how many bytes the row adds to the page.
        var size: Int { rowStart.count + rowEnd.count + details.count + 96 }

        /// Appends the table row, with its review age and overdue mark as of `asOf`.
        func appendTableRow(asOf: Timestamp, maxReviewAgeDays: Int, to html: inout HTMLBuffer) {
            html.append(raw: rowStart)
            let isOverdue = isReviewOverdue(asOf: asOf, maxReviewAgeDays: maxReviewAgeDays)
            if let reviewDate {
                html.append(count: ReviewAgeCheck.days(from: reviewDate, to: asOf), "day")
                html.append(" old")
                if isOverdue { html.append("<br><span class=\"status overdue\">Overdue</span>") }
            } else if isOverdue {
                html.append("<br>published more than ")
                html.append(count: maxReviewAgeDays, "day")
                html.append(" ago")
            }
            html.append(raw: rowEnd)
        }

        /// The table row up to its review age: title, slug, dates, and the reviewer and review date
        /// (or "Not reviewed").
        private static func tableRowStart(of article: Article, folder: [UInt8], language: String, publication: Publication) -> [UInt8] {
            var html = HTMLBuffer(capacity: 1024)
            html.append("<tr>\n<th scope=\"row\"><a href=\"")
            html.append(raw: folder)
            html.append("index.html\" lang=\"")
            html.append(escaped: language)
            html.append("\">")
            html.append(escaped: article.title)
            html.append("</a><br><code>")
            html.append(escaped: article.slug)
            html.append("</code></th>\n<td>")
            TimeElement.append(article.published, in: .english, to: &html)
            html.append("</td>\n<td>")
            TimeElement.append(article.lastModified, in: .english, to: &html)
            html.append("</td>\n<td>")
            if let review = article.review {
                if let name = publication.reviewer(of: article)?.name {
                    html.append("<span lang=\"")
                    html.append(escaped: publication.site.language)
                    html.append("\">")
                    html.append(escaped: name)
                    html.append("</span><br>")
                }
                TimeElement.append(review.date, in: .english, to: &html)
                html.append(", ")
            } else {
                html.append("<span class=\"status overdue\">Not reviewed</span>")
            }
            return html.bytes
        }

        /// The table row after its review age: claims supported, uncited sources and the files.
        private static func tableRowEnd(claimCount: Int, supportedClaimCount: Int, uncitedCount: Int, folder: [UInt8],
                                        graphsRendered: Bool) -> [UInt8] {
            var html = HTMLBuffer(capacity: 1024)
            html.append("</td>\n<td class=\"number\">")
            if claimCount == 0 {
                html.append("<span class=\"muted\">no claims</span>")
            } else {
                let percent = supportedClaimCount * 100 / claimCount
                html.append(number: supportedClaimCount)
                html.append(" of ")
                html.append(number: claimCount)
                html.append(" (")
                html.append(number: percent)
                html.append("%)")
                if claimCount > supportedClaimCount {
                    html.append("<br><span class=\"weak\">")
                    html.append(number: claimCount - supportedClaimCount)
                    html.append(" without a supporting source</span>")
                }
                html.append("<span class=\"meter\" aria-hidden=\"true\"><span style=\"width: ")
                html.append(number: percent)
                html.append("%\"></span></span>")
            }
            html.append("</td>\n<td class=\"number\">")
            if uncitedCount == 0 {
                html.append("0")
            } else {
                html.append("<span class=\"status uncited\">")
                html.append(number: uncitedCount)
                html.append(" uncited</span>")
            }
            html.append("</td>\n<td><a href=\"")
            html.append(raw: folder)
            html.append("index.html\">page</a>, <a href=\"")
            html.append(raw: folder)
            html.append("claims.dot\" download>DOT</a>")
            if graphsRendered {
                html.append(", <a href=\"")
                html.append(raw: folder)
                html.append("claims.svg\">SVG</a>")
            }
            html.append(", <a href=\"")
            html.append(raw: folder)
            html.append("index.jsonld\">JSON-LD</a></td>\n</tr>\n")
            return html.bytes
        }

        /// The article's entry under "Claims without a supporting source, and uncited sources",
        /// linking into its page; empty when every claim is supported and every reference cited.
        private static func details(of article: Article, claims: [Claim], uncited: [CSLItem], language: String,
                                    publication: Publication) -> [UInt8] {
            let unsupported = claims.count { !$0.isSupported }
            guard unsupported > 0 || !uncited.isEmpty else { return [] }
            let anchors = PageAnchors(article: article, references: publication.citedReferences(of: article))
            var html = HTMLBuffer(capacity: article.slug.utf8.count + 11)
            html.append(escaped: article.slug)
            html.append("/index.html")
            let page = html.bytes
            html = HTMLBuffer(capacity: 2048)
            html.append("<h3><a href=\"")
            html.append(raw: page)
            html.append("\" lang=\"")
            html.append(escaped: language)
            html.append("\">")
            html.append(escaped: article.title)
            html.append("</a> <code>")
            html.append(escaped: article.slug)
            html.append("</code></h3>\n")
            if unsupported > 0 {
                html.append("<h4>")
                html.append(count: unsupported, "claim")
                html.append(" without a supporting source</h4>\n<ul class=\"details-list\">\n")
                for (index, claim) in claims.enumerated() where !claim.isSupported {
                    html.append("<li><a href=\"")
                    html.append(raw: page)
                    html.append("#")
                    anchors.appendClaim(claim.id, to: &html)
                    html.append("\">Claim ")
                    html.append(number: index + 1)
                    html.append("</a> <code>")
                    html.append(escaped: claim.id)
                    html.append("</code>: <span lang=\"")
                    html.append(escaped: language)
                    html.append("\">")
                    html.append(escaped: claim.text)
                    html.append("</span> <span class=\"weak\">")
                    html.append(claim.sources.isEmpty ? "(cites no source)" : "(its sources only dispute or mention it)")
                    html.append("</span>")
                    html.append("</li>\n")
                }
                html.append("</ul>\n")
            }
            if !uncited.isEmpty {
                let labels = ReferenceList(publication.citedReferences(of: article), catalog: .english)
                html.append("<h4>")
                html.append(count: uncited.count, "uncited source")
                html.append(" (no claim cites it)</h4>\n<ul class=\"details-list\">\n")
                for item in uncited {
                    html.append("<li><a href=\"")
                    html.append(raw: page)
                    html.append("#")
                    anchors.appendReference(item.id, to: &html)
                    html.append("\">")
                    html.append(escaped: labels.label(of: item.id) ?? ShortCitation(item, catalog: .english).description)
                    html.append("</a> <code>")
                    html.append(escaped: item.id)
                    html.append("</code>: ")
                    html.append(escaped: item.title)
                    html.append("</li>\n")
                }
                html.append("</ul>\n")
            }
            return html.bytes
        }

        /// Day 0 of the review days in ``SortKey``.
        private static let epoch = Timestamp(year: 1970, month: 1, day: 1)
    }
}
