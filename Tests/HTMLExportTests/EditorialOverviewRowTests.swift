// ldpub — MIT licence.

import ArticleModel
import HTMLExport
import ModelFixtures
import Testing

/// The editorial overview made of rows that were made one article at a time and put together
/// later is the overview made at once.
@Suite struct EditorialOverviewRowTests {
    static func publications() throws -> [Publication] {
        [SamplePublication.standard(), SamplePublication.minimal(), ReportFixtures.ordering(), try TestSite.sample(), try TestSite.clinic(),
         Publication(site: ReportFixtures.site, articles: [])] + SamplePublication.hostileTexts.prefix(3).map(SamplePublication.hostile)
    }

    @Test func rowsMadeApartMakeTheSameOverview() throws {
        for publication in try Self.publications() {
            let siteOnly = Publication(site: publication.site, articles: [])
            for graphsRendered in [false, true] {
                let rows = publication.articles.reversed().map { EditorialOverview.Row(article: $0, publication: siteOnly, graphsRendered: graphsRendered) }
                let asOf = SiteReport.newestDate(in: publication)
                #expect(EditorialOverview.newestDate(of: rows) == asOf)
                let whole = EditorialOverview(publication: publication, asOf: asOf, graphsRendered: graphsRendered)
                #expect(EditorialOverview.assemble(rows, site: publication.site, asOf: asOf, graphsRendered: graphsRendered)
                        == whole.renderUTF8())
                #expect(whole.renderUTF8() == Array(whole.render().utf8))
            }
        }
    }

    @Test func rowsHoldNoReviewAge() throws {
        let publication = try TestSite.clinic()
        let rows = publication.articles.map { EditorialOverview.Row(article: $0, publication: publication, graphsRendered: false) }
        for (asOf, limit) in [(Timestamp(year: 2027, month: 3, day: 1), 30), (Timestamp(year: 2020, month: 1, day: 1), 365),
                              (Timestamp(year: 2026, month: 6, day: 1, time: .init(hour: 1, minute: 0, second: 0, offsetMinutes: 0)), 0)] {
            let expected = EditorialOverview(publication: publication, asOf: asOf, maxReviewAgeDays: limit).renderUTF8()
            #expect(EditorialOverview.assemble(rows, site: publication.site, asOf: asOf, maxReviewAgeDays: limit) == expected)
        }
    }

    @Test func theOrderDoesNotDependOnTheAsOfDate() {
        let publication = ReportFixtures.ordering()
        let keys = publication.articles.map { EditorialOverview.Row(article: $0, publication: publication, graphsRendered: false).sortKey }
        #expect(keys.sorted().map(\.slug) == ["e", "f", "c", "d", "g", "b", "a"])
        for asOf in [Timestamp(year: 2026, month: 1, day: 1), Timestamp(year: 2030, month: 1, day: 1)] {
            let report = SiteReport(publication: publication, asOf: asOf)
            #expect(report.articles.map(\.slug) == keys.sorted().map(\.slug))
        }
    }
}
