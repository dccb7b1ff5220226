// ldpub — MIT licence.

import ArticleModel
import FeedExport
import ModelFixtures
import Testing

/// sitemap.xml and robots.txt: every article with its lastmod, translations linked by hreflang.
@Suite struct SiteMapTests {
    private static func article(_ slug: String, language: String? = nil, published: Timestamp, modified: Timestamp? = nil,
                                reviewed: Timestamp? = nil, translationKey: String? = nil) -> Article {
        let span = SamplePublication.standard().articles[0].span
        return Article(file: "\(slug).yaml", slug: slug, title: slug, description: slug, language: language, published: published,
                       modified: modified, review: reviewed.map { Review(reviewer: IDReference("jan-jansen", span: span), date: $0) },
                       authors: [IDReference("redactie", span: span)], sections: [], translationKey: translationKey, span: span)
    }

    private let site = SamplePublication.standard().site

    @Test func listsTheHomePageAndEveryArticleWithTheLaterOfModifiedAndReviewed() throws {
        let timed = Timestamp(year: 2025, month: 5, day: 14, time: .init(hour: 13, minute: 30, second: 0, offsetMinutes: 60))
        let pages = [
            Self.article("b-later-review", published: Timestamp(year: 2025, month: 1, day: 2), reviewed: Timestamp(year: 2025, month: 3, day: 1)),
            Self.article("a-timed", published: Timestamp(year: 2025, month: 1, day: 2), modified: timed, reviewed: Timestamp(year: 2025, month: 5, day: 14)),
        ].map { SiteMap.Page(article: $0, site: site) }
        let xml = SiteMap(site: site).render(pages)
        let root = try XMLTree.parse(xml)
        #expect(root.name == "urlset")
        #expect(root.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let urls = root.children("url")
        #expect(urls.map { $0.text("loc") } == [
            "https://www.kliniek.example/", "https://www.kliniek.example/a-timed/", "https://www.kliniek.example/b-later-review/",
        ])
        #expect(urls.map { $0.text("lastmod") } == ["2025-05-14T13:30:00+01:00", "2025-05-14T13:30:00+01:00", "2025-03-01"])
        #expect(!xml.contains("xhtml:link"))
    }

    @Test func translationsLinkEachOtherWithHreflang() throws {
        let day = Timestamp(year: 2025, month: 1, day: 2)
        let pages = [
            Self.article("hoe-werkt-ketamine", published: day, translationKey: "ketamine"),
            Self.article("how-ketamine-works", language: "en", published: day, translationKey: "ketamine"),
            Self.article("alleen", published: day, translationKey: "alleen"),
        ].map { SiteMap.Page(article: $0, site: site) }
        let root = try XMLTree.parse(SiteMap(site: site).render(pages))
        let byLocation = Dictionary(uniqueKeysWithValues: root.children("url").map { ($0.text("loc")!, $0) })
        for location in ["https://www.kliniek.example/hoe-werkt-ketamine/", "https://www.kliniek.example/how-ketamine-works/"] {
            let links = try #require(byLocation[location]).children("xhtml:link")
            #expect(links.map { $0.attributes["hreflang"] } == ["nl", "en"])
            #expect(links.map { $0.attributes["href"] } == ["https://www.kliniek.example/hoe-werkt-ketamine/", "https://www.kliniek.example/how-ketamine-works/"])
            #expect(links.allSatisfy { $0.attributes["rel"] == "alternate" })
        }
        // A key that no other article shares links nothing.
        #expect(try #require(byLocation["https://www.kliniek.example/alleen/"]).children("xhtml:link").isEmpty)
    }

    /// The sitemap of three articles, one with a translation, with `b` modified at `modified`.
    private func pages(modified: Timestamp?) -> [SiteMap.Page] {
        [
            Self.article("a", published: Timestamp(year: 2025, month: 1, day: 2), modified: Timestamp(year: 2025, month: 4, day: 1), translationKey: "k"),
            Self.article("b", language: "en", published: Timestamp(year: 2025, month: 1, day: 3), modified: modified, translationKey: "k"),
            Self.article("c", published: Timestamp(year: 2025, month: 2, day: 1), reviewed: Timestamp(year: 2025, month: 3, day: 1)),
        ].map { SiteMap.Page(article: $0, site: site) }
    }

    @Test(arguments: [
        (nil, Timestamp(year: 2025, month: 3, day: 15)),  // an older page, newer now: only its entry
        (Timestamp(year: 2025, month: 3, day: 15), Timestamp(year: 2025, month: 5, day: 1)),  // the newest now: the home page's too
        (Timestamp(year: 2025, month: 4, day: 1), Timestamp(year: 2025, month: 4, day: 1, time: .init(hour: 8, minute: 0, second: 0, offsetMinutes: 0))),
        (Timestamp(year: 2025, month: 5, day: 1), Timestamp(year: 2025, month: 5, day: 1)),  // no change
    ] as [(Timestamp?, Timestamp)])
    func aLaterModificationIsPatchedAsRenderingAgainWrites(_ before: Timestamp?, _ after: Timestamp) throws {
        let siteMap = SiteMap(site: site)
        let old = pages(modified: before), new = pages(modified: after)
        let change = try #require(SiteMap.Change(before: old[1], after: new[1]))
        let patched = siteMap.patched(Array(siteMap.render(old).utf8), changes: [change])
        #expect(patched.map { String(decoding: $0, as: UTF8.self) } == siteMap.render(new))
    }

    @Test func whatTheFileCannotTellIsRenderedAgain() throws {
        let siteMap = SiteMap(site: site)
        let april = Timestamp(year: 2025, month: 4, day: 1, time: .init(hour: 10, minute: 0, second: 0, offsetMinutes: 60))
        let sameInstant = Timestamp(year: 2025, month: 4, day: 1, time: .init(hour: 9, minute: 0, second: 0, offsetMinutes: 0))
        for (before, after, why) in [
            (Timestamp(year: 2025, month: 5, day: 1), Timestamp(year: 2025, month: 3, day: 1), "an earlier date: the newest may be another page's"),
            (april, sameInstant, "the newest's instant written another way: the first page in slug order writes it"),
        ] {
            let old = pages(modified: before), new = pages(modified: after)
            let change = try #require(SiteMap.Change(before: old[1], after: new[1]))
            #expect(siteMap.patched(Array(siteMap.render(old).utf8), changes: [change]) == nil, "\(why)")
        }
        // Another slug, language or translation key is not a change of the last modification.
        let moved = SiteMap.Page(article: Self.article("b", published: Timestamp(year: 2025, month: 1, day: 3), translationKey: "k"), site: site)
        #expect(SiteMap.Change(before: pages(modified: nil)[1], after: moved) == nil)
        // A file that is not the render of the pages.
        let change = try #require(SiteMap.Change(before: pages(modified: nil)[1], after: pages(modified: Timestamp(year: 2025, month: 6, day: 1))[1]))
        #expect(siteMap.patched(Array(siteMap.render(pages(modified: Timestamp(year: 2025, month: 2, day: 1))).utf8), changes: [change]) == nil)
    }

    @Test func robotsNamesTheSitemapOnlyAtTheRootOfTheHost() {
        #expect(SiteMap(site: site).robots() == "User-agent: *\nAllow: /\n\nSitemap: https://www.kliniek.example/sitemap.xml\n")
        let underPath = Site(title: site.title, url: "https://www.kliniek.example/kennis/", language: "nl", description: "d",
                             publisher: site.publisher, span: site.span)
        #expect(SiteMap(site: underPath).robots() == nil)
    }
}
