// ldpub — MIT licence.

import ArticleModel
import LinkedDataJSON

extension SiteReport {
    /// The report as JSON for tools: pretty-printed, keys in a fixed order, a final newline.
    ///
    /// `{"site", "asOf", "maxReviewAgeDays", "order", "totals", "articles": [{"slug", "title",
    /// "language", "url", "published", "modified", "review": {"reviewer", "reviewerName", "date",
    /// "ageDays"} or null, "reviewOverdue", "claims": {"total", "supported",
    /// "unsupported"}, "unsupportedClaims": [{"number", "id", "text", "section", "hasSources"}],
    /// "uncitedSources": [{"id", "label", "title"}]}], "uncitedSiteSources"}`. The field names are
    /// stable: "unsupported" counts and lists the claims no source supports, and each listed
    /// claim's `hasSources` says which case it is: false when it cites no source, true when the
    /// sources it cites only dispute or mention it.
    public func json() -> String {
        var root = JSONObject()
        root.append("site", .string(siteTitle))
        root.append("asOf", .string(asOf.dateString))
        root.append("maxReviewAgeDays", .int(maxReviewAgeDays))
        root.append("order", .string(Self.orderDescription))
        root.append("totals", .object(JSONObject([
            ("articles", .int(totals.articles)),
            ("claims", .int(totals.claims)),
            ("supportedClaims", .int(totals.supportedClaims)),
            ("unsupportedClaims", .int(totals.unsupportedClaims)),
            ("sources", .int(totals.sources)),
            ("uncitedSources", .int(totals.uncitedSources)),
            ("overdueReviews", .int(totals.overdueReviews)),
        ])))
        root.append("articles", .array(articles.map(Self.json)))
        root.append("uncitedSiteSources", .array(uncitedSiteSources.map(Self.json)))
        return JSONWriter(prettyPrinted: true).string(.object(root)) + "\n"
    }

    private static func json(_ entry: Entry) -> JSONValue {
        var object = JSONObject()
        object.append("slug", .string(entry.slug))
        object.append("title", .string(entry.title))
        object.append("language", .string(entry.language))
        object.append("url", .string(entry.pageURL))
        object.append("published", .string(entry.published.description))
        object.append("modified", .string(entry.modified.description))
        if let date = entry.reviewDate, let age = entry.reviewAgeDays {
            object.append("review", .object(JSONObject([
                ("reviewer", entry.reviewerID.map(JSONValue.string) ?? .null),
                ("reviewerName", entry.reviewerName.map(JSONValue.string) ?? .null),
                ("date", .string(date.description)),
                ("ageDays", .int(age)),
            ])))
        } else {
            object.append("review", .null)
        }
        object.append("reviewOverdue", .bool(entry.isReviewOverdue))
        object.append("claims", .object(JSONObject([
            ("total", .int(entry.claimCount)),
            ("supported", .int(entry.supportedClaimCount)),
            ("unsupported", .int(entry.unsupportedClaimCount)),
        ])))
        object.append("unsupportedClaims", .array(entry.unsupportedClaims.map { claim in
            .object(JSONObject([
                ("number", .int(claim.number)),
                ("id", .string(claim.id)),
                ("text", .string(claim.text)),
                ("section", .string(claim.section)),
                ("hasSources", .bool(claim.hasSources)),
            ]))
        }))
        object.append("uncitedSources", .array(entry.uncitedSources.map(json)))
        return .object(object)
    }

    private static func json(_ source: SourceSummary) -> JSONValue {
        .object(JSONObject([("id", .string(source.id)), ("label", .string(source.label)), ("title", .string(source.title))]))
    }
}
