// ldpub — MIT licence.

import ArticleModel
import Foundation
import JSONLDExport
import ModelFixtures
import Testing

/// Renders a 10,000-page site and prints the time, when `LDPUB_MEASURE_JSONLD` is set
/// (slow in debug builds, about 1.5 s for both files of every page in release).
@Suite struct ThroughputTests {
    static let enabled = ProcessInfo.processInfo.environment["LDPUB_MEASURE_JSONLD"] != nil

    @Test(.enabled(if: enabled, "set LDPUB_MEASURE_JSONLD to render 10,000 pages"))
    func tenThousandPages() {
        let publication = ExtraPublications.largePublication(count: 10_000)
        let clock = ContinuousClock()
        var bytes = 0
        let elapsed = clock.measure {
            let graph = PageGraph(publication: publication)
            for article in publication.articles {
                let files = graph.files(for: article)
                bytes += files.jsonLD.utf8.count + files.htmlSnippet.utf8.count
            }
        }
        #expect(bytes > 10_000 * 2 * 4_000)
        print("rendered 10,000 pages (index.jsonld + jsonld.html, \(bytes / 1_000_000) MB) in \(elapsed)")
    }
}
