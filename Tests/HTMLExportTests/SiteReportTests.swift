// ldpub — MIT licence.

import ArticleModel
import Foundation
@testable import HTMLExport
import LinkedDataJSON
import ModelFixtures
import Testing

@Suite struct SiteReportTests {
    static let asOf = Timestamp(year: 2026, month: 1, day: 1)
    static let report = SiteReport(publication: SamplePublication.standard(), asOf: asOf)

    @Test func articlesComeWeakestFirst() {
        let report = SiteReport(publication: ReportFixtures.ordering(), asOf: Timestamp(year: 2026, month: 1, day: 1))
        #expect(report.articles.map(\.slug) == ["e", "f", "c", "d", "g", "b", "a"])
        #expect(report.articles.map(\.reviewAgeDays) == [31, 31, nil, 731, 731, 214, 365])
        #expect(report.articles.map(\.supportedPercent) == [nil, 0, 50, 50, 50, 50, 100])
        #expect(report.articles.map(\.isReviewOverdue) == [false, false, true, true, true, false, false])
        #expect(report.totals == SiteReport.Totals(articles: 7, claims: 13, supportedClaims: 6, sources: 1, uncitedSources: 0, overdueReviews: 3))
    }

    @Test func theOrderIsATotalOrder() {
        let entries = SiteReport(publication: ReportFixtures.ordering(), asOf: Timestamp(year: 2026, month: 1, day: 1)).articles
        for lhs in entries {
            #expect(!SiteReport.precedes(lhs, lhs))
            for rhs in entries where lhs.slug != rhs.slug {
                #expect(SiteReport.precedes(lhs, rhs) != SiteReport.precedes(rhs, lhs))
            }
        }
    }

    @Test func aSharedRatioIsComparedExactly() {
        // 1 of 3 (33.3%) comes before 2 of 6 only by slug; 2 of 3 after both.
        let publication = Publication(site: ReportFixtures.site, articles: [
            ReportFixtures.article("x", supported: 2, unsupported: 4, reviewed: ReportFixtures.date(2025, 1, 1)),
            ReportFixtures.article("y", supported: 1, unsupported: 2, reviewed: ReportFixtures.date(2025, 1, 1)),
            ReportFixtures.article("w", supported: 2, unsupported: 1, reviewed: ReportFixtures.date(2025, 1, 1)),
        ])
        #expect(SiteReport(publication: publication, asOf: Self.asOf).articles.map(\.slug) == ["x", "y", "w"])
    }

    @Test func aBuildComputesAgesAgainstTheNewestDateInTheInput() throws {
        #expect(SiteReport.newestDate(in: SamplePublication.standard()) == Timestamp(year: 2025, month: 12, day: 31))
        #expect(SiteReport.newestDate(in: SamplePublication.minimal()) == Timestamp(year: 2023, month: 6, day: 1))
        #expect(SiteReport.newestDate(in: ReportFixtures.ordering()) == Timestamp(year: 2025, month: 12, day: 1))
        #expect(SiteReport.newestDate(in: try TestSite.sample()) == Timestamp(year: 2025, month: 12, day: 30))
        #expect(SiteReport.newestDate(in: Publication(site: ReportFixtures.site, articles: [])) == Timestamp(year: 1970, month: 1, day: 1))
    }

