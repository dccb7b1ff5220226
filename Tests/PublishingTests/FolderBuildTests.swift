// ldpub — MIT licence.

import ArticleModel
import Foundation
import Publishing
import SchemaOrgVocabulary
import Testing

/// The streaming build writes exactly what the in-memory build produces, and nothing when the
/// input has an error.
@Suite struct FolderBuildTests {
    static let vocabulary = TermVocabulary(types: Set(SchemaOrgVocabulary.current.names(of: [.class])),
                                           medicalSpecialties: SchemaOrgVocabulary.current.members(of: "MedicalSpecialty"))
    static let clinic = GoldenOutputTests.packageRoot.appendingPathComponent("Tests/Fixtures/Sites/clinic").path

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ldpub-folder-build-\(UUID().uuidString)")
    }

    private func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where OutputLayout.isOwned(path) {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    @Test func writesWhatTheInMemoryBuildProduces() throws {
        let output = temporaryFolder()
        let report = FolderBuild(options: .init(inputPath: Self.clinic, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        #expect(report.failure == nil)
        let validated = InputValidator(vocabulary: Self.vocabulary).validate(folder: Self.clinic)
        let publication = try #require(validated.publication)
        let expected = try SiteBuild(publication: publication).run().files
        let written = try files(in: output)
        #expect(Set(written.keys) == Set(expected.map(\.path)))
        for file in expected {
            #expect(written[file.path] == Data(file.bytes), "\(file.path) differs")
        }
        #expect(report.validation.diagnostics == validated.diagnostics)
        #expect(report.statistics == BuildStatistics(publication))
        // A second build changes nothing.
        let second = FolderBuild(options: .init(inputPath: Self.clinic, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        #expect(second.summary?.written == [])
        #expect(second.summary?.unchanged == expected.count)
    }

    @Test func anInputErrorWritesNothing() throws {
        let input = temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.clinic, toPath: input.path)
        let output = temporaryFolder()
        let first = FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        #expect(first.failure == nil)
        let before = try files(in: output)
        // A dangling source in one article, and a changed title in another that would change pages.
        let broken = input.appendingPathComponent("antidepressiva.yaml")
        try String(contentsOf: broken, encoding: .utf8).replacingOccurrences(of: "source: eigen2024", with: "source: eigen2025")
            .write(to: broken, atomically: true, encoding: .utf8)
        let changed = input.appendingPathComponent("english-article.yaml")
        try String(contentsOf: changed, encoding: .utf8).replacingOccurrences(of: "Sleep hygiene in brief", with: "Changed")
            .write(to: changed, atomically: true, encoding: .utf8)
        let second = FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        guard case .inputErrors? = second.failure else {
            Issue.record("expected input errors, got \(String(describing: second.failure))")
            return
        }
        #expect(second.validation.diagnostics.contains { $0.message == "claim 'maatwerk' cites unknown source 'eigen2025' (did you mean 'eigen2024'?)" })
        #expect(try files(in: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".ldpub/staging").path) == [])
    }

    @Test func aFirstBuildWithErrorsCreatesNoOutputFolder() throws {
        let input = temporaryFolder()
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("title: [unclosed\n".utf8).write(to: input.appendingPathComponent("site.yaml"))
        let output = temporaryFolder()
        let report = FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: Self.vocabulary)).run()
        #expect(report.validation.diagnostics.errorCount == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
