// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import InterfaceText

/// The editorial view of a site, for editors and reviewers (`ldpub report --format html`):
/// every article with its dates, medical review and its age, claims supported / total and
/// uncited sources, weakest evidence first (the order of ``SiteReport``), with links to its
/// page, graph and JSON-LD, and the site's feeds.
///
/// Below the table, each article's claims without a supporting source (saying whether they cite
/// no source or only sources that dispute or mention them) and its uncited sources, in red, link
/// to where they are on its page. The page says which date review ages are computed against;
/// its links are relative to the output folder, so it belongs at the output folder's top. Like
/// the article pages it is static and self-contained, deterministic, LF-only, with a final
/// newline. Its interface is English, as the other formats of `ldpub report` are.
///
/// The page is assembled from one ``Row`` per article: see
/// ``assemble(_:site:asOf:maxReviewAgeDays:graphsRendered:asOfOrigin:)``.
public struct EditorialOverview: Sendable {
    /// The publication.
    public let publication: Publication
    /// The date review ages are computed against.
    public let asOf: Timestamp
    /// How old a review may be before it is overdue.
    public let maxReviewAgeDays: Int
    /// Whether the build rendered `claims.svg` files, which the overview then links.
    public let graphsRendered: Bool
    /// Where `asOf` comes from, shown after it ("today", "given with --as-of"); nil: not said.
    public let asOfOrigin: String?

    /// An overview of `publication`.
    ///
    /// - Parameters:
    ///   - publication: A validated publication.
    ///   - asOf: The date review ages are computed against; a build passes
    ///     ``SiteReport/newestDate(in:)`` so that its output never depends on the clock.
    ///   - maxReviewAgeDays: How old a review may be before it is overdue.
    ///   - graphsRendered: Whether `claims.svg` files exist next to the `claims.dot` files.
    ///   - asOfOrigin: Where `asOf` comes from ("today"), shown after it; nil: nothing is said.
    public init(publication: Publication, asOf: Timestamp, maxReviewAgeDays: Int = ReviewAgeCheck.defaultMaxAgeDays,
                graphsRendered: Bool = false, asOfOrigin: String? = nil) {
        self.publication = publication
        self.asOf = asOf
        self.maxReviewAgeDays = maxReviewAgeDays
        self.graphsRendered = graphsRendered
        self.asOfOrigin = asOfOrigin
    }

    /// What the overview shows, as a report.
    public var report: SiteReport { SiteReport(publication: publication, asOf: asOf, maxReviewAgeDays: maxReviewAgeDays) }

    /// The HTML document.
    @inline(never)  // Called once per build; out of line so that a profile shows what the page costs.
    public func render() -> String {
        String(decoding: renderUTF8(), as: UTF8.self)
    }

    /// The HTML document as UTF-8 bytes, exactly those of ``render()``.
    @inline(never)  // As render().
    public func renderUTF8() -> [UInt8] {
        let rows = publication.articles.map { Row(article: $0, publication: publication, graphsRendered: graphsRendered) }
        return Self.assemble(rows, site: publication.site, asOf: asOf, maxReviewAgeDays: maxReviewAgeDays, graphsRendered: graphsRendered,
                             asOfOrigin: asOfOrigin)
    }

