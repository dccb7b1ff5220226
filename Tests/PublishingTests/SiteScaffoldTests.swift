// ldpub — MIT licence.

import ArticleModel
import Foundation
import Publishing
import SchemaOrgVocabulary
import Testing
import TestScratch

@Suite struct SiteScaffoldTests {
    @Test func theScaffoldValidatesWithoutAnyDiagnostic() throws {
        let folder = TestScratch.folder.appendingPathComponent("ldpub-scaffold-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try SiteScaffold(date: "2025-03-01").write(into: folder)
        #expect(written.map { String($0.dropFirst(folder.count + 1)) }
            == ["site.yaml", "washing-hands.yaml", "static/images/washing-hands.svg", "schemas/site.schema.json", "schemas/article.schema.json"])
        let result = InputValidator(vocabulary: .schemaOrg).validate(folder: folder)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.publication?.articles.first?.published.dateString == "2025-03-01")
        let applied = ReviewAgeCheck(maxAgeDays: 365, asOf: Timestamp(year: 2025, month: 3, day: 1)).applied(to: result)
        #expect(applied.diagnostics.isEmpty)
    }

    @Test func nothingIsWrittenWhenAFileExists() throws {
        let folder = TestScratch.folder.appendingPathComponent("ldpub-scaffold-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/schemas", withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/schemas/article.schema.json"))
        #expect(throws: SiteScaffold.Failure.fileExists(folder + "/schemas/article.schema.json")) {
            try SiteScaffold(date: "2025-03-01").write(into: folder)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/site.yaml"))
    }
}
