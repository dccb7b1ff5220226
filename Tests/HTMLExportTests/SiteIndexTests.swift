// ldpub — MIT licence.

import ArticleModel
import HTMLExport
import InterfaceText
import ModelFixtures
import Testing

/// The readers' index of articles, `Output/index.html`, in the site's language.
@Suite struct SiteIndexTests {
    static let publication = SamplePublication.standard()
    static let html = SiteIndex(site: publication.site).render(publication.articles)

    @Test func theIndexIsInTheSitesLanguage() {
        let page = PageText(Self.html)
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n"))
        #expect(page.head.contains("<title>Artikelen — Kliniek Voorbeeld</title>"))
        #expect(page.body.contains("<li><a href=\"index.html\" aria-current=\"page\">Alle artikelen</a></li>"))
        #expect(page.body.contains("<h2 id=\"articles\">Artikelen</h2>"))
        #expect(page.body.contains("<p>Gemaakt met ldpub.</p>"))
        #expect(page.count("<script") == 0)
        #expect(page.headingLevels.first == 1)
    }

    @Test func eachArticleShowsItsTitleDescriptionDatesAndReviewerNewestFirst() {
        let body = PageText(Self.html).body
        let first = body.range(of: "<a href=\"eerste/index.html\">")
        let second = body.range(of: "<a href=\"tweede/index.html\">")
        #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound, "newest first")
        #expect(body.contains("""
            <li class="entry">
            <h3><a href="eerste/index.html">Hoe werkt ketamine?</a></h3>
            <p class="entry-description">Het effect op je hersenen.</p>
            <p class="entry-facts">Gepubliceerd op <time datetime="2025-12-30">30 december 2025</time> · bijgewerkt op \
            <time datetime="2025-12-31T09:30:00+01:00">31 december 2025 om 09:30 +01:00</time><br>Medisch gecontroleerd door Jan Jansen \
            op <time datetime="2025-12-30">30 december 2025</time></p>
            </li>
            """))
        // An English article keeps its language; the labels stay the site's.
        #expect(body.contains("<li class=\"entry\" lang=\"en\">\n<h3><a href=\"tweede/index.html\">"))
        #expect(body.contains("<p class=\"entry-facts\" lang=\"nl\">Gepubliceerd op <time datetime=\"2024-01-02\">2 januari 2024</time>"
                              + "<br>Niet medisch gecontroleerd</p>"))
    }

    @Test func theIndexShowsNoEvidenceMarks() {
        let body = PageText(Self.html).body
        #expect(!body.contains("unsupported"))
        #expect(!body.contains("class=\"weak"))
        #expect(!body.contains("class=\"status"))
    }

    @Test func anEmptySiteAndAnEnglishSite() {
        let empty = SiteIndex(site: ReportFixtures.site).render([])
        #expect(empty.contains("<p>Er zijn nog geen artikelen.</p>") || empty.contains("<p>There are no articles yet.</p>"))
        let minimal = SamplePublication.minimal()
        let english = SiteIndex(site: minimal.site).render(minimal.articles)
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(english.contains("Published <time datetime=\"2023-06-01\">1 June 2023</time><br>Not medically reviewed</p>"))
    }

    @Test func aSitesOwnTextsReplaceTheBuiltInOnesOnEveryPage() {
        let site = Self.publication.site.withMessages(["nl": [.sourcesHeading: "Literatuur", .indexTitle: "Alle teksten"]])
        let publication = Publication(site: site, articles: Self.publication.articles)
        #expect(SiteIndex(site: site).render(publication.articles).contains("<h2 id=\"articles\">Alle teksten</h2>"))
        let page = ArticlePageTests.render(publication, publication.articles[0])
        #expect(page.contains("<h2 id=\"sources\">Literatuur</h2>"))
        #expect(!page.contains(">Bronnen</h2>"))
        // The English article is untouched by the Dutch texts.
        #expect(ArticlePageTests.render(publication, publication.articles[1]).contains("<h2 id=\"sources\">Sources</h2>"))
    }

    @Test func aSitesTextIsTextNotMarkup() {
        let site = Self.publication.site.withMessages(["nl": [.indexTitle: "<b>Alles</b> & meer"]])
        #expect(SiteIndex(site: site).render([]).contains("<h2 id=\"articles\">&lt;b&gt;Alles&lt;/b&gt; &amp; meer</h2>"))
    }
}
