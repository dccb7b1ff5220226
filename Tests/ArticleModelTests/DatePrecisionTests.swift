// ldpub — MIT licence.

@testable import ArticleModel
import Testing

/// Dates compare at the precision the author wrote: a plain date is a calendar day, not
/// midnight UTC, when it is checked against a date-time.
@Suite struct DatePrecisionTests {
    private func timestamp(_ text: String) throws -> Timestamp { try TimestampSyntax.parse(text).get() }

    @Test(arguments: [
        // (earlier?, later?, is the first before the second)
        ("2024-05-14", "2024-05-14T13:30:00+01:00", false),
        ("2024-05-14T13:30:00+01:00", "2024-05-14", false),
        ("2024-05-13", "2024-05-14T00:30:00+01:00", true),
        ("2024-05-14T23:30:00-05:00", "2024-05-14", false),  // 2024-05-15 04:30 UTC, but written on the 14th
        ("2024-05-14T08:00:00+02:00", "2024-05-14T07:30:00Z", true),
        ("2024-05-14T07:30:00Z", "2024-05-14T08:00:00+02:00", false),
        ("2024-05-13", "2024-05-14", true),
        ("2024-05-14", "2024-05-14", false),
    ])
    func comparesAtTheWrittenPrecision(_ first: String, _ second: String, _ before: Bool) throws {
        #expect(try timestamp(first).isBefore(atWrittenPrecision: timestamp(second)) == before)
    }

    private func validate(published: String, modified: String) throws -> [String] {
        let site = SourceFile(path: "Articles/site.yaml", bytes: try FixtureSupport.bytes("BaseSite/site.yaml"))
        let article = String(decoding: try FixtureSupport.bytes("BaseSite/base-article.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "published: 2025-01-15", with: "published: \(published)\nmodified: \(modified)")
            .replacingOccurrences(of: "date: 2025-01-10", with: "date: 2024-05-10")
        let result = InputValidator(vocabulary: FixtureSupport.vocabulary)
            .validate(site: site, articles: [SourceFile(path: "Articles/a.yaml", bytes: Array(article.utf8))])
        return result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    @Test func aPlainModifiedDateOnTheDayOfATimedPublicationIsFine() throws {
        #expect(try validate(published: "2024-05-14T13:30:00+01:00", modified: "2024-05-14") == [])
    }

    @Test func aPlainModifiedDateOnTheDayBeforeIsAnError() throws {
        #expect(try validate(published: "2024-05-14T13:30:00+01:00", modified: "2024-05-13")
                == ["'modified' (2024-05-13) is before 'published' (2024-05-14T13:30:00+01:00)"])
    }

    @Test func twoDateTimesCompareAsInstants() throws {
        #expect(try validate(published: "2024-05-14T13:30:00+01:00", modified: "2024-05-14T12:00:00+01:00")
                == ["'modified' (2024-05-14T12:00:00+01:00) is before 'published' (2024-05-14T13:30:00+01:00)"])
        #expect(try validate(published: "2024-05-14T13:30:00+01:00", modified: "2024-05-14T12:45:00Z") == [])
    }
}
