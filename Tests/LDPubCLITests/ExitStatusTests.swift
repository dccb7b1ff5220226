// ldpub — MIT licence.

import Foundation
import Testing

/// Exit statuses and messages of the `ldpub` binary: 0 success, 1 input errors, 64 usage
/// errors (as swift-argument-parser reports them), 74 I/O errors. No error path may end in a
/// Swift fatal error, a backtrace or a signal; an I/O error is one line.
@Suite struct ExitStatusTests {
    private func expectUsageError(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try LDPubBinary.run(arguments)
        #expect(run.status == 64, "\(run)", sourceLocation: sourceLocation)
        #expect(run.errorLines.first == "Error: \(message)", "\(run)", sourceLocation: sourceLocation)
        #expect(!run.looksLikeACrash, "\(run)", sourceLocation: sourceLocation)
    }

    /// Exit 74 and one error line, the last; before it at most the validation's summary
    /// (`1 article: 0 errors, 0 warnings`), which a build prints when it fails.
    private func expectIOError(_ run: CommandRun, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 74, "\(run)", sourceLocation: sourceLocation)
        #expect(run.errorLines.last == "error: \(message)", "\(run)", sourceLocation: sourceLocation)
        #expect(run.errorLines.dropLast().allSatisfy { $0.hasSuffix(": 0 errors, 0 warnings") }, "\(run)", sourceLocation: sourceLocation)
        #expect(!run.looksLikeACrash, "\(run)", sourceLocation: sourceLocation)
    }

    /// The entries of a folder other than ldpub's own `.ldpub`.
    static func visibleEntries(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != ".ldpub" }
    }

    // MARK: - 0 and 1

    @Test func validInputValidatesAndBuilds() throws {
        let input = try InputFolderMaker.baseSite()
        let output = try InputFolderMaker()
        let validate = try LDPubBinary.run(["validate", input.path])
        #expect(validate.status == 0, "\(validate)")
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path])
        #expect(build.status == 0, "\(build)")
        #expect(build.errorLines.contains { $0.hasPrefix("1 article, 1 claim (1 supported by a source, 0 without one), 2 sources (0 uncited); ") }, "\(build)")
        #expect(output.read("base-article/index.jsonld") != nil)
        #expect(!validate.looksLikeACrash && !build.looksLikeACrash)
    }

    @Test func inputErrorsExitWithOneAndBuildWritesNothing() throws {
        let input = try InputFolderMaker.baseSite()
        try input.copyFixture("Invalid/unknown-key.yaml", as: "unknown-key.yaml")
        let output = try InputFolderMaker()
        let validate = try LDPubBinary.run(["validate", input.path])
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.errorLines.last?.hasPrefix("2 articles: ") == true)
        #expect(validate.standardError.contains("unknown-key.yaml:"))
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path])
        #expect(build.status == 1, "\(build)")
        #expect(build.errorLines.last == "nothing written: fix the errors above and build again")
        #expect(try Self.visibleEntries(output.path).isEmpty)
        #expect(!validate.looksLikeACrash && !build.looksLikeACrash)
    }

    /// The build reports what validate reports: an article read despite its error (an unknown
    /// key) is checked across files too, so its claim without a source is reported with the
    /// error, not only the error that stops the build.
    @Test func aFailedBuildReportsWhatValidateReports() throws {
        let input = try InputFolderMaker.baseSite()
        let base = try String(contentsOf: InputFolderMaker.fixtures.appendingPathComponent("BaseSite/base-article.yaml"), encoding: .utf8)
        try input.write("broken.yaml", base.replacingOccurrences(of: "title: Basisartikel", with: "title: Kapot\nslug: kapot\ncategroy: Uitleg")
            .replacingOccurrences(of: "      - id: basis\n", with: "      - id: bron-loos\n        text: Zonder bron.\n      - id: basis\n")
            .replacingOccurrences(of: "id: basis2019", with: "id: kapot2019").replacingOccurrences(of: "source: basis2019", with: "source: kapot2019"))
        let validate = try LDPubBinary.run(["validate", input.path])
        let build = try LDPubBinary.run(["build", input.path, "--output", try InputFolderMaker().path])
        #expect(validate.status == 1 && build.status == 1, "\(validate)\n\(build)")
        #expect(validate.errorLines.contains { $0.contains("broken.yaml:") && $0.contains("error: unknown key 'categroy'") }, "\(validate)")
        #expect(validate.errorLines.contains { $0.contains("warning: claim 'bron-loos' cites no source") }, "\(validate)")
        #expect(build.errorLines.dropLast() == validate.errorLines, "build:\n\(build.standardError)\nvalidate:\n\(validate.standardError)")
    }

    // MARK: - 64

    @Test func aMissingInputFolderIsAUsageError() throws {
        try expectUsageError(["validate", "/nonexistent/ldpub-input"], "input folder '/nonexistent/ldpub-input' does not exist")
        try expectUsageError(["build", "/nonexistent/ldpub-input"], "input folder '/nonexistent/ldpub-input' does not exist")
    }

    @Test func anInputThatIsAFileIsAUsageError() throws {
        let input = try InputFolderMaker.baseSite()
        let file = input.path + "/site.yaml"
        try expectUsageError(["validate", file], "'\(file)' is not a folder; give the folder that holds site.yaml")
    }

    @Test func unknownOptionsAndCommandsAreUsageErrors() throws {
        let input = try InputFolderMaker.baseSite()
        try expectUsageError(["validate", "--bogus", input.path], "Unknown option '--bogus'")
        try expectUsageError(["build", input.path, "--outptu", "x"], "Unknown option '--outptu'. Did you mean '--output'?")
        try expectUsageError(["frobnicate"], "Unexpected argument 'frobnicate'")
    }

    @Test func invalidOptionValuesAreUsageErrors() throws {
        let input = try InputFolderMaker.baseSite()
        try expectUsageError(["validate", "--max-file-size", "0", input.path], "--max-file-size must be a positive number of bytes")
        try expectUsageError(["validate", "--max-file-size", "lots", input.path], "The value 'lots' is invalid for '--max-file-size <max-file-size>'")
        try expectUsageError(["validate", "--format", "xml", input.path], "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'github'.")
    }

    // MARK: - 74

    @Test func anOutputThatIsAFileIsAnIOError() throws {
        let input = try InputFolderMaker.baseSite()
        let file = input.path + "/site.yaml"
        expectIOError(try LDPubBinary.run(["build", input.path, "--output", file]), "'\(file)' exists and is not a folder")
    }

    @Test func anOutputBelowAFileIsAnIOError() throws {
        let input = try InputFolderMaker.baseSite()
        let path = input.path + "/site.yaml/Output"
        expectIOError(try LDPubBinary.run(["build", input.path, "--output", path]), "cannot create the output folder '\(path)': Not a directory")
    }

    @Test func aSecondBuildWhileTheFirstHoldsTheLockIsRefused() throws {
        let input = try InputFolderMaker.baseSite()
        let output = try InputFolderMaker()
        let holder = open(output.path, O_RDONLY | O_DIRECTORY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        expectIOError(try LDPubBinary.run(["build", input.path, "--output", output.path]),
                      "another ldpub build is writing to '\(output.path)'; run again when it has finished")
        #expect(output.read("feed.xml") == nil)
    }

    @Test func anArticleFolderThatLinksOutsideIsRefusedAndNothingIsWrittenThere() throws {
        let input = try InputFolderMaker.baseSite()
        let output = try InputFolderMaker()
        let outside = try InputFolderMaker()
        try output.link("base-article", to: outside.path)
        expectIOError(try LDPubBinary.run(["build", input.path, "--output", output.path]),
                      "'\(output.path)/base-article' is a symbolic link or a file, not a folder; ldpub does not write through links (remove it and build again)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(output.read("feed.xml") == nil)
    }

    @Test func theOutputFolderMayItselfBeALink() throws {
        let input = try InputFolderMaker.baseSite()
        let real = try InputFolderMaker()
        let holder = try InputFolderMaker()
        try holder.link("Output", to: real.path)
        let run = try LDPubBinary.run(["build", input.path, "--output", holder.path + "/Output"])
        #expect(run.status == 0, "\(run)")
        #expect(real.read("base-article/index.jsonld") != nil)
    }
}
