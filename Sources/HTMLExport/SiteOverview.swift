// ldpub — MIT licence.

import ArticleModel
import MarkdownRendering

/// The site overview, `Output/index.html`: every article with its dates, medical review and
/// its age, claims supported / total and uncited sources, weakest evidence first (the order of
/// ``SiteReport``), with links to its page, graph and JSON-LD, and the site's feeds.
///
/// Below the table, each article's unsupported claims and uncited sources link to where they
/// are on its page. The page says which date review ages are computed against. Like the
/// article pages it is static and self-contained, deterministic, LF-only, with a final newline.
public struct SiteOverview: Sendable {
    /// The file name of the overview in the output folder.
    public static let relativePath = "index.html"

    /// The publication.
    public let publication: Publication
    /// What the overview shows.
    public let report: SiteReport
    /// Whether the build rendered `claims.svg` files, which the overview then links.
    public let graphsRendered: Bool

    /// An overview of `publication`.
    ///
    /// - Parameters:
    ///   - publication: A validated publication.
    ///   - asOf: The date review ages are computed against; a build passes
    ///     ``SiteReport/newestDate(in:)`` so that its output never depends on the clock.
    ///   - maxReviewAgeDays: How old a review may be before it is overdue.
    ///   - graphsRendered: Whether `claims.svg` files exist next to the `claims.dot` files.
    public init(publication: Publication, asOf: Timestamp, maxReviewAgeDays: Int = ReviewAgeCheck.defaultMaxAgeDays,
                graphsRendered: Bool = false) {
        self.publication = publication
        report = SiteReport(publication: publication, asOf: asOf, maxReviewAgeDays: maxReviewAgeDays)
        self.graphsRendered = graphsRendered
    }

