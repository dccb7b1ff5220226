// ldpub — MIT licence.

import ArticleModel
import Foundation
import ModelFixtures
import Testing
@testable import Publishing
import TestScratch

/// What an output folder may hold that a build must survive: special files and folders where
/// ldpub's files go, links to elsewhere (its own `.ldpub` folder included), and an empty site.
/// Each case ends in a clear error or a correct output, within bounded time, and nothing is
/// ever written outside the output folder.
@Suite struct HostileOutputTests {
    private func temporaryFolder() throws -> URL {
        let url = try TestScratch.newFolder("ldpub-hostile-output")
        return url
    }

    private func read(_ url: URL) -> String? {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func tree(_ root: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    private let previous = [
        OutputFile(path: "a/index.jsonld", text: "{\"old\": true}\n"),
        OutputFile(path: "feed.xml", text: "<rss/>\n"),
        OutputFile(path: "z/index.jsonld", text: "{\"old\": true}\n"),
    ]

    private let next = [
        OutputFile(path: "a/index.jsonld", text: "{\"new\": true}\n"),
        OutputFile(path: "feed.xml", text: "<rss version=\"2.0\"/>\n"),
        OutputFile(path: "z/index.jsonld", text: "{\"new\": true}\n"),
    ]

    @Test func aFIFOWhereAFileGoesDoesNotBlockTheBuild() throws {
        let root = try temporaryFolder()
        #expect(mkfifo(root.appendingPathComponent("feed.xml").path, 0o644) == 0)
        let clock = ContinuousClock()
        let start = clock.now
        // Before the fix, comparing with the old content opened the FIFO and waited for a writer for ever.
        let summary = try OutputWriter(outputPath: root.path).write(next)
        #expect(clock.now - start < .seconds(5))
        #expect(summary.written == ["a/index.jsonld", "feed.xml", "z/index.jsonld"])
        #expect(read(root.appendingPathComponent("feed.xml")) == "<rss version=\"2.0\"/>\n")
    }

    @Test func aFolderWhereAFileGoesFailsWithoutChangingTheOutput() throws {
        let root = try temporaryFolder()
        _ = try OutputWriter(outputPath: root.path).write(previous)
        // A folder named like a page file that sorts after 'a/index.jsonld': the first rename must not happen either.
        try FileManager.default.removeItem(at: root.appendingPathComponent("z/index.jsonld"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("z/index.jsonld/inner"), withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try OutputWriter(outputPath: root.path).write(next) }
        #expect(read(root.appendingPathComponent("a/index.jsonld")) == "{\"old\": true}\n")
        #expect(read(root.appendingPathComponent("feed.xml")) == "<rss/>\n")
        #expect(tree(root).filter { $0.hasPrefix(".ldpub/staging/") }.isEmpty)
    }

    @Test func aFileWhereAnArticleFolderGoesFailsWithoutChangingTheOutput() throws {
        let root = try temporaryFolder()
        _ = try OutputWriter(outputPath: root.path).write(previous)
        try FileManager.default.removeItem(at: root.appendingPathComponent("z"))
        try Data("a file".utf8).write(to: root.appendingPathComponent("z"))
        do {
            _ = try OutputWriter(outputPath: root.path).write(next)
            Issue.record("the write should fail")
        } catch {
            #expect(error.message.contains("'\(root.path)/z'"))
        }
        #expect(read(root.appendingPathComponent("a/index.jsonld")) == "{\"old\": true}\n")
        #expect(read(root.appendingPathComponent("feed.xml")) == "<rss/>\n")
        #expect(read(root.appendingPathComponent("z")) == "a file")
    }

    @Test(arguments: [".ldpub", ".ldpub/staging"])
    func ldpubsOwnFolderAsALinkIsNeverWrittenThrough(_ linkPath: String) throws {
        let root = try temporaryFolder()
        let outside = try temporaryFolder()
        if linkPath.contains("/") {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(".ldpub"), withIntermediateDirectories: true)
        }
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(linkPath), withDestinationURL: outside)
        #expect(throws: OutputError.self) { try OutputWriter(outputPath: root.path).write(next) }
        #expect(tree(outside).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("feed.xml").path))
    }

    @Test func linksInsideTheOutputToFilesOutsideAreReplacedNotFollowed() throws {
        let root = try temporaryFolder()
        let outside = try temporaryFolder()
        try Data("victim".utf8).write(to: outside.appendingPathComponent("victim"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("a/index.jsonld"), withDestinationURL: outside.appendingPathComponent("victim"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("feed.xml"), withDestinationURL: outside.appendingPathComponent("victim"))
        _ = try OutputWriter(outputPath: root.path).write(next)
        #expect(read(outside.appendingPathComponent("victim")) == "victim")
        #expect(tree(outside) == ["victim"])
        #expect(read(root.appendingPathComponent("feed.xml")) == "<rss version=\"2.0\"/>\n")
        #expect(read(root.appendingPathComponent("a/index.jsonld")) == "{\"new\": true}\n")
    }

    @Test func aSiteWithoutArticlesBuildsValidEmptyFeeds() throws {
        let sample = SamplePublication.standard()
        let empty = Publication(site: sample.site, articles: [])
        let build = FolderBuild.inMemory(empty)
        #expect(build.report.failure == nil)
        let paths = Set(build.files.map(\.path))
        #expect(paths.isSuperset(of: ["feed.xml", "atom.xml", "feed.json"]))
        #expect(build.files.allSatisfy { !$0.path.contains("/") })
        let checked = build.report.checked
        #expect(checked.map(\.path).sorted() == ["atom.xml", "feed.json", "feed.xml"])
        let errors = checked.flatMap { file in file.problems.filter { $0.severity == .error }.map { "\(file.path): \($0.message)" } }
        #expect(errors == [])
        let root = try temporaryFolder()
        _ = try OutputWriter(outputPath: root.path).write(build.files)
        #expect(tree(root).filter { !$0.hasPrefix(".ldpub") }.sorted() == paths.sorted())
    }

    @Test func outputPathsThatLeaveTheFolderAreRefusedBeforeAnythingIsWritten() throws {
        let root = try temporaryFolder()
        for path in ["../escape.xml", "a/../../escape.xml", "/tmp/escape.xml", ".ldpub/staging/x", (Array(repeating: "a", count: 17) + ["c.xml"]).joined(separator: "/"), "a\0b", "..", "."] {
            #expect(throws: OutputError.self, "\(path)") {
                try OutputWriter(outputPath: root.appendingPathComponent("Output").path).write([OutputFile(path: path, text: "x")])
            }
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.xml").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
    }

    /// Copies of `static/` may be deeper than two levels; no level is ever a link followed.
    @Test func deeperPathsAreWrittenButNeverThroughALinkAtAnyLevel() throws {
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("Output")
        _ = try OutputWriter(outputPath: output.path).write([OutputFile(path: "images/2024/a.jpg", text: "x")])
        #expect(read(output.appendingPathComponent("images/2024/a.jpg")) == "x")
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: output.appendingPathComponent("images/2024"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("images/2024"), withDestinationURL: outside)
        #expect(throws: OutputError.self) {
            try OutputWriter(outputPath: output.path).write([OutputFile(path: "images/2024/a.jpg", text: "y")])
        }
        #expect(tree(outside).isEmpty)
    }
}
