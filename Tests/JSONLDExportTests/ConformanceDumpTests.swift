// ldpub — MIT licence.

import ArticleModel
import Foundation
import JSONLDExport
import ModelFixtures
import Testing

/// Writes the fixtures' JSON-LD for the conformance kit, when `LDPUB_DUMP_JSONLD` names a folder:
/// `LDPUB_DUMP_JSONLD=/tmp/jsonld-check swift test --filter ConformanceDumpTests`, then
/// `../shared/conformance/check /tmp/jsonld-check`.
@Suite struct ConformanceDumpTests {
    static let folder = ProcessInfo.processInfo.environment["LDPUB_DUMP_JSONLD"].flatMap { $0.isEmpty ? nil : $0 }

    @Test(.enabled(if: folder != nil, "set LDPUB_DUMP_JSONLD to a folder to write the fixtures' JSON-LD"))
    func writeFixturesForTheConformanceKit() throws {
        let root = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        var sites: [(String, Publication)] = [("standard", SamplePublication.standard()), ("minimal", SamplePublication.minimal()),
                                                 ("doi", ExtraPublications.oddDOIPublication()),
                                                 ("types", ExtraPublications.everyReferenceTypePublication())]
        for (index, text) in SamplePublication.hostileTexts.enumerated() {
            sites.append((String(format: "hostile-%02d", index), SamplePublication.hostile(text)))
        }
        for (name, publication) in sites {
            let graph = PageGraph(publication: publication)
            for article in publication.articles {
                let folder = root.appending(path: name).appending(path: article.slug)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let files = graph.files(for: article)
                try Data(files.jsonLD.utf8).write(to: folder.appending(path: "index.jsonld"))
                try Data(files.htmlSnippet.utf8).write(to: folder.appending(path: "jsonld.html"))
            }
        }
    }
}
