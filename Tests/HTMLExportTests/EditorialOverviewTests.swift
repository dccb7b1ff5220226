// ldpub — MIT licence.

import ArticleModel
import Foundation
import HTMLExport
import ModelFixtures
import Testing

@Suite struct EditorialOverviewTests {
    static let publication = SamplePublication.standard()
    static let html = EditorialOverview(publication: publication, asOf: SiteReport.newestDate(in: publication)).render()

    @Test func theOverviewIsACompletePage() {
        let page = PageText(Self.html)
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.head.contains("<title>Editorial view: evidence and reviews — Kliniek Voorbeeld</title>"))
        #expect(page.head.contains("<meta name=\"description\" content=\"Claims, sources and medical reviews of every article of Kliniek Voorbeeld\">"))
        #expect(page.head.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS feed\" href=\"feed.xml\">"))
        #expect(page.count("<script") == 0)
        #expect(page.attributeValues("src").isEmpty)
        #expect(page.headingLevels == [1, 2, 2, 3, 4, 4])
        #expect(Self.html.hasSuffix("</html>\n"))
        #expect(!Self.html.contains("\r"))
        #expect(Self.html == EditorialOverview(publication: Self.publication, asOf: SiteReport.newestDate(in: Self.publication)).render())
    }

    @Test func itSaysWhichDateAgesAreComputedAgainst() {
        // Where the date comes from is said only when the caller says it (it was guessed from the
        // input's newest date, and was wrong when --as-of or today happened to be that date).
        #expect(Self.html.contains("<p>Review ages are computed as of <time datetime=\"2025-12-31\">31 December 2025</time>; "
            + "a review older than 365 days is overdue. Articles are sorted with the weakest evidence first: "
            + "by share of supported claims (lowest first), then by review age (never reviewed first, then oldest first), then by slug.</p>"))
        let today = EditorialOverview(publication: Self.publication, asOf: Timestamp(year: 2027, month: 3, day: 1), maxReviewAgeDays: 30,
                                      asOfOrigin: "today").render()
        #expect(today.contains("<p>Review ages are computed as of <time datetime=\"2027-03-01\">1 March 2027</time> (today); a review older than 30 days is overdue."))
        #expect(today.contains("<time datetime=\"2025-12-30\">30 December 2025</time>, 426 days old<br><span class=\"status overdue\">Overdue</span>"))
    }

    @Test func rowsComeWeakestFirstWithTheirFacts() {
        let publication = ReportFixtures.ordering()
        let html = EditorialOverview(publication: publication, asOf: SiteReport.newestDate(in: publication)).render()
        let rows = ["e", "f", "c", "d", "g", "b", "a"].map { slug in
            html.range(of: "<tr>\n<th scope=\"row\"><a href=\"\(slug)/index.html\"")?.lowerBound
        }
        #expect(rows.allSatisfy { $0 != nil })
        #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted())
        let table = PageText(Self.html).slice(from: "<tbody>", to: "</tbody>")
        #expect(table == """
            <tbody>
            <tr>
            <th scope="row"><a href="tweede/index.html" lang="en">Zonder bronnen</a><br><code>tweede</code></th>
            <td><time datetime="2024-01-02">2 January 2024</time></td>
            <td><time datetime="2024-01-02">2 January 2024</time></td>
            <td><span class="status overdue">Not reviewed</span><br>published more than 365 days ago</td>
            <td class="number"><span class="muted">no claims</span></td>
            <td class="number">0</td>
            <td><a href="tweede/index.html">page</a>, <a href="tweede/claims.dot" download>DOT</a>, <a href="tweede/index.jsonld">JSON-LD</a></td>
            </tr>
            <tr>
            <th scope="row"><a href="eerste/index.html" lang="nl">Hoe werkt ketamine?</a><br><code>eerste</code></th>
            <td><time datetime="2025-12-30">30 December 2025</time></td>
            <td><time datetime="2025-12-31T09:30:00+01:00">31 December 2025, 09:30 +01:00</time></td>
            <td><span lang="nl">Jan Jansen</span><br><time datetime="2025-12-30">30 December 2025</time>, 1 day old</td>
            <td class="number">1 of 3 (33%)<br><span class="weak">2 without a supporting source</span><span class="meter" aria-hidden="true"><span style="width: 33%"></span></span></td>
            <td class="number"><span class="status uncited">1 uncited</span></td>
            <td><a href="eerste/index.html">page</a>, <a href="eerste/claims.dot" download>DOT</a>, <a href="eerste/index.jsonld">JSON-LD</a></td>
            </tr>
            </tbody>
            """)
    }

    @Test func linksLeadToPagesGraphsAndFeeds() {
        let withSVG = EditorialOverview(publication: Self.publication, asOf: SiteReport.newestDate(in: Self.publication), graphsRendered: true).render()
        #expect(withSVG.contains("<a href=\"eerste/claims.dot\" download>DOT</a>, <a href=\"eerste/claims.svg\">SVG</a>"))
        #expect(withSVG.contains("<a href=\"claims.dot\" download>claims graph of every article (DOT)</a>, <a href=\"claims.svg\">as SVG</a>"))
        #expect(!Self.html.contains("claims.svg"))
        #expect(Self.html.contains("feeds: <a href=\"feed.xml\">RSS feed</a>, <a href=\"atom.xml\">Atom feed</a>, <a href=\"feed.json\">JSON Feed</a>.</p>"))
        #expect(Self.html.contains("<li><a href=\"index.html\">All articles</a></li>"))
    }

    @Test func unsupportedClaimsAndUncitedSourcesLinkIntoTheirPage() {
        let details = PageText(Self.html).slice(from: "<h2 id=\"details\">", to: "</main>")
        #expect(details == """
            <h2 id="details">Claims without a supporting source, and uncited sources</h2>
            <h3><a href="eerste/index.html" lang="nl">Hoe werkt ketamine?</a> <code>eerste</code></h3>
            <h4>2 claims without a supporting source</h4>
            <ul class="details-list">
            <li><a href="eerste/index.html#claim-snel">Claim 2</a> <code>snel</code>: <span lang="nl">Het effect is binnen uren merkbaar.</span> \
            <span class="weak">(cites no source)</span></li>
            <li><a href="eerste/index.html#claim-hnk">Claim 3</a> <code>hnk</code>: <span lang="nl">HNK is mogelijk verantwoordelijk.</span> \
            <span class="weak">(its sources only dispute or mention it)</span></li>
            </ul>
            <h4>1 uncited source (no claim cites it)</h4>
            <ul class="details-list">
            <li><a href="eerste/index.html#ref-kompas">Zorginstituut Nederland n.d.</a> <code>kompas</code>: Ketamine</li>
            </ul>
            </main>
            """)
    }

    @Test func anEmptySiteSaysSo() {
        let empty = Publication(site: ReportFixtures.site, articles: [])
        let html = EditorialOverview(publication: empty, asOf: SiteReport.newestDate(in: empty)).render()
        #expect(html.contains("<p>The site has no articles yet.</p>"))
        #expect(html.contains("0 articles, 0 claims (0 supported by a source, 0 without one), 1 source (1 uncited), 0 overdue reviews."))
        #expect(html.contains("<h3>Site references no claim cites</h3>"))
    }
}
