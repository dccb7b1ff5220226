// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing
import YAMLNodes
import TestScratch

/// Bugs found by issue 5's hostile-input work, each with the input that showed it
/// (`Fixtures/Regressions/`, completed here where it is too large to keep).
@Suite struct RegressionTests {
    private var validator: InputValidator { InputValidator(vocabulary: FixtureSupport.vocabulary) }
    private let site = SourceFile(path: "Articles/site.yaml", bytes: try! FixtureSupport.bytes("BaseSite/site.yaml"))

    /// Quadratic excerpts: each excerpt scanned its file from the top (`DiagnosticRenderer.sourceLine`).
    @Test func excerptsOfManyWarningsInOneFileTakeLinearTime() throws {
        var text = String(decoding: try FixtureSupport.bytes("Regressions/many-unsupported-claims.yaml"), as: UTF8.self)
        for index in 0..<20_000 { text += "      - {id: c\(index), text: Zonder bron.}\n" }
        let file = SourceFile(path: "Articles/many.yaml", text: text)
        let result = validator.validate(site: site, articles: [file])
        #expect(result.diagnostics.count == 20_000)
        let clock = ContinuousClock()
        let start = clock.now
        let rendered = DiagnosticRenderer { result.source(of: $0) }.text(result.diagnostics)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(5), "rendering took \(elapsed)")
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 * 20_000 + 1)
        #expect(lines[0] == "Articles/many.yaml:16:9: warning: claim 'c0' cites no source: unsupported claim")
        #expect(lines[1] == " 16 |       - {id: c0, text: Zonder bron.}")
        #expect(lines[lines.count - 3] == " 20015 |       - {id: c19999, text: Zonder bron.}")
    }

    /// Unbounded error messages: every error of a file was built, each with a sort of the
    /// schema.org types and a "did you mean" search through them.
    @Test func aFileReportsAtMost200ProblemsAndBuildsNoOtherMessages() throws {
        var text = String(decoding: try FixtureSupport.bytes("Regressions/many-unknown-types.yaml"), as: UTF8.self)
        for _ in 0..<20_000 { text += "  - {type: Drugg, name: ketamine}\n" }
        let clock = ContinuousClock()
        let start = clock.now
        let result = validator.validate(site: site, articles: [SourceFile(path: "Articles/many.yaml", text: text)])
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(10), "validation took \(elapsed)")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 201)
        #expect(errors.first?.message == "'Drugg' is not a schema.org type (did you mean 'Drug'?)")
        #expect(errors.last?.message == "too many problems in this file; showing the first 200 (fix them and validate again)")
        #expect(errors.last.map { "\($0.mark)" } == "218:12")
    }

    @Test func suggestionsDoNotDependOnTheOrderOfCandidates() {
        let types = Array(FixtureSupport.vocabulary.types)
        #expect(Suggestion.nearest(to: "Drugg", in: types) == "Drug")
        #expect(Suggestion.nearest(to: "Drugg", in: types.reversed()) == "Drug")
        #expect(Suggestion.nearest(to: "MedicalConditon", in: Set(types)) == "MedicalCondition")
    }

    /// site.yaml as a link out of the input folder was read, and the excerpts of its errors
    /// showed the target's lines (say, of a key file or a CI secret) in the build log.
    @Test func siteYAMLThatLinksOutOfTheInputFolderIsNotRead() throws {
        let root = TestScratch.folder.appendingPathComponent("ldpub-regression-\(UUID().uuidString)")
        let input = root.appendingPathComponent("Articles")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("root:x:0:0:SECRET\n".utf8).write(to: root.appendingPathComponent("secret"))
        try FileManager.default.createSymbolicLink(at: input.appendingPathComponent("site.yaml"), withDestinationURL: root.appendingPathComponent("secret"))
        let result = validator.validate(folder: input.path)
        let rendered = DiagnosticRenderer { result.source(of: $0) }.text(result.diagnostics)
        let expected = String(decoding: try FixtureSupport.bytes("Regressions/site-link-outside.expected"), as: UTF8.self)
        #expect(rendered == expected.replacingOccurrences(of: "Articles/", with: input.path + "/"))
        #expect(result.articleFileCount == 0)
    }

    /// Sizes in messages: "file is 4 KiB, larger than the limit of 4 KiB", "200.0 MiB".
    @Test func sizesInMessagesAreExactEnoughToCompare() {
        #expect(ByteCount(200 * 1024 * 1024 + 7).description == "200 MiB")
        #expect(ByteCount(1_572_864).description == "1.5 MiB")
        #expect(ByteCount(5_007).description == "4.9 KiB")
        #expect(ByteCount(300).description == "300 bytes")
        #expect(ByteCount.sizeAndLimit(5_007, 4_096) == ("4.9 KiB", "4 KiB"))
        #expect(ByteCount.sizeAndLimit(4_100, 4_096) == ("4100 bytes", "4096 bytes"))
        #expect(ByteCount.sizeAndLimit(2_300, 2_000) == ("2.2 KiB", "2000 bytes"))
        #expect(ByteCount.sizeAndLimit(200 * 1024 * 1024, 16 * 1024 * 1024) == ("200 MiB", "16 MiB"))
    }
}