    /// The overview made of one row per article, byte for byte what ``renderUTF8()`` gives for a
    /// publication of `site` and those articles.
    ///
    /// A row depends only on its article, the site and `graphsRendered`; what depends on every
    /// article (the order, the totals, the site references no claim cites) and on `asOf` (review
    /// ages, overdue marks) is worked out here.
    /// - Parameters:
    ///   - rows: One row per article, in any order, each made with `graphsRendered`.
    ///   - site: The site the rows were made for.
    ///   - asOf: The date review ages are computed against; a build passes
    ///     ``newestDate(of:)`` (the same as ``SiteReport/newestDate(in:)``).
    ///   - maxReviewAgeDays: How old a review may be before it is overdue.
    ///   - graphsRendered: Whether `claims.svg` files exist next to the `claims.dot` files.
    ///   - asOfOrigin: Where `asOf` comes from ("today"), shown after it; nil: nothing is said.
    public static func assemble(_ rows: [Row], site: Site, asOf: Timestamp, maxReviewAgeDays: Int = ReviewAgeCheck.defaultMaxAgeDays,
                                graphsRendered: Bool = false, asOfOrigin: String? = nil) -> [UInt8] {
        assert(rows.allSatisfy { $0.graphsRendered == graphsRendered }, "rows made for another build")
        let rows = rows.sorted { $0.sortKey < $1.sortKey }
        let cited = Set(rows.lazy.flatMap(\.citedReferenceIDs))
        let uncitedSiteReferences = site.references.filter { !cited.contains($0.id) }
        var html = HTMLBuffer(capacity: 16 * 1024 + rows.reduce(0) { $0 + $1.size })
        appendHead(site: site, to: &html)
        html.append("<p class=\"description\">")
        html.append(escaped: totals(of: rows, site: site, asOf: asOf, maxReviewAgeDays: maxReviewAgeDays).sentence)
        html.append(".</p>\n<p>Review ages are computed as of ")
        TimeElement.append(asOf, in: .english, to: &html)
        if let asOfOrigin {
            html.append(" (")
            html.append(escaped: asOfOrigin)
            html.append(")")
        }
        html.append("; a review older than ")
        html.append(count: maxReviewAgeDays, "day")
        html.append(" is overdue. Articles are sorted with the ")
        html.append(escaped: SiteReport.orderDescription)
        html.append(".</p>\n<p>Site-wide: <a href=\"claims.dot\" download>claims graph of every article (DOT)</a>")
        if graphsRendered { html.append(", <a href=\"claims.svg\">as SVG</a>") }
        html.append("; feeds: ")
        for (index, feed) in PageChrome.feeds.enumerated() {
            if index > 0 { html.append(", ") }
            html.append(raw: "<a href=\"\(feed.file)\">\(MessageCatalog.english[feed.name])</a>")
        }
        html.append(".</p>\n<h2 id=\"articles\">Articles</h2>\n")
        if rows.isEmpty {
            html.append("<p>The site has no articles yet.</p>\n")
        } else {
            html.append("<div class=\"table-frame\">\n<table>\n<caption>Articles, weakest evidence first</caption>\n<thead>\n<tr>")
            html.append("<th scope=\"col\">Article</th><th scope=\"col\">Published</th><th scope=\"col\">Modified</th>")
            html.append("<th scope=\"col\">Medical review</th><th scope=\"col\">Claims supported</th><th scope=\"col\">Uncited sources</th>")
            html.append("<th scope=\"col\">Files</th></tr>\n</thead>\n<tbody>\n")
            for row in rows { row.appendTableRow(asOf: asOf, maxReviewAgeDays: maxReviewAgeDays, to: &html) }
            html.append("</tbody>\n</table>\n</div>\n")
        }
        if rows.contains(where: { !$0.details.isEmpty }) || !uncitedSiteReferences.isEmpty {
            html.append("<h2 id=\"details\">Claims without a supporting source, and uncited sources</h2>\n")
            for row in rows { html.append(raw: row.details) }
            if !uncitedSiteReferences.isEmpty {
                html.append("<h3>Site references no claim cites</h3>\n<ul class=\"details-list\">\n")
                for item in uncitedSiteReferences {
                    html.append("<li>")
                    html.append(escaped: ShortCitation(item, catalog: .english).description)
                    html.append(" <code>")
                    html.append(escaped: item.id)
                    html.append("</code>: ")
                    html.append(escaped: item.title)
                    html.append("</li>\n")
                }
                html.append("</ul>\n")
            }
        }
        html.append("</main>\n<footer class=\"site-footer\">\n<p>Written by <code>ldpub report --format html</code>; the same overview ")
        html.append("comes as text, Markdown or JSON (<code>--format text|markdown|json</code>). Readers see <a href=\"index.html\">the index ")
        html.append("of articles</a> and the article pages, without these marks.</p>\n</footer>\n</body>\n</html>\n")
        return html.bytes
    }

    /// The date a build computes review ages against, from the rows of every article: exactly
    /// ``SiteReport/newestDate(in:)`` of the publication they were made from.
    public static func newestDate(of rows: [Row]) -> Timestamp {
        // The first of equal dates in slug order, as SiteReport's walk through the articles keeps it.
        Timestamp.newestDay(among: rows.sorted { $0.slug < $1.slug }.lazy.map(\.newestDate))
    }

    // MARK: - Parts

    /// Everything before the totals: `<head>`, the site header and the page's heading.
    private static func appendHead(site: Site, to html: inout HTMLBuffer) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Editorial view: evidence and reviews — ")
        html.append(escaped: site.title)
        html.append("</title>\n<meta name=\"description\" content=\"Claims, sources and medical reviews of every article of ")
        html.append(escaped: site.title)
        html.append("\">\n")
        // The feed links, style sheet and site header of the readers' pages, in English.
        let frame = PageFrame(site: site, catalog: .english, root: "", current: nil)
        BuiltInLayout.head(frame, to: &html)
        html.append("</head>\n<body class=\"wide\">\n<a class=\"skip-link\" href=\"#main\">Skip to the overview</a>\n")
        BuiltInLayout.siteHeader(frame, to: &html)
        html.append("<main id=\"main\">\n<p class=\"kicker\">ldpub report: for editors</p>\n<h1>Editorial view: evidence and reviews</h1>\n")
    }

    /// The sums over the whole site, as ``SiteReport/totals`` has them.
    private static func totals(of rows: [Row], site: Site, asOf: Timestamp, maxReviewAgeDays: Int) -> SiteReport.Totals {
        var counter = BuildStatistics.Counter(siteReferenceIDs: site.references.lazy.map(\.id), expectedArticles: rows.count)
        for row in rows {
            counter.add(referenceIDs: row.referenceIDs, claims: row.claimCount, unsupportedClaims: row.claimCount - row.supportedClaimCount,
                        citedIDs: row.citedReferenceIDs)
        }
        return SiteReport.Totals(counter.statistics, overdueReviews: rows.count { $0.isReviewOverdue(asOf: asOf, maxReviewAgeDays: maxReviewAgeDays) })
    }
}
