// ldpub — MIT licence.

import ArticleModel
import Foundation
import ModelFixtures

/// Publications with chosen dates and bodies, built from the standard sample's parts.
enum FeedFixtures {
    static let standard = SamplePublication.standard()
    static var template: Article { standard.articles[0] }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> Timestamp {
        Timestamp(year: year, month: month, day: day)
    }

    static func dateTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0,
                         fraction: String = "", offsetMinutes: Int = 0) -> Timestamp {
        Timestamp(year: year, month: month, day: day,
                  time: .init(hour: hour, minute: minute, second: second, fraction: fraction, offsetMinutes: offsetMinutes))
    }

    static func article(_ slug: String, published: Timestamp, modified: Timestamp? = nil,
                        body: String = "Tekst.", image: ImageReference? = nil) -> Article {
        Article(file: "Fixture/\(slug).yaml", slug: slug, title: "Titel \(slug)", description: "Over \(slug).",
                published: published, modified: modified, authors: template.authors, category: "Behandeling",
                keywords: ["ketamine", "Behandeling", ""], image: image,
                sections: [Section(heading: "Kop", anchor: "kop", body: body, span: template.span)], span: template.span)
    }

    static func publication(_ articles: [Article], limit: Int = 20) -> Publication {
        let site = standard.site
        return Publication(
            site: Site(title: site.title, url: site.url, language: site.language, description: site.description,
                       publisher: site.publisher, people: site.people, references: site.references,
                       feeds: FeedSettings(limit: limit, copyright: site.feeds.copyright), span: site.span),
            articles: articles)
    }

    /// Articles whose order needs instants: offsets, a fraction, and dates tied with date-times.
    ///
    /// Newest first: gamma (2025-01-02T00:30Z), zeta (2025-01-02T00:00:00.5Z), then alpha (date),
    /// beta (date-time) and delta (date), all at 2025-01-02T00:00Z, by slug; epsilon last.
    static func ordering(limit: Int = 20) -> Publication {
        publication([
            article("epsilon", published: date(2024, 12, 31), modified: date(2025, 6, 1)),
            article("delta", published: date(2025, 1, 2)),
            article("beta", published: dateTime(2025, 1, 2, 1, 0, offsetMinutes: 60), modified: dateTime(2025, 3, 1, 12, 0, offsetMinutes: 120)),
            article("gamma", published: dateTime(2025, 1, 1, 23, 30, offsetMinutes: -60)),
            article("alpha", published: date(2025, 1, 2)),
            article("zeta", published: dateTime(2025, 1, 2, 0, 0, 0, fraction: "5")),
        ], limit: limit)
    }

    /// One article whose body exercises the renderer: relative and absolute links, images,
    /// `javascript:`, raw HTML, code with `]]>` and `</script>`.
    static func richBody() -> Publication {
        publication([
            article("rijk", published: date(2025, 2, 3), body: """
                Zie [de bron](bronnen/#li), [de site](/over/), [elders](https://example.org/x?a=1&b=2) \
                en ![schema](img/schema.png "Schema").

                [klik](javascript:alert(1)) <script>alert(1)</script> <b>vet</b>

                <div onclick="x()">blok</div>

                ```
                ]]> </script> & <
                ```

                > citaat met `code` en een [voetnoot][1]

                [1]: ../andere/
                """, image: ImageReference(url: "/img/rijk.jpg", alt: "Rijk")),
        ])
    }

    /// Turns HTML text back into plain text (the five escapes of `HTMLEscaping`).
    static func htmlUnescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// HTML-escapes text independently of the code under test.
    static func htmlEscapeForTest(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
