// ldpub — MIT licence.

import Foundation
import Testing
@testable import Publishing
import TestScratch

/// The output folder is written atomically, never through links, and only ldpub's own files
/// are ever removed.
@Suite struct OutputWriterTests {
    /// A fresh temporary folder per test; tests run in parallel.
    private func temporaryFolder() throws -> URL {
        let url = try TestScratch.newFolder("ldpub-writer")
        return url
    }

    private func read(_ url: URL) -> String? {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    private let firstBuild = [
        OutputFile(path: "feed.xml", text: "<rss/>\n"),
        OutputFile(path: "a/index.jsonld", text: "{}\n"),
        OutputFile(path: "b/index.jsonld", text: "{\"b\": 1}\n"),
    ]

    @Test func writesFilesAndCreatesFolders() throws {
        let root = try temporaryFolder().appendingPathComponent("Output")
        let summary = try OutputWriter(outputPath: root.path).write(firstBuild)
        #expect(summary.written == ["a/index.jsonld", "b/index.jsonld", "feed.xml"])
        #expect(read(root.appendingPathComponent("b/index.jsonld")) == "{\"b\": 1}\n")
    }

    @Test func unchangedFilesAreLeftUntouched() throws {
        let root = try temporaryFolder()
        let writer = OutputWriter(outputPath: root.path)
        _ = try writer.write(firstBuild)
        let feed = root.appendingPathComponent("feed.xml").path
        let before = try FileManager.default.attributesOfItem(atPath: feed)
        let summary = try writer.write(firstBuild)
        let after = try FileManager.default.attributesOfItem(atPath: feed)
        #expect(summary.written.isEmpty)
        #expect(summary.unchanged == 3)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
    }

    /// A large file is exchanged with its replacement rather than renamed over (FileExchange):
    /// the name holds the whole new file, a reader of the old one keeps reading old bytes, and
    /// the old bytes leave the staging folder.
    @Test func aLargeFileIsReplacedWhole() throws {
        let root = try temporaryFolder()
        let writer = OutputWriter(outputPath: root.path)
        let size = FileExchange.threshold + 4096
        let old = OutputFile(path: "claims.dot", bytes: [UInt8](repeating: UInt8(ascii: "a"), count: size))
        _ = try writer.write([old])
        let path = root.appendingPathComponent("claims.dot").path
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? reader.close() }
        let new = OutputFile(path: "claims.dot", bytes: [UInt8](repeating: UInt8(ascii: "b"), count: size + 1))
        let summary = try writer.write([new])
        #expect(summary.written == ["claims.dot"])
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == new.bytes)
        #expect(try reader.readToEnd().map(Array.init) == old.bytes)
        let staged = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".ldpub/staging").path)
        #expect(staged.isEmpty)
    }

    @Test func aPathIsDirectlyInAFolderOnlyWithOneSlashAfterIt() {
        #expect(OutputPaths.isDirectly("slug/index.html", in: "slug"))
        #expect(OutputPaths.isDirectly("feed.xml", in: ""))
        #expect(OutputPaths.isDirectly("é/ü.html", in: "é"))
        #expect(!OutputPaths.isDirectly("slug/index.html", in: ""))
        #expect(!OutputPaths.isDirectly("slug/a/index.html", in: "slug"))
        #expect(!OutputPaths.isDirectly("slugs/index.html", in: "slug"))
        #expect(!OutputPaths.isDirectly("slug/", in: "slug"))
        #expect(!OutputPaths.isDirectly("slug", in: "slug"))
        #expect(!OutputPaths.isDirectly("other/index.html", in: "slug"))
    }

    @Test func removesOnlyItsOwnStaleFiles() throws {
        let root = try temporaryFolder()
        let writer = OutputWriter(outputPath: root.path)
        _ = try writer.write(firstBuild)
        try Data("user".utf8).write(to: root.appendingPathComponent("CNAME"))
        try Data("photo".utf8).write(to: root.appendingPathComponent("b/photo.jpg"))
        let summary = try writer.write([firstBuild[0], firstBuild[1]])
        #expect(summary.removed == ["b/index.jsonld"])
        #expect(read(root.appendingPathComponent("CNAME")) == "user")
        #expect(read(root.appendingPathComponent("b/photo.jpg")) == "photo")
        // A folder that held only ldpub's files goes away with them.
        _ = try writer.write([firstBuild[0]])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a").path))
    }

    @Test func aFailedWriteLeavesThePreviousOutputAsItWas() throws {
        let root = try temporaryFolder()
        _ = try OutputWriter(outputPath: root.path).write(firstBuild)
        var failing = OutputWriter(outputPath: root.path)
        failing.injectedWriteFailure = { $0 == "b/index.jsonld" }
        let next = [
            OutputFile(path: "feed.xml", text: "<rss version=\"2.0\"/>\n"),
            OutputFile(path: "a/index.jsonld", text: "{\"changed\": true}\n"),
            OutputFile(path: "b/index.jsonld", text: "{\"b\": 2}\n"),
            OutputFile(path: "c/index.jsonld", text: "{}\n"),
        ]
        #expect(throws: OutputError.self) { try failing.write(next) }
        #expect(read(root.appendingPathComponent("feed.xml")) == "<rss/>\n")
        #expect(read(root.appendingPathComponent("a/index.jsonld")) == "{}\n")
        #expect(read(root.appendingPathComponent("b/index.jsonld")) == "{\"b\": 1}\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("c").path))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.contains(OutputLayout.temporaryPrefix) || $0.hasPrefix(".ldpub/staging/") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFailedFirstBuildLeavesNoOutputFolder() throws {
        let root = try temporaryFolder().appendingPathComponent("Output")
        var failing = OutputWriter(outputPath: root.path)
        failing.injectedWriteFailure = { _ in true }
        #expect(throws: OutputError.self) { try failing.write(firstBuild) }
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test func temporaryFilesOfAKilledBuildAreRemoved() throws {
        let root = try temporaryFolder()
        _ = try OutputWriter(outputPath: root.path).write(firstBuild)
        try Data("half".utf8).write(to: root.appendingPathComponent("a/\(OutputLayout.temporaryPrefix)999-1"))
        try Data("half".utf8).write(to: root.appendingPathComponent("\(OutputLayout.temporaryPrefix)999-2"))
        try Data("half".utf8).write(to: root.appendingPathComponent(".ldpub/staging/17"))
        _ = try OutputWriter(outputPath: root.path).write(firstBuild)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".ldpub/staging").path) == [])
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.contains(OutputLayout.temporaryPrefix) }
        #expect(leftovers.isEmpty)
    }

    @Test func neverWritesThroughASymbolicLinkInsideTheOutput() throws {
        let root = try temporaryFolder()
        let outside = try temporaryFolder()
        let output = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("a"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("feed.xml"), withDestinationURL: outside.appendingPathComponent("victim"))
        try Data("keep".utf8).write(to: outside.appendingPathComponent("victim"))
        #expect(throws: OutputError.self) { try OutputWriter(outputPath: output.path).write(firstBuild) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["victim"])
        // A link where a file goes is replaced by the file; its target is not written.
        _ = try OutputWriter(outputPath: output.path).write([firstBuild[0]])
        #expect(read(outside.appendingPathComponent("victim")) == "keep")
        #expect(read(output.appendingPathComponent("feed.xml")) == "<rss/>\n")
    }

    @Test func theOutputFolderItselfMayBeALink() throws {
        let root = try temporaryFolder()
        let real = root.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = root.appendingPathComponent("Output")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        _ = try OutputWriter(outputPath: link.path).write(firstBuild)
        #expect(read(real.appendingPathComponent("a/index.jsonld")) == "{}\n")
    }

    @Test func pathsThatLeaveTheOutputFolderAreRefused() {
        for path in ["../x", "/etc/passwd", "a/../../x", (Array(repeating: "a", count: 17) + ["c.xml"]).joined(separator: "/"), "", "a//b", ".hidden", "a/.hidden/b"] {
            #expect(throws: OutputError.self, "\(path)") { try OutputWriter.checkPaths([OutputFile(path: path, text: "")]) }
        }
    }

    @Test func aSecondBuildOnTheSameFolderIsRefusedWhileTheFirstHoldsTheLock() throws {
        let root = try temporaryFolder()
        let holder = open(root.path, O_RDONLY | O_DIRECTORY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        do {
            _ = try OutputWriter(outputPath: root.path).write(firstBuild)
            Issue.record("the write should have been refused")
        } catch {
            #expect(error.message == "another ldpub build is writing to '\(root.path)'; run again when it has finished")
        }
    }
}