    /// The HTML document.
    public func render() -> String {
        let site = publication.site
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + HTMLEscaping.escape("Evidence and review overview — " + site.title) + "</title>\n"
        html += "<meta name=\"description\" content=\"" + HTMLEscaping.escape("Claims, sources and medical reviews of every article of " + site.title) + "\">\n"
        html += PageChrome.feedLinks(prefix: "")
        html += "<style>\n" + PageStyle.css + "</style>\n"
        html += "</head>\n<body class=\"wide\">\n"
        html += "<a class=\"skip-link\" href=\"#main\">Skip to the overview</a>\n"
        html += PageChrome.header(site: site, prefix: "", current: Self.relativePath)
        html += "<main id=\"main\">\n"
        html += "<p class=\"kicker\">ldpub report</p>\n<h1>Evidence and review overview</h1>\n"
        html += "<p class=\"description\">" + HTMLEscaping.escape(report.totalsSentence()) + ".</p>\n"
        let isBuildDate = report.asOf == SiteReport.newestDate(in: publication)
        html += "<p>Review ages are computed as of " + TimeElement.html(report.asOf)
            + (isBuildDate ? ", the newest date in the input (a modification or a review)" : "")
            + "; a review older than " + PlainText.count(report.maxReviewAgeDays, "day") + " is overdue. "
            + "Articles are sorted with the " + HTMLEscaping.escape(SiteReport.orderDescription) + ".</p>\n"
        html += "<p>Site-wide: <a href=\"claims.dot\" download>claims graph of every article (DOT)</a>"
            + (graphsRendered ? ", <a href=\"claims.svg\">as SVG</a>" : "")
            + "; feeds: " + PageChrome.feeds.map { "<a href=\"\($0.file)\">\($0.name)</a>" }.joined(separator: ", ") + ".</p>\n"
        html += tableHTML()
        html += detailsHTML()
        html += "</main>\n"
        html += "<footer class=\"site-footer\">\n<p>Made by ldpub. The same overview is printed by <code>ldpub report</code> "
            + "(text, Markdown or JSON).</p>\n</footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    private func tableHTML() -> String {
        var html = "<h2 id=\"articles\">Articles</h2>\n"
        guard !report.articles.isEmpty else { return html + "<p>The site has no articles yet.</p>\n" }
        html += "<div class=\"table-frame\">\n<table>\n<caption>Articles, weakest evidence first</caption>\n<thead>\n<tr>"
        for column in ["Article", "Published", "Modified", "Medical review", "Claims supported", "Uncited sources", "Files"] {
            html += "<th scope=\"col\">" + column + "</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for entry in report.articles {
            let folder = HTMLEscaping.escape(entry.slug) + "/"
            html += "<tr>\n<th scope=\"row\"><a href=\"" + folder + "index.html\" lang=\"" + HTMLEscaping.escape(entry.language) + "\">"
                + HTMLEscaping.escape(entry.title) + "</a><br><code>" + HTMLEscaping.escape(entry.slug) + "</code></th>\n"
            html += "<td>" + TimeElement.html(entry.published) + "</td>\n"
            html += "<td>" + TimeElement.html(entry.modified) + "</td>\n"
            html += "<td>" + reviewCell(entry) + "</td>\n"
            html += "<td class=\"number\">" + claimsCell(entry) + "</td>\n"
            html += "<td class=\"number\">" + (entry.uncitedSources.isEmpty ? "0"
                : "<span class=\"status uncited\">" + String(entry.uncitedSources.count) + " uncited</span>") + "</td>\n"
            html += "<td><a href=\"" + folder + "index.html\">page</a>, <a href=\"" + folder + "claims.dot\" download>DOT</a>"
                + (graphsRendered ? ", <a href=\"" + folder + "claims.svg\">SVG</a>" : "")
                + ", <a href=\"" + folder + "index.jsonld\">JSON-LD</a></td>\n</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        return html
    }

    private func reviewCell(_ entry: SiteReport.Entry) -> String {
        guard let date = entry.reviewDate, let age = entry.reviewAgeDays else {
            return "<span class=\"status overdue\">Not reviewed</span>"
                + (entry.isReviewOverdue ? "<br>published more than " + PlainText.count(report.maxReviewAgeDays, "day") + " ago" : "")
        }
        var html = ""
        if let name = entry.reviewerName {
            html += "<span lang=\"" + HTMLEscaping.escape(publication.site.language) + "\">" + HTMLEscaping.escape(name) + "</span><br>"
        }
        html += TimeElement.html(date) + ", " + PlainText.count(age, "day") + " old"
        if entry.isReviewOverdue { html += "<br><span class=\"status overdue\">Overdue</span>" }
        return html
    }

    private func claimsCell(_ entry: SiteReport.Entry) -> String {
        guard let percent = entry.supportedPercent else { return "<span class=\"muted\">no claims</span>" }
        var html = String(entry.supportedClaimCount) + " of " + String(entry.claimCount) + " (" + String(percent) + "%)"
        if entry.unsupportedClaimCount > 0 {
            html += "<br><span class=\"weak\">" + String(entry.unsupportedClaimCount) + " unsupported</span>"
        }
        html += "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width: " + String(percent) + "%\"></span></span>"
        return html
    }

    private func detailsHTML() -> String {
        let listed = report.articles.filter { !$0.unsupportedClaims.isEmpty || !$0.uncitedSources.isEmpty }
        guard !listed.isEmpty || !report.uncitedSiteSources.isEmpty else { return "" }
        let articlesBySlug = Dictionary(publication.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var html = "<h2 id=\"details\">Unsupported claims and uncited sources</h2>\n"
        for entry in listed {
            guard let article = articlesBySlug[entry.slug] else { continue }
            let anchors = PageAnchors(article: article, references: publication.citedReferences(of: article))
            let page = HTMLEscaping.escape(entry.slug) + "/index.html"
            html += "<h3><a href=\"" + page + "\" lang=\"" + HTMLEscaping.escape(entry.language) + "\">" + HTMLEscaping.escape(entry.title)
                + "</a> <code>" + HTMLEscaping.escape(entry.slug) + "</code></h3>\n"
            if !entry.unsupportedClaims.isEmpty {
                html += "<h4>" + PlainText.count(entry.unsupportedClaims.count, "unsupported claim") + "</h4>\n<ul class=\"details-list\">\n"
                for claim in entry.unsupportedClaims {
                    html += "<li><a href=\"" + page + "#" + HTMLEscaping.escape(anchors.claim(claim.id)) + "\">Claim " + String(claim.number)
                        + "</a> <code>" + HTMLEscaping.escape(claim.id) + "</code>: <span lang=\"" + HTMLEscaping.escape(entry.language) + "\">"
                        + HTMLEscaping.escape(claim.text) + "</span>"
                        + (claim.hasSources ? " <span class=\"muted\">(its sources only dispute or mention it)</span>" : "") + "</li>\n"
                }
                html += "</ul>\n"
            }
            if !entry.uncitedSources.isEmpty {
                html += "<h4>" + PlainText.count(entry.uncitedSources.count, "uncited source") + "</h4>\n<ul class=\"details-list\">\n"
                for source in entry.uncitedSources {
                    html += "<li><a href=\"" + page + "#" + HTMLEscaping.escape(anchors.reference(source.id)) + "\">"
                        + HTMLEscaping.escape(source.label) + "</a> <code>" + HTMLEscaping.escape(source.id) + "</code>: "
                        + HTMLEscaping.escape(source.title) + "</li>\n"
                }
                html += "</ul>\n"
            }
        }
        if !report.uncitedSiteSources.isEmpty {
            html += "<h3>Site references no claim cites</h3>\n<ul class=\"details-list\">\n"
            for source in report.uncitedSiteSources {
                html += "<li>" + HTMLEscaping.escape(source.label) + " <code>" + HTMLEscaping.escape(source.id) + "</code>: "
                    + HTMLEscaping.escape(source.title) + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html
    }
}
