// ldpub — MIT licence.

import Foundation
import LinkedDataValidation
import Testing

/// Hostile input through the `ldpub` binary: the clear message and exit status, no crash, and
/// the process's own peak memory (`wait4`) and time within generous bounds (debug build, busy
/// two-core machine; guards against hangs and blow-ups, not benchmarks).
@Suite struct HostileCLITests {
    /// An article of the base site with `extra` at its top level.
    static func article(_ extra: String) -> String {
        """
        title: Een artikel
        description: Een beschrijving.
        published: 2025-01-15
        reviewed: {by: jan-jansen, date: 2025-01-10}
        authors: [redactie]
        sections:
          - heading: Inleiding
            body: Tekst.
            claims:
              - {id: c1, text: Een bewering., sources: [gedeeld2020]}

        """ + extra
    }

    /// Runs `validate` (and `build`) on `input`; checks the status, that `message` is on
    /// standard error, no crash, and the bounds.
    @discardableResult
    private func expectFailure(_ input: InputFolderMaker, _ message: String, options: [String] = [], seconds: Int = 20, megabytes: Int = 200,
                               sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandRun {
        let run = try LDPubBinary.run(["validate"] + options + [input.path])
        #expect(run.status == 1, "\(run)", sourceLocation: sourceLocation)
        #expect(run.standardError.contains(": error: \(message)"), "\(run)", sourceLocation: sourceLocation)
        #expect(!run.looksLikeACrash, "\(run)", sourceLocation: sourceLocation)
        #expect(run.duration < .seconds(seconds), "\(run)", sourceLocation: sourceLocation)
        #expect(run.peakMegabytes < megabytes, "\(run)", sourceLocation: sourceLocation)
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build"] + options + [input.path, "--output", output.path])
        #expect(build.status == 1 && build.errorLines.last == "nothing written: fix the errors above and build again", "\(build)", sourceLocation: sourceLocation)
        #expect(!build.looksLikeACrash, "\(build)", sourceLocation: sourceLocation)
        #expect(try ExitStatusTests.visibleEntries(output.path).isEmpty, sourceLocation: sourceLocation)
        Self.record(message, run)
        return run
    }

    /// With `LDPUB_PRINT_BOUNDS=1`, prints each case's time and memory (for the closing note).
    static func record(_ name: String, _ run: CommandRun) {
        guard ProcessInfo.processInfo.environment["LDPUB_PRINT_BOUNDS"] == "1" else { return }
        print("BOUNDS \(name.prefix(60)): \(run.duration), \(run.peakMegabytes) MB, exit \(run.status.map(String.init) ?? "signal")")
    }

    // MARK: - YAML

    @Test func billionLaughs() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.copyFixture("Invalid/yaml-alias-bomb.yaml", as: "bomb.yaml")
        try expectFailure(input, "aliases expand this document beyond the limit of 100000 nodes", megabytes: 100)
    }

