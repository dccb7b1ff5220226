// ldpub — MIT licence.

import ArticleModel
import Foundation
import Publishing
import SchemaOrgVocabulary
import Testing
import TestScratch

/// Loads the test fixtures and validates them the way `ldpub validate` does.
enum FixtureSupport {
    /// The folder of this test target's sources (for recording expectations).
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The fixtures as bundled with the tests.
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static let vocabulary = TermVocabulary.schemaOrg

    /// A new temporary input folder holding `files` (relative path to text); `prefix` names it.
    static func makeFolder(_ files: [String: String], prefix: String) throws -> URL {
        let root = TestScratch.folder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// The base fixture site's site.yaml and article, as text.
    static let baseSite = String(decoding: try! bytes("BaseSite/site.yaml"), as: UTF8.self)
    static let baseArticle = String(decoding: try! bytes("BaseSite/base-article.yaml"), as: UTF8.self)

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(relativePath)))
    }

    /// The names of the invalid fixtures, without extension.
    static func invalidFixtureNames() -> [String] {
        fixtureNames(in: "Invalid")
    }

    /// The names of the `.yaml` fixtures in a folder of `Fixtures/`, without extension.
    static func fixtureNames(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Validates a fixture with the base site: `site-*` fixtures replace site.yaml, the others are
    /// an extra article next to `base-article.yaml`. Paths are shown as under `Articles/`.
    static func validateInvalidFixture(_ name: String, folder: String = "Invalid") throws -> (ValidationResult, [String: [UInt8]]) {
        let fixture = try bytes("\(folder)/\(name).yaml")
        var files: [String: [UInt8]] = ["Articles/base-article.yaml": try bytes("BaseSite/base-article.yaml")]
        let site: SourceFile
        var articles = [SourceFile(path: "Articles/base-article.yaml", bytes: files["Articles/base-article.yaml"]!)]
        if name.hasPrefix("site-") {
            site = SourceFile(path: "Articles/site.yaml", bytes: fixture)
        } else {
            site = SourceFile(path: "Articles/site.yaml", bytes: try bytes("BaseSite/site.yaml"))
            articles.append(SourceFile(path: "Articles/\(name).yaml", bytes: fixture))
        }
        files["Articles/site.yaml"] = site.bytes
        for article in articles { files[article.path] = article.bytes }
        let result = InputValidator(vocabulary: vocabulary).validate(site: site, articles: articles)
        return (result, files)
    }

    /// Compares `actual` with the expectation file; with `RECORD_FIXTURES=1` in the environment
    /// it writes the file instead and fails, so a recording can never pass unnoticed.
    static func expectMatches(_ actual: String, expectationFile relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = sourceFolder.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1" {
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(relativePath); run the tests again without RECORD_FIXTURES", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(actual == expected, "diagnostics differ from \(relativePath)", sourceLocation: sourceLocation)
    }
}
