// ldpub — MIT licence.

import BuildCache
import Foundation
import Testing
@testable import Publishing
import TestScratch

/// The cache records an output's stamp only when the file is still the one the build left: an
/// output changed by hand between the commit and the cache's stamping is made again next time.
@Suite struct OutputStampTests {
    private func temporaryFolder() throws -> URL {
        let url = try TestScratch.newFolder("ldpub-stamps")
        return url
    }

    /// Appends a byte to the file at `url`, in place (its inode stays).
    private func appendInPlace(_ url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("x".utf8))
        try handle.close()
    }

    @Test func aFileChangedAfterTheBuildLeftItGetsNoStamp() throws {
        let folder = try temporaryFolder()
        do {
            // The output folder's lock goes with the transaction.
            let first = try OutputTransaction.begin(outputPath: folder.path)
            for file in [OutputFile(path: "a/index.jsonld", text: "{}\n"), OutputFile(path: "b/index.jsonld", text: "{\"b\": 1}\n"),
                         OutputFile(path: "claims.dot", text: "digraph { a }\n")] {
                first.stage(file)
            }
            _ = try first.commit(keeping: ["a/index.jsonld", "b/index.jsonld", "claims.dot"])
        }

        // Each way a build leaves a file: written whole, found unchanged, patched, written in pieces.
        let second = try OutputTransaction.begin(outputPath: folder.path)
        second.stage(OutputFile(path: "a/index.jsonld", text: "{\"a\": 2}\n"))
        second.stage(OutputFile(path: "b/index.jsonld", text: "{\"b\": 1}\n"))
        #expect(second.stagePatch(of: .site(.claimsDOT), expectedSize: 14, replacements: [.init(range: 10..<11, bytes: Array("b".utf8))]))
        let writer = second.stagedWriter(for: .site(.rss))
        writer.write(Array("<rss ".utf8))
        writer.write(Array("version=\"2.0\"/>\n".utf8))
        writer.finish()
        let paths = ["a/index.jsonld", "b/index.jsonld", "claims.dot", "feed.xml"]
        _ = try second.commit(keeping: Set(paths))
        #expect(second.leftStamps.keys.sorted() == paths.sorted())

        // As the build left them: their stamps.
        for path in paths {
            let stamped = OutputStamps.stamped([path], in: second, left: second.leftStamps).outputs
            #expect(stamped.first?.stamp == second.stamp(of: path) && stamped.first?.stamp != .unknown, "\(path)")
        }
        // Changed by hand before the cache stamps them: no stamp, so the next build makes them again.
        for path in paths {
            try appendInPlace(folder.appendingPathComponent(path))
            let stamped = OutputStamps.stamped([path], in: second, left: second.leftStamps).outputs
            #expect(stamped.first?.stamp == .unknown, "\(path)")
        }
    }
}