    @Test func quadraticAliases() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let items = Array(repeating: "lol", count: 10_000).joined(separator: ", ")
        let aliases = Array(repeating: "*a", count: 10_000).joined(separator: ", ")
        try input.write("bomb.yaml", "a: &a [\(items)]\nb: [\(aliases)]\n")
        try expectFailure(input, "aliases expand this document beyond the limit of 100000 nodes", megabytes: 100)
    }

    @Test(arguments: ["[", "- ", "{a: "])
    func nesting100000Deep(_ opener: String) throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let closer = opener == "[" ? "]" : opener == "{a: " ? "}" : ""
        try input.write("deep.yaml", "keywords: " + (opener == "- " ? "\n  " : "") + String(repeating: opener, count: 100_000) + "x" + String(repeating: closer, count: 100_000) + "\n")
        try expectFailure(input, "nesting is deeper than the limit of 64 levels", megabytes: 100)
    }

    @Test func invalidUTF8NULAndTabs() throws {
        for fixture in ["yaml-invalid-utf8", "yaml-nul-byte", "yaml-tab-indentation", "yaml-utf16"] {
            let input = try InputFolderMaker.baseSite(article: false)
            try input.copyFixture("Invalid/\(fixture).yaml", as: "\(fixture).yaml")
            let expected = try String(contentsOf: InputFolderMaker.fixtures.appendingPathComponent("Invalid/\(fixture).expected"), encoding: .utf8)
            let message = String(expected.split(separator: "\n")[0].split(separator: ": error: ", maxSplits: 1)[1])
            try expectFailure(input, message, megabytes: 100)
        }
    }

    @Test func aByteOrderMarkAndCRLFAreFine() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("bom.yaml", [0xEF, 0xBB, 0xBF] + Array(Self.article("").replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let run = try LDPubBinary.run(["validate", input.path])
        #expect(run.status == 0, "\(run)")
        let output = try InputFolderMaker()
        #expect(try LDPubBinary.run(["build", input.path, "--output", output.path]).status == 0)
        #expect(output.read("bom/index.jsonld")?.contains("\"headline\": \"Een artikel\"") == true)
    }

    // MARK: - Size

    @Test func a200MegabyteFileIsRefusedUnread() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.writeSparse("big.yaml", startingWith: "title: '", size: 200 * 1024 * 1024)
        try expectFailure(input, "file is 200 MiB, larger than the limit of 16 MiB (--max-file-size)", megabytes: 100)
    }

    @Test func theLimitIsConfigurableDownAndUp() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("a.yaml", Self.article("# " + String(repeating: "x", count: 2_000) + "\n"))
        try expectFailure(input, "file is 2.2 KiB, larger than the limit of 2000 bytes (--max-file-size)", options: ["--max-file-size", "2000"])
        // Raised to 256 MiB, a 200 MB file is read: at most a few copies of it in memory.
        let big = try InputFolderMaker.baseSite(article: false)
        try big.writeSparse("big.yaml", startingWith: "title: '", size: 200 * 1024 * 1024)
        try expectFailure(big, "NUL byte is not allowed in YAML text", options: ["--max-file-size", "268435456"], seconds: 60, megabytes: 1_000)
    }

    // MARK: - Ids, URLs, links

    @Test func aSlugThatLeavesTheOutputFolder() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("a.yaml", Self.article("slug: '../../etc'\n"))
        try expectFailure(input, "'slug' '../../etc' is not a valid slug")
    }

    @Test func aJavaScriptImageURL() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("a.yaml", Self.article("image: {url: 'JavaScript:alert(1)', alt: x}\n"))
        try expectFailure(input, "'image.url' must be an http(s) URL or a path relative to the site URL, got 'JavaScript:alert(1)'")
    }

    @Test func linksOutOfTheInputFolderShowNothingOfTheirTargets() throws {
        let outside = try InputFolderMaker()
        try outside.write("secret.yaml", "title: SECRET-CONTENT\n")
        let input = try InputFolderMaker.baseSite(article: false)
        try input.link("a.yaml", to: outside.path + "/secret.yaml")
        let run = try expectFailure(input, "'a.yaml' is a symbolic link to a file outside the input folder; ldpub does not follow it")
        #expect(!run.standardError.contains("SECRET"))
        let site = try InputFolderMaker()
        try site.link("site.yaml", to: outside.path + "/secret.yaml")
        let siteRun = try expectFailure(site, "'site.yaml' is a symbolic link to a file outside the input folder; ldpub does not follow it")
        #expect(!siteRun.standardError.contains("SECRET"))
    }

    // MARK: - Many problems, many files, no files

    @Test func twentyThousandWarningsPrintInBoundedTime() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("a.yaml", Self.article("") + (0..<20_000).map { "      - {id: w\($0), text: Zonder bron.}\n" }.joined())
        let run = try LDPubBinary.run(["validate", input.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.errorLines.last == "1 article: 0 errors, 20001 warnings")
        #expect(run.duration < .seconds(30), "\(run)")
        #expect(!run.looksLikeACrash)
        Self.record("20,000 warnings", run)
    }

    @Test func twentyThousandErrorsAreCappedPerFile() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        try input.write("a.yaml", Self.article("about:\n") + String(repeating: "  - {type: Drugg, name: x}\n", count: 20_000))
        let run = try expectFailure(input, "too many problems in this file; showing the first 200 (fix them and validate again)")
        #expect(run.errorLines.last?.hasPrefix("1 article: 201 errors, ") == true, "\(run)")
    }

    @Test func aSiteWithoutArticlesBuildsValidEmptyFeeds() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let validate = try LDPubBinary.run(["validate", input.path])
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.standardError.contains("warning: no articles found in '\(input.path)'"))
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path])
        #expect(build.status == 0, "\(build)")
        let report = DocumentChecker().check(paths: [output.path])
        #expect(Set(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent }).isSuperset(of: ["feed.xml", "atom.xml", "feed.json"]))
        let errors = report.files.flatMap { file in file.problems.filter { $0.severity == .error }.map { "\(file.path): \($0.message)" } }
        #expect(errors == [])
        #expect(output.read("feed.xml")?.contains("<item>") == false)
    }
}