    @Test func theReportListsUnsupportedClaimsAndUncitedSources() throws {
        let entry = try #require(Self.report.articles.first { $0.slug == "eerste" })
        #expect(entry.unsupportedClaims == [
            SiteReport.ClaimSummary(number: 2, id: "snel", text: "Het effect is binnen uren merkbaar.", section: "Een ander mechanisme", hasSources: false),
            SiteReport.ClaimSummary(number: 3, id: "hnk", text: "HNK is mogelijk verantwoordelijk.", section: "Wat we nog niet weten", hasSources: true),
        ])
        #expect(entry.uncitedSources.map(\.id) == ["kompas"])
        #expect(entry.uncitedSources.map(\.label) == ["Zorginstituut Nederland n.d."])
    }

    @Test func theSampleReportNamesItsUnsupportedClaimsAndUncitedSources() throws {
        let report = SiteReport(publication: try TestSite.sample(), asOf: Timestamp(year: 2026, month: 11, day: 27))
        let entry = try #require(report.articles.first)
        #expect(entry.reviewAgeDays == 332)
        #expect(!entry.isReviewOverdue)
        #expect(entry.unsupportedClaims.count == entry.claimCount - entry.supportedClaimCount)
        #expect(entry.unsupportedClaims.first?.id == "ssri-onset-weeks")
        #expect(entry.uncitedSources.map(\.id) == ["zarate2006", "fk-ketamine", "trimbos-ketamine"])
        #expect(report.text().contains("    1. ssri-onset-weeks: SSRI's hebben doorgaans twee tot zes weken nodig voordat patiënten er effect van merken. (cites no source)\n"))
        #expect(!report.text().contains("unsupported"))
        #expect(!report.markdown().contains("nsupported"))
        #expect(report.text().contains("    zarate2006: Zarate et al. 2006, A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression\n"))
    }

    @Test func text() {
        #expect(Self.report.text() == """
            ldpub report: Kliniek Voorbeeld
            2 articles, 3 claims (1 supported by a source, 2 without one), 4 sources (1 uncited), 1 overdue review
            Review ages as of 2026-01-01; a review older than 365 days is overdue.
            Order: weakest evidence first: by share of supported claims (lowest first), then by review age (never reviewed first, then oldest first), then by slug.

            tweede: Zonder bronnen
              page:       https://www.kliniek.example/tweede/
              published:  2024-01-02
              review:     none (warning: never medically reviewed)
              claims:     none

            eerste: Hoe werkt ketamine?
              page:       https://www.kliniek.example/eerste/
              published:  2025-12-30, modified 2025-12-31T09:30:00+01:00
              review:     2025-12-30 by Jan Jansen, 2 days old
              claims:     1 of 3 supported (33%)
              claims without a supporting source (2):
                2. snel: Het effect is binnen uren merkbaar. (cites no source)
                3. hnk: HNK is mogelijk verantwoordelijk. (its sources only dispute or mention it)
              uncited sources (1):
                kompas: Zorginstituut Nederland n.d., Ketamine

            """)
    }

    @Test func anOverdueReviewIsAWarningInTheText() {
        let report = SiteReport(publication: SamplePublication.standard(), asOf: Timestamp(year: 2027, month: 1, day: 1), maxReviewAgeDays: 100)
        #expect(report.text().contains("  review:     2025-12-30 by Jan Jansen, 367 days old (warning: overdue, older than 100 days)\n"))
        #expect(report.text().contains("a review older than 100 days is overdue."))
        #expect(report.markdown().contains(" | 2025-12-30 by Jan Jansen, 367 days old **overdue** | "))
        #expect(report.json().contains("\"reviewOverdue\": true,\n      \"claims\": {\n        \"total\": 3,"))
    }

    @Test func markdown() {
        #expect(Self.report.markdown() == """
            ## ldpub report: Kliniek Voorbeeld

            2 articles, 3 claims (1 supported by a source, 2 without one), 4 sources (1 uncited), 1 overdue review. Review ages as of 2026-01-01; \
            a review older than 365 days is overdue. Order: weakest evidence first: by share of supported claims (lowest first), \
            then by review age (never reviewed first, then oldest first), then by slug.

            | Article | Published | Modified | Medical review | Supported claims | Uncited sources |
            | --- | --- | --- | --- | ---: | ---: |
            | [Zonder bronnen](<https://www.kliniek.example/tweede/>) `tweede` | 2024-01-02 | 2024-01-02 | **never reviewed** | no claims | 0 |
            | [Hoe werkt ketamine?](<https://www.kliniek.example/eerste/>) `eerste` | 2025-12-30 | 2025-12-31T09:30:00+01:00 | \
            2025-12-30 by Jan Jansen, 2 days old | 1 of 3 (33%) | 1 |

            <details><summary><code>eerste</code>: 2 claims without a supporting source, 1 uncited source</summary>

            Claims without a supporting source:

            - Claim 2 `snel`: Het effect is binnen uren merkbaar. _(cites no source)_
            - Claim 3 `hnk`: HNK is mogelijk verantwoordelijk. _(its sources only dispute or mention it)_

            Uncited sources:

            - `kompas`: Zorginstituut Nederland n.d., Ketamine

            </details>

            """)
    }

    @Test func json() {
        #expect(Self.report.json() == """
            {
              "site": "Kliniek Voorbeeld",
              "asOf": "2026-01-01",
              "maxReviewAgeDays": 365,
              "order": "weakest evidence first: by share of supported claims (lowest first), then by review age (never reviewed first, then oldest first), then by slug",
              "totals": {
                "articles": 2,
                "claims": 3,
                "supportedClaims": 1,
                "unsupportedClaims": 2,
                "sources": 4,
                "uncitedSources": 1,
                "overdueReviews": 1
              },
              "articles": [
                {
                  "slug": "tweede",
                  "title": "Zonder bronnen",
                  "language": "en",
                  "url": "https://www.kliniek.example/tweede/",
                  "published": "2024-01-02",
                  "modified": "2024-01-02",
                  "review": null,
                  "reviewOverdue": true,
                  "claims": {
                    "total": 0,
                    "supported": 0,
                    "unsupported": 0
                  },
                  "unsupportedClaims": [],
                  "uncitedSources": []
                },
                {
                  "slug": "eerste",
                  "title": "Hoe werkt ketamine?",
                  "language": "nl",
                  "url": "https://www.kliniek.example/eerste/",
                  "published": "2025-12-30",
                  "modified": "2025-12-31T09:30:00+01:00",
                  "review": {
                    "reviewer": "jan-jansen",
                    "reviewerName": "Jan Jansen",
                    "date": "2025-12-30",
                    "ageDays": 2
                  },
                  "reviewOverdue": false,
                  "claims": {
                    "total": 3,
                    "supported": 1,
                    "unsupported": 2
                  },
                  "unsupportedClaims": [
                    {
                      "number": 2,
                      "id": "snel",
                      "text": "Het effect is binnen uren merkbaar.",
                      "section": "Een ander mechanisme",
                      "hasSources": false
                    },
                    {
                      "number": 3,
                      "id": "hnk",
                      "text": "HNK is mogelijk verantwoordelijk.",
                      "section": "Wat we nog niet weten",
                      "hasSources": true
                    }
                  ],
                  "uncitedSources": [
                    {
                      "id": "kompas",
                      "label": "Zorginstituut Nederland n.d.",
                      "title": "Ketamine"
                    }
                  ]
                }
              ],
              "uncitedSiteSources": []
            }

            """)
        #expect((try? JSONValue.parse(Data(Self.report.json().utf8))) != nil)
    }

    @Test func siteReferencesNoClaimCitesAreListed() {
        let publication = Publication(site: ReportFixtures.site, articles: [ReportFixtures.article("a", supported: 0, unsupported: 1, reviewed: nil)])
        let report = SiteReport(publication: publication, asOf: Self.asOf)
        #expect(report.uncitedSiteSources.map(\.id) == ["shared2020"])
        #expect(report.text().hasSuffix("\nsite.yaml references no claim cites (1):\n  shared2020: Trimbos-instituut 2020, Gedeeld rapport\n"))
        #expect(report.markdown().hasSuffix("\nsite.yaml references no claim cites:\n\n- `shared2020`: Trimbos-instituut 2020, Gedeeld rapport\n"))
        #expect(report.json().contains("\"uncitedSiteSources\": [\n    {\n      \"id\": \"shared2020\",\n      \"label\": \"Trimbos-instituut 2020\","))
    }
}
