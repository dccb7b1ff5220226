// ldpub — MIT licence.

import ArticleModel
import Foundation
@testable import HTMLExport
import JSONLDExport
import LinkedDataJSON
import MarkdownRendering
import ModelFixtures
import Testing

/// Text that breaks naive escaping appears in the pages and the report as text, never as markup.
@Suite struct HostileTextTests {
    static func pages(_ text: String) -> (page: String, overview: String) {
        let publication = SamplePublication.hostile(text)
        let article = publication.articles[0]
        let page = ArticlePage(publication: publication).render(article, jsonLD: PageGraph(publication: publication).document(for: article))
        let overview = EditorialOverview(publication: publication, asOf: SiteReport.newestDate(in: publication)).render()
        return (page, overview)
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func pagesShowTheTextEscaped(text: String) {
        let (page, overview) = Self.pages(text)
        let escaped = HTMLEscaping.escape(text)
        let body = PageText(page).body
        #expect(PageText(page).count("<script") == 1)
        #expect(PageText(overview).count("<script") == 0)
        #expect(page.contains("<title>" + escaped + " — " + escaped + "</title>"))
        #expect(page.contains("<meta name=\"description\" content=\"" + escaped + "\">"))
        #expect(body.contains("<h1 id=\"title\">" + escaped + "</h1>"))
        #expect(body.contains("<p class=\"description\">" + escaped + "</p>"))
        #expect(body.contains("<h2 id=\"section\">" + escaped + "</h2>"))
        #expect(body.contains("<p class=\"claim-text\">" + escaped + "</p>"))
        // The marker's hidden label (the source's author–date label) is made of the text too, escaped.
        let marker = body.range(of: "<p class=\"claim-text\">" + escaped + "<sup class=\"cite\"><a href=\"#ref-r1\">[1]<span class=\"visually-hidden\"> ")
        #expect(marker != nil)
        if let marker, let end = body[marker.upperBound...].range(of: "</span></a></sup></p>") {
            let label = body[marker.upperBound..<end.lowerBound]
            #expect(!label.contains("<") && !label.contains(">") && (!label.contains("&") || label.contains(";")), "\(label)")
        } else {
            Issue.record("no citation marker with its label")
        }
        #expect(body.contains("<a href=\"#ref-r1\">"))
        #expect(body.contains("</a>, " + escaped + " <span class=\"relation supports\">ondersteunt</span></li>"), "the locator")
        #expect(body.contains("<img src=\"../images/x.jpg\" alt=\"" + escaped + "\">"), "the image's alt text")
        #expect(body.contains("<dt>Categorie</dt><dd>" + escaped + "</dd>"))
        let hostile = SamplePublication.hostile(text)
        let index = SiteIndex(site: hostile.site).render(hostile.articles)
        #expect(index.contains("<a href=\"hostile/index.html\">" + escaped + "</a>"))
        #expect(PageText(index).count("<script") == 0)
        #expect(overview.contains(">" + escaped + "</a><br><code>hostile</code></th>"))
        #expect(overview.contains("<span lang=\"nl\">" + escaped + "</span>"))
        // The section body is CommonMark, where `it's` and `&amp;` are already HTML; everything else is plain text.
        let prose = PageText(body).slice(from: "<div class=\"prose\">", to: "</div>")
        #expect(!prose.isEmpty)
        for html in [body.replacingOccurrences(of: prose, with: ""), PageText(overview).body] where escaped != text {
            #expect(!html.contains(text), "the raw text appears in the page")
        }
        #expect(!body.contains("<script"))
        #expect(!body.contains("alert(1)</script>"))
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func theReportShowsTheTextAsWritten(text: String) throws {
        let report = SiteReport(publication: SamplePublication.hostile(text), asOf: Timestamp(year: 2025, month: 1, day: 2))
        let plain = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        #expect(report.text().contains("\n    2. c2: " + plain + " (cites no source)\n"))
        #expect(report.text().contains("\nhostile: " + plain + "\n"))
        let markdown = report.markdown()
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains(text) || !text.contains(where: { "<>&[]|*_`\\\n".contains($0) }))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| [") }
        #expect(rows.count == 1)
        #expect(rows.first?.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 7)
        let json = try JSONValue.parse(Data(report.json().utf8))
        let claims = try #require(json["articles"]?.array?.first?["unsupportedClaims"]?.array)
        #expect(claims.map { $0["text"]?.string } == [text])
        #expect(json["site"]?.string == text)
    }

    @Test func controlCharactersCannotSteerATerminal() {
        #expect(PlainText.singleLine("a\u{1B}[2Jb\u{7}c\r\nd") == "a\u{FFFD}[2Jb\u{FFFD}c  d")
    }
}
