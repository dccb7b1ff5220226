// ldpub — MIT licence.

import ArticleModel
import ModelFixtures
import YAMLNodes

/// Publications for the overview's order and the review ages.
enum ReportFixtures {
    static let site = SamplePublication.standard().site

    static func span(_ file: String, _ line: Int = 1) -> SourceSpan { SourceSpan(file: file, at: Mark(line: line, column: 1)) }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> Timestamp { Timestamp(year: year, month: month, day: day) }

    /// An article with `supported` claims that a source supports, then `unsupported` claims without sources.
    static func article(_ slug: String, supported: Int, unsupported: Int, reviewed: Timestamp?,
                        published: Timestamp = date(2024, 1, 1)) -> Article {
        let file = "Fixture/\(slug).yaml"
        var claims: [Claim] = []
        for index in 0..<supported {
            claims.append(Claim(id: "s\(index + 1)", text: "Supported claim \(index + 1).", sources: [
                SourceCitation(reference: IDReference("shared2020", span: span(file)))], span: span(file, 10 + index)))
        }
        for index in 0..<unsupported {
            claims.append(Claim(id: "u\(index + 1)", text: "Unsupported claim \(index + 1).", span: span(file, 30 + index)))
        }
        return Article(
            file: file, slug: slug, title: "Article \(slug)", description: "About \(slug).", published: published,
            review: reviewed.map { Review(reviewer: IDReference("jan-jansen", span: span(file, 3)), date: $0, dateSpan: span(file, 4)) },
            authors: [IDReference("redactie", span: span(file, 2))],
            sections: [Section(heading: "Body", anchor: "body", body: "Text.", claims: claims, span: span(file, 8))],
            span: span(file))
    }

    /// Seven articles whose order exercises every rule: share, then review age (never reviewed
    /// first), then slug. Expected order: e, f, c, d, g, b, a.
    static func ordering() -> Publication {
        Publication(site: site, articles: [
            article("a", supported: 2, unsupported: 0, reviewed: date(2025, 1, 1)),
            article("b", supported: 1, unsupported: 1, reviewed: date(2025, 6, 1)),
            article("c", supported: 1, unsupported: 1, reviewed: nil),
            article("d", supported: 1, unsupported: 1, reviewed: date(2024, 1, 1)),
            article("e", supported: 0, unsupported: 0, reviewed: date(2025, 12, 1)),
            article("f", supported: 0, unsupported: 3, reviewed: date(2025, 12, 1)),
            article("g", supported: 1, unsupported: 1, reviewed: date(2024, 1, 1)),
        ])
    }
}
