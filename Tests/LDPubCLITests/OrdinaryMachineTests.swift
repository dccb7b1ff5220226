// ldpub — MIT licence.

import Foundation
import Testing

/// What ordinary machines impose that a generous lab hides: a stock open-files limit, and
/// aliases that multiply text up to the size limits.
@Suite struct OrdinaryMachineTests {
    /// A small valid article of the base site, with its own slug and claim.
    static func smallArticle(_ number: Int) -> String {
        """
        title: Artikel \(number)
        description: Artikel nummer \(number).
        published: 2025-01-15
        reviewed: {by: jan-jansen, date: 2025-01-10}
        authors: [redactie]
        sections:
          - heading: Inleiding
            body: Tekst van artikel \(number).
            claims:
              - {id: c\(number), text: Bewering \(number)., sources: [gedeeld2020]}

        """
    }

    /// Linux's usual soft limit is 1,024 and macOS's 256: a build may not hold a file per article.
    @Test func threeThousandArticlesBuildWithTheOpenFilesLimitAt256() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        for number in 1...3_000 { try input.write(String(format: "artikel-%04d.yaml", number), Self.smallArticle(number)) }
        let output = try InputFolderMaker()
        let first = try LDPubBinary.run(["build", input.path, "--output", output.path], timeout: .seconds(300), openFiles: 256)
        #expect(first.status == 0, "\(first)")
        #expect(first.standardError.contains(": 12007 files written, 0 unchanged, 0 removed"), "\(first)")
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("artikel-2999/index.html").path))

        // A rebuild after one article changed and one was removed stages, renames and removes
        // across the folders at the same limit.
        try input.write("artikel-0007.yaml", Self.smallArticle(7).replacingOccurrences(of: "Artikel 7", with: "Artikel zeven"))
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("artikel-0008.yaml"))
        let second = try LDPubBinary.run(["build", input.path, "--output", output.path], timeout: .seconds(300), openFiles: 256)
        #expect(second.status == 0, "\(second)")
        #expect(second.standardError.contains(", 4 removed"), "\(second)")
        #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent("artikel-0008").path))
        let check = try LDPubBinary.run(["check", output.path], timeout: .seconds(300), openFiles: 256)
        #expect(check.status == 0, "\(check)")
    }

    /// Drawing the SVG graphs starts `dot`; Foundation's `Process` could not start any program
    /// below 256 open files, so ldpub starts it with posix_spawn. The sample draws the same
    /// graphs at a limit of 32, and at ldpub's minimum of 16, as at the machine's own.
    @Test(arguments: [32, 16])
    func theSampleDrawsItsGraphsWithALowOpenFilesLimit(limit: Int) throws {
        let articles = InputFolderMaker.repository.appendingPathComponent("Articles").path
        let limited = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", articles, "--output", limited.path], openFiles: limit)
        #expect(build.status == 0, "\(build)")
        let unlimited = try InputFolderMaker()
        #expect(try LDPubBinary.run(["build", articles, "--output", unlimited.path]).status == 0)
        let drawn = try Self.files(in: limited.url)
        #expect(drawn.keys.contains("claims.svg"), "\(drawn.keys.sorted())")
        #expect(drawn == (try Self.files(in: unlimited.url)))
    }

    /// At ldpub's minimum of 16 open files, a site of 300 articles builds, and rebuilds after a
    /// change, on any number of cores: the parallel work is narrowed to what the limit holds.
    @Test func threeHundredArticlesBuildAndRebuildAtTheMinimumOf16() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        for number in 1...300 { try input.write(String(format: "artikel-%03d.yaml", number), Self.smallArticle(number)) }
        let output = try InputFolderMaker()
        let first = try LDPubBinary.run(["build", input.path, "--output", output.path], openFiles: 16)
        #expect(first.status == 0, "\(first)")
        try input.write("artikel-007.yaml", Self.smallArticle(7).replacingOccurrences(of: "Artikel 7", with: "Artikel zeven"))
        let second = try LDPubBinary.run(["build", input.path, "--output", output.path], openFiles: 16)
        #expect(second.status == 0, "\(second)")
        #expect(second.standardError.contains(" files written, 1198 unchanged, 0 removed"), "\(second)")
        let page = try String(contentsOf: output.url.appendingPathComponent("artikel-007/index.html"), encoding: .utf8)
        #expect(page.contains("Artikel zeven"))
        let validate = try LDPubBinary.run(["validate", input.path], openFiles: 16)
        #expect(validate.status == 0, "\(validate)")
        let check = try LDPubBinary.run(["check", output.path], openFiles: 16)
        #expect(check.status == 0, "\(check)")
    }

    /// Below ldpub's minimum (16 open files; 64 to serve), a command stops at once, before it
    /// starts a thread: an I/O error (74) that says what to do, not an input error, and never a
    /// crash (running out mid-build could also crash Swift's libdispatch, which opens `/proc`
    /// to watch its threads).
    @Test(arguments: [4, 10, 15])
    func tooFewOpenFilesIsAnIOErrorNotAnInputError(limit: Int) throws {
        let articles = InputFolderMaker.repository.appendingPathComponent("Articles").path
        let output = try InputFolderMaker()
        for arguments in [["build", articles, "--output", output.path + "/out"], ["validate", articles]] {
            let run = try LDPubBinary.run(arguments, openFiles: limit)
            #expect(run.status == 74, "\(limit): \(run)")
            #expect(run.standardError.contains(
                "error: the open-files limit of \(limit) is too low for ldpub, which needs at least 16: raise it with `ulimit -n 16`"),
                "\(limit): \(run)")
            #expect(!run.standardError.contains("fix the errors above"), "\(limit): \(run)")
            #expect(!run.looksLikeACrash, "\(limit): \(run)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.path + "/out"))
        let serve = try LDPubBinary.run(["serve", articles, "--output", output.path + "/out", "--port", "0"], openFiles: limit + 48)
        #expect(serve.status == 74, "\(serve)")
        #expect(serve.standardError.contains("which needs at least 64 to serve"), "\(serve)")
    }

    /// A low soft limit under a higher hard one (macOS's 256, or `ulimit -S -n`) is raised by
    /// ldpub itself, as Go programs such as Hugo do: the sample builds at a soft limit of 10.
    @Test func aLowSoftLimitIsRaisedToTheHardOne() throws {
        let articles = InputFolderMaker.repository.appendingPathComponent("Articles").path
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", articles, "--output", output.path], softOpenFiles: 10)
        #expect(build.status == 0, "\(build)")
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("claims.svg").path))
    }

    /// The case, cut to what the limit lets through: a 100 KB description aliased in
    /// `keywords` until the text nears 16 MiB builds in bounded time and memory; one alias more
    /// is a located error.
    @Test func aliasedTextUpToTheSizeLimitBuildsInBoundedMemory() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let long = String(repeating: "woord ", count: 16_667)
        func article(aliases: Int) -> String {
            Self.smallArticle(1).replacingOccurrences(of: "description: Artikel nummer 1.", with: "description: &d \"\(long)\"")
                + "keywords:" + String(repeating: "\n  - *d", count: aliases) + "\n"
        }
        try input.write("lang.yaml", article(aliases: 160))
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path], timeout: .seconds(120))
        #expect(build.status == 0, "\(build)")
        #expect(build.peakMegabytes < 400, "\(build)")
        #expect(build.duration < .seconds(60), "\(build)")
        HostileCLITests.record("aliased text near 16 MiB", build)

        try input.write("lang.yaml", article(aliases: 99_000))
        let refused = try LDPubBinary.run(["validate", input.path])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.standardError.contains("lang.yaml:171:5: error: aliases expand this document to "), "\(refused)")
        #expect(refused.duration < .seconds(10), "\(refused)")
        #expect(refused.peakMegabytes < 200, "\(refused)")
    }

    /// The sample's drawings are the same with no fonts at all as with this machine's, and equal
    /// to the committed Output/ (Graphviz measures text with its built-in metrics).
    @Test(.enabled(if: OrdinaryMachineTests.graphvizDrewTheCommittedOutput, "the installed Graphviz is not the version that drew Output/"))
    func theSampleBuildsTheSameWithoutAnyFonts() throws {
        let noFonts = try InputFolderMaker()
        try noFonts.write("fonts.conf", "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n")
        let articles = InputFolderMaker.repository.appendingPathComponent("Articles").path
        var outputs: [[String: Data]] = []
        for variables in [[:], ["FONTCONFIG_FILE": noFonts.url.appendingPathComponent("fonts.conf").path]] {
            let output = try InputFolderMaker()
            let build = try LDPubBinary.run(["build", articles, "--output", output.path], environment: variables)
            #expect(build.status == 0, "\(build)")
            outputs.append(try Self.files(in: output.url))
        }
        let committed = try Self.files(in: InputFolderMaker.repository.appendingPathComponent("Output"))
        #expect(outputs[0] == outputs[1])
        for (path, bytes) in outputs[1].sorted(by: { $0.key < $1.key }) {
            #expect(committed[path] == bytes, "Output/\(path) differs from a build with no fonts")
        }
        #expect(Set(committed.keys) == Set(outputs[1].keys))
    }

    /// Whether `dot -V` names the Graphviz version in the committed Output/claims.svg.
    static var graphvizDrewTheCommittedOutput: Bool {
        let svg = (try? String(contentsOf: InputFolderMaker.repository.appendingPathComponent("Output/claims.svg"), encoding: .utf8)) ?? ""
        guard let start = svg.range(of: "Generated by graphviz version ") else { return false }
        let version = svg[start.upperBound...].prefix { $0 != " " }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-V"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return false }
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return printed.contains("version \(version) ")
    }

    /// The files below `root` (not hidden ones), by relative path.
    static func files(in root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) where !path.hasPrefix(".") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: root.appendingPathComponent(path))
            }
        }
        return files
    }

    // MARK: - Another site's output folder

    /// `ldpub build /path/to/my-site` from the project root must not delete the sample's pages.
    @Test func aBuildOfAnotherInputFolderIsRefusedUntilToldToTakeOver() throws {
        let sample = try InputFolderMaker.baseSite()
        let other = try InputFolderMaker()
        try other.copyFixture("BaseSite/site.yaml", as: "site.yaml")
        try other.write("site.yaml", try String(contentsOf: other.url.appendingPathComponent("site.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "https://www.kliniek-basis.example/", with: "https://www.andere-site.example/"))
        try other.write("ander-artikel.yaml", Self.smallArticle(1))
        let output = try InputFolderMaker()
        #expect(try LDPubBinary.run(["build", sample.path, "--output", output.path]).status == 0)
        let before = try Self.files(in: output.url)

        let refused = try LDPubBinary.run(["build", other.path, "--output", output.path])
        #expect(refused.status == 1, "\(refused)")
        let samplePath = sample.url.resolvingSymlinksInPath().path
        #expect(refused.errorLines == [
            "error: '\(output.path)' holds the build of '\(samplePath)' (https://www.kliniek-basis.example/); nothing written: "
                + "build into another folder with --output, or add --clean to replace that build with this one",
        ], "\(refused)")
        #expect(try Self.files(in: output.url) == before)

        let takenOver = try LDPubBinary.run(["build", other.path, "--output", output.path, "--clean"])
        #expect(takenOver.status == 0, "\(takenOver)")
        #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent("base-article").path))
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("ander-artikel/index.html").path))
        // Now the other site owns it, and the sample is refused.
        #expect(try LDPubBinary.run(["build", sample.path, "--output", output.path]).status == 1)
    }

    /// A fresh clone has Output/ without a record: it belongs to the site its feed names.
    @Test func anOutputFolderWithoutARecordBelongsToTheSiteItsFeedNames() throws {
        let output = try InputFolderMaker()
        let committed = InputFolderMaker.repository.appendingPathComponent("Output")
        for (path, bytes) in try Self.files(in: committed) { try output.write(path, Array(bytes)) }
        let articles = InputFolderMaker.repository.appendingPathComponent("Articles").path
        let build = try LDPubBinary.run(["build", articles, "--output", output.path, "--no-svg"])
        #expect(build.status == 0, "\(build)")

        let other = try InputFolderMaker()
        for (path, bytes) in try Self.files(in: committed) { try other.write(path, Array(bytes)) }
        let base = try InputFolderMaker.baseSite()
        let refused = try LDPubBinary.run(["build", base.path, "--output", other.path])
        #expect(refused.errorLines == [
            "error: '\(other.path)' holds ldpub's build of another site (https://www.kliniek-voorbeeldhof.example/); nothing written: "
                + "build into another folder with --output, or add --clean to replace that build with this one",
        ], "\(refused)")
    }

    /// A folder of someone's own pages (an `index.html` of theirs, no feed, no record) is not
    /// taken for ldpub's build: the refusal names the file and says it may not be ldpub's.
    @Test func aFolderOfOwnPagesIsRefusedNamingTheFile() throws {
        let output = try InputFolderMaker()
        try output.write("index.html", "<html><body>mijn eigen pagina</body></html>\n")
        try output.write("over/index.html", "<html></html>\n")
        let base = try InputFolderMaker.baseSite()
        let refused = try LDPubBinary.run(["build", base.path, "--output", output.path])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.errorLines == [
            "error: '\(output.path)' holds files with the names ldpub writes ('index.html'), but no record of a build of ldpub's: "
                + "another site's build, or not ldpub's at all; nothing written: "
                + "build into another folder with --output, or add --clean to replace that build with this one",
        ], "\(refused)")
        #expect(output.read("index.html") == "<html><body>mijn eigen pagina</body></html>\n")
    }

    /// A moved input folder (same site, the recorded folder gone) still owns its output.
    @Test func aMovedInputFolderKeepsItsOutput() throws {
        let sample = try InputFolderMaker.baseSite()
        let output = try InputFolderMaker()
        #expect(try LDPubBinary.run(["build", sample.path, "--output", output.path]).status == 0)
        let moved = sample.url.deletingLastPathComponent().appendingPathComponent("moved-\(UUID().uuidString)")
        try FileManager.default.moveItem(at: sample.url, to: moved)
        defer { try? FileManager.default.removeItem(at: moved) }
        let build = try LDPubBinary.run(["build", moved.path, "--output", output.path])
        #expect(build.status == 0, "\(build)")
    }
}
