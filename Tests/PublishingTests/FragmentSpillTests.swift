// ldpub — MIT licence.

import ArticleModel
import BuildCache
import ClaimGraphExport
import Foundation
import ModelFixtures
@testable import Publishing
import Testing
import TestScratch

/// The file where a build keeps the site-graph fragments it makes until the graph is assembled
/// and the cache saved.
@Suite struct FragmentSpillTests {
    private func cacheFolder() throws -> (CacheFolder, URL) {
        let root = TestScratch.folder.appendingPathComponent("ldpub-spill-\(UUID().uuidString)")
        let folder = try #require(CacheFolder.open(root: root.path, outputPath: root.appendingPathComponent("out").path))
        return (folder, URL(fileURLWithPath: FolderBuild.cacheFolder(root: root.path, outputPath: root.appendingPathComponent("out").path)))
    }

    @Test func fragmentsReadBackAsTheyWereWrittenAndLeaveNoFile() throws {
        let (folder, path) = try cacheFolder()
        let spill = try #require(FragmentSpill(in: folder))
        let publication = SamplePublication.standard()
        let catalog = SiteClaimGraph(publication: publication).catalog
        let fragments = publication.articles.map { SiteClaimGraph.Fragment(article: $0, catalog: catalog) }
        #expect(!fragments.isEmpty)
        // Enough to pass the 1 MB at which the spill writes its buffer: some read from the file,
        // the last ones from the buffer.
        var placed: [(Range<Int>, [UInt8])] = []
        while placed.reduce(0, { $0 + $1.1.count }) < 3 << 20 {
            for fragment in fragments {
                placed.append((try #require(spill.append(fragment)), fragment.serialized))
            }
        }
        for (range, bytes) in placed.reversed() {
            #expect(spill.serialized(at: range) == bytes)
        }
        let (range, bytes) = placed[placed.count / 2]
        #expect(spill.fragment(at: range)?.serialized == bytes)
        #expect(spill.serialized(at: 0..<(placed.last!.0.upperBound + 1)) == nil)
        // The file has no name in the cache folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: path.path).isEmpty)
    }
}
