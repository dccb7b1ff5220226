// ldpub — MIT licence.

extension SiteReport {
    /// The report for a terminal: a header, then one block per article, weakest first.
    ///
    /// Input text is printed on one line each (see ``PlainText/singleLine(_:)``); an overdue
    /// or missing review says `warning:`. LF line ends and a final newline.
    public func text() -> String {
        var lines: [String] = []
        lines.append("ldpub report: " + PlainText.singleLine(siteTitle))
        lines.append(totalsSentence())
        lines.append("Review ages as of \(asOf.dateString); a review older than \(PlainText.count(maxReviewAgeDays, "day")) is overdue.")
        lines.append("Order: " + Self.orderDescription + ".")
        for entry in articles {
            lines.append("")
            lines.append(entry.slug + ": " + PlainText.singleLine(entry.title))
            lines.append("  page:       " + entry.pageURL)
            lines.append("  published:  " + entry.published.description + (entry.modified == entry.published ? "" : ", modified " + entry.modified.description))
            lines.append("  review:     " + Self.reviewText(entry, maxAge: maxReviewAgeDays))
            lines.append("  claims:     " + Self.claimsText(entry))
            if !entry.unsupportedClaims.isEmpty {
                lines.append("  claims without a supporting source (\(entry.unsupportedClaims.count)):")
                for claim in entry.unsupportedClaims {
                    lines.append("    \(claim.number). \(claim.id): " + PlainText.singleLine(claim.text) + " (" + claim.why + ")")
                }
            }
            if !entry.uncitedSources.isEmpty {
                lines.append("  uncited sources (\(entry.uncitedSources.count)):")
                for source in entry.uncitedSources {
                    lines.append("    \(source.id): " + PlainText.singleLine(source.label) + ", " + PlainText.singleLine(source.title))
                }
            }
        }
        if !uncitedSiteSources.isEmpty {
            lines.append("")
            lines.append("site.yaml references no claim cites (\(uncitedSiteSources.count)):")
            for source in uncitedSiteSources {
                lines.append("  \(source.id): " + PlainText.singleLine(source.label) + ", " + PlainText.singleLine(source.title))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 articles, 3 claims (1 supported by a source, 2 without one), 4 sources (1 uncited), 1 overdue review`
    func totalsSentence() -> String { totals.sentence }

    /// `2025-12-30 by Jan Jansen, 2 days old`, with `warning:` when overdue or missing.
    static func reviewText(_ entry: Entry, maxAge: Int) -> String {
        guard let date = entry.reviewDate, let age = entry.reviewAgeDays else {
            return "none (warning: never medically reviewed)"
        }
        var text = date.description
        if let name = entry.reviewerName { text += " by " + PlainText.singleLine(name) }
        text += ", " + PlainText.count(age, "day") + " old"
        if entry.isReviewOverdue { text += " (warning: overdue, older than \(PlainText.count(maxAge, "day")))" }
        return text
    }

    /// `1 of 3 supported (33%)`, or `none`.
    static func claimsText(_ entry: Entry) -> String {
        guard let percent = entry.supportedPercent else { return "none" }
        return "\(entry.supportedClaimCount) of \(entry.claimCount) supported (\(percent)%)"
    }
}
