// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import Foundation
import ModelFixtures
import Testing

/// Writes the sample graphs to the folder named by `LDPUB_DUMP_DOT`, for
/// `../shared/conformance/check <folder>` and for looking at them; does nothing otherwise.
@Suite struct GraphDumpTests {
    static let folder = ProcessInfo.processInfo.environment["LDPUB_DUMP_DOT"]

    @Test(.enabled(if: folder != nil, "set LDPUB_DUMP_DOT to a folder to write the sample graphs there"))
    func writeSampleGraphs() throws {
        let root = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        var files: [String: String] = [:]
        func add(_ publication: Publication, under prefix: String) {
            for article in publication.articles {
                files[prefix + ArticleClaimGraph.relativePath(of: article)] = ArticleClaimGraph(publication: publication).render(article)
            }
            files[prefix + SiteClaimGraph.relativePath] = SiteClaimGraph(publication: publication).render()
        }
        add(SamplePublication.standard(), under: "standard/")
        add(SamplePublication.minimal(), under: "minimal/")
        add(TestPublications.sharedSource(), under: "shared-source/")
        add(TestPublications.strangeIDs(), under: "strange-ids/")
        add(TestPublications.sameAuthorAndYear(), under: "same-author-and-year/")
        for (index, text) in HostileTextTests.texts.enumerated() {
            add(SamplePublication.hostile(text), under: "hostile-\(index + 1)/")
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
