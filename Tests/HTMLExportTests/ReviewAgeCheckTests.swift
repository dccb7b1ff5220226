// ldpub — MIT licence.

import ArticleModel
import HTMLExport
import ModelFixtures
import Publishing
import SchemaOrgVocabulary
import Testing
import YAMLNodes

@Suite struct ReviewAgeCheckTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Timestamp { Timestamp(year: year, month: month, day: day) }

    @Test(arguments: [
        (date(2024, 2, 28), date(2024, 3, 1), 2),
        (date(2023, 2, 28), date(2023, 3, 1), 1),
        (date(2025, 12, 30), date(2026, 11, 27), 332),
        (date(2025, 12, 30), date(2026, 12, 30), 365),
        (date(2023, 12, 30), date(2024, 12, 30), 366),
        (date(2000, 1, 1), date(2000, 1, 1), 0),
        (date(2026, 1, 10), date(2026, 1, 1), -9),
        (date(1999, 12, 31), date(2100, 3, 1), 36_585),
    ])
    func daysBetweenDates(start: Timestamp, end: Timestamp, days: Int) {
        #expect(ReviewAgeCheck.days(from: start, to: end) == days)
    }

    @Test func aDateTimeCountsByItsDateAsWritten() {
        let lateEvening = Timestamp(year: 2025, month: 12, day: 31, time: .init(hour: 23, minute: 30, second: 0, offsetMinutes: -300))
        #expect(ReviewAgeCheck.days(from: lateEvening, to: Self.date(2026, 1, 1)) == 1)
        let asOf = Timestamp(year: 2026, month: 1, day: 1, time: .init(hour: 0, minute: 30, second: 0, offsetMinutes: 600))
        #expect(ReviewAgeCheck(maxAgeDays: 0, asOf: asOf).reviewAge(of: ReportFixtures.article("x", supported: 0, unsupported: 0, reviewed: lateEvening)) == 1)
    }

    @Test func aReviewIsOverdueOnlyWhenOlderThanTheLimit() {
        let check = ReviewAgeCheck(maxAgeDays: 365, asOf: Self.date(2026, 12, 30))
        let exactlyAYear = ReportFixtures.article("a", supported: 0, unsupported: 0, reviewed: Self.date(2025, 12, 30))
        let aDayMore = ReportFixtures.article("b", supported: 0, unsupported: 0, reviewed: Self.date(2025, 12, 29))
        #expect(check.reviewAge(of: exactlyAYear) == 365)
        #expect(!check.isOverdue(exactlyAYear))
        #expect(check.reviewAge(of: aDayMore) == 366)
        #expect(check.isOverdue(aDayMore))
        let neverReviewedButNew = ReportFixtures.article("c", supported: 0, unsupported: 0, reviewed: nil, published: Self.date(2026, 6, 1))
        let neverReviewedAndOld = ReportFixtures.article("d", supported: 0, unsupported: 0, reviewed: nil, published: Self.date(2025, 1, 1))
        #expect(check.reviewAge(of: neverReviewedButNew) == nil)
        #expect(!check.isOverdue(neverReviewedButNew))
        #expect(check.isOverdue(neverReviewedAndOld))
        #expect(ReviewAgeCheck(asOf: Self.date(2026, 1, 1)).maxAgeDays == 365)
    }

    @Test func warningsPointAtTheReviewDateOrTheArticle() {
        let check = ReviewAgeCheck(maxAgeDays: 365, asOf: Self.date(2026, 12, 30))
        let reviewed = ReportFixtures.article("a", supported: 0, unsupported: 0, reviewed: Self.date(2025, 12, 29))
        let unreviewed = ReportFixtures.article("b", supported: 0, unsupported: 0, reviewed: nil, published: Self.date(2024, 12, 30))
        let recent = ReportFixtures.article("c", supported: 0, unsupported: 0, reviewed: Self.date(2026, 12, 1))
        let diagnostics = check.diagnostics(for: [unreviewed, recent, reviewed])
        #expect(diagnostics == [
            .warning("medical review is 366 days old as of 2026-12-30, more than the 365 days allowed (--max-review-age)",
                     at: ReportFixtures.span("Fixture/a.yaml", 4)),
            .warning("article was published 730 days before 2026-12-30 and never medically reviewed, more than the 365 days allowed (--max-review-age)",
                     at: ReportFixtures.span("Fixture/b.yaml")),
        ])
        let withoutSpan = Article(file: "x.yaml", slug: "x", title: "X", description: "X", published: Self.date(2020, 1, 1),
                                  review: Review(reviewer: IDReference("jan-jansen", span: ReportFixtures.span("x.yaml", 7)), date: Self.date(2020, 1, 1)),
                                  authors: [], sections: [], span: ReportFixtures.span("x.yaml"))
        #expect(check.diagnostics(for: [withoutSpan]).first?.span == ReportFixtures.span("x.yaml", 7))
        #expect(ReviewAgeCheck(maxAgeDays: 1, asOf: Self.date(2020, 1, 3)).diagnostics(for: [withoutSpan]).first?.message
            == "medical review is 2 days old as of 2020-01-03, more than the 1 day allowed (--max-review-age)")
    }

    @Test func theSampleKeepsTheSpanOfReviewedDate() throws {
        let publication = try TestSite.sample()
        let review = try #require(publication.articles[0].review)
        #expect(review.dateSpan?.start == Mark(line: 22, column: 9))
        #expect(review.dateSpan?.file.hasSuffix("Articles/hoe-werkt-ketamine.yaml") == true)
    }

    @Test func appliedToAValidationResultAddsTheWarningsInOrder() throws {
        let vocabulary = TermVocabulary.schemaOrg
        let result = InputValidator(vocabulary: vocabulary).validate(folder: TestSite.packageRoot.appendingPathComponent("Articles").path)
        let late = ReviewAgeCheck(maxAgeDays: 365, asOf: Self.date(2027, 1, 5)).applied(to: result)
        #expect(late.diagnostics.count == result.diagnostics.count + 1)
        #expect(late.diagnostics == late.diagnostics.sortedForDisplay())
        #expect(late.succeeded)
        #expect(late.articleFileCount == result.articleFileCount)
        let warning = try #require(late.diagnostics.first { $0.message.hasPrefix("medical review is") })
        #expect(warning.message == "medical review is 371 days old as of 2027-01-05, more than the 365 days allowed (--max-review-age)")
        #expect(warning.mark == Mark(line: 22, column: 9))
        #expect(late.source(of: warning.file) == result.source(of: warning.file))
        let early = ReviewAgeCheck(maxAgeDays: 365, asOf: Self.date(2026, 1, 5)).applied(to: result)
        #expect(early.diagnostics == result.diagnostics)
    }

    @Test(arguments: ["2026-11-27", "2024-02-29"])
    func commandLineDates(text: String) {
        #expect(ReviewAgeCheck.date(from: text)?.dateString == text)
    }

    @Test(arguments: ["2026-02-30", "2023-02-29", "2026-11-27T10:00:00Z", "27-11-2026", "", "2026-1-1", "today"])
    func notCommandLineDates(text: String) {
        #expect(ReviewAgeCheck.date(from: text) == nil)
    }
}
