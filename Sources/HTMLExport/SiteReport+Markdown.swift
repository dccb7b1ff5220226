// ldpub — MIT licence.

extension SiteReport {
    /// The report as a GitHub-flavoured Markdown pull request comment: a summary, a table of
    /// the articles (weakest first) and, per article with problems, a collapsed list of its
    /// claims without a supporting source and uncited sources. Input text is escaped (``MarkdownEscaping``).
    public func markdown() -> String {
        var lines: [String] = []
        lines.append("## ldpub report: " + MarkdownEscaping.escape(siteTitle))
        lines.append("")
        lines.append(totalsSentence() + ". Review ages as of \(asOf.dateString); a review older than "
                     + PlainText.count(maxReviewAgeDays, "day") + " is overdue. Order: " + Self.orderDescription + ".")
        lines.append("")
        lines.append("| Article | Published | Modified | Medical review | Supported claims | Uncited sources |")
        lines.append("| --- | --- | --- | --- | ---: | ---: |")
        for entry in articles {
            let article = "[" + MarkdownEscaping.escape(entry.title) + "](<" + entry.pageURL + ">) `" + entry.slug + "`"
            var review = "**never reviewed**"
            if let date = entry.reviewDate, let age = entry.reviewAgeDays {
                review = date.description + (entry.reviewerName.map { " by " + MarkdownEscaping.escape($0) } ?? "")
                    + ", " + PlainText.count(age, "day") + " old" + (entry.isReviewOverdue ? " **overdue**" : "")
            }
            let claims = entry.supportedPercent.map { "\(entry.supportedClaimCount) of \(entry.claimCount) (\($0)%)" } ?? "no claims"
            lines.append("| \(article) | \(entry.published.description) | \(entry.modified.description) | \(review) | \(claims) | \(entry.uncitedSources.count) |")
        }
        for entry in articles where !entry.unsupportedClaims.isEmpty || !entry.uncitedSources.isEmpty {
            lines.append("")
            lines.append("<details><summary><code>\(entry.slug)</code>: "
                         + PlainText.count(entry.unsupportedClaims.count, "claim") + " without a supporting source, "
                         + PlainText.count(entry.uncitedSources.count, "uncited source") + "</summary>")
            if !entry.unsupportedClaims.isEmpty {
                lines.append("")
                lines.append("Claims without a supporting source:")
                lines.append("")
                for claim in entry.unsupportedClaims {
                    lines.append("- Claim \(claim.number) `\(claim.id)`: " + MarkdownEscaping.escape(claim.text) + " _(" + claim.why + ")_")
                }
            }
            if !entry.uncitedSources.isEmpty {
                lines.append("")
                lines.append("Uncited sources:")
                lines.append("")
                for source in entry.uncitedSources {
                    lines.append("- `\(source.id)`: " + MarkdownEscaping.escape(source.label) + ", " + MarkdownEscaping.escape(source.title))
                }
            }
            lines.append("")
            lines.append("</details>")
        }
        if !uncitedSiteSources.isEmpty {
            lines.append("")
            lines.append("site.yaml references no claim cites:")
            lines.append("")
            for source in uncitedSiteSources {
                lines.append("- `\(source.id)`: " + MarkdownEscaping.escape(source.label) + ", " + MarkdownEscaping.escape(source.title))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
