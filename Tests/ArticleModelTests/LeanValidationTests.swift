// ldpub — MIT licence.

import Foundation
import Testing
@testable import ArticleModel
import TestScratch

/// `ldpub validate` keeps a summary of each article, not the article: what it reports must not
/// change. Validating a folder both ways, and in memory, gives the same diagnostics.
@Suite struct LeanValidationTests {
    static let validator = InputValidator(vocabulary: FixtureSupport.vocabulary)

    /// A folder with the base site, its article, and every article fixture (errors, warnings,
    /// regressions) that reads no bibliography file; removed by the caller.
    static func fixtureFolder(includingInvalid: Bool) throws -> URL {
        let folder = try TestScratch.newFolder("lean")
        try Data(try FixtureSupport.bytes("BaseSite/site.yaml")).write(to: folder.appendingPathComponent("site.yaml"))
        try Data(try FixtureSupport.bytes("BaseSite/base-article.yaml")).write(to: folder.appendingPathComponent("base-article.yaml"))
        var sources = ["Warnings"]
        if includingInvalid { sources += ["Invalid", "Regressions"] }
        for source in sources {
            for name in FixtureSupport.fixtureNames(in: source) where !name.hasPrefix("site-") {
                let bytes = try FixtureSupport.bytes("\(source)/\(name).yaml")
                guard !String(decoding: bytes, as: UTF8.self).contains("bibliography:") else { continue }
                try Data(bytes).write(to: folder.appendingPathComponent("\(source.lowercased())-\(name).yaml"))
            }
        }
        return folder
    }

    static func rendered(_ result: ValidationResult) -> String {
        DiagnosticRenderer { result.source(of: $0) }.text(result.diagnostics)
    }

    @Test(arguments: [false, true])
    func summariesGiveTheDiagnosticsOfArticles(includingInvalid: Bool) throws {
        let folder = try Self.fixtureFolder(includingInvalid: includingInvalid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = Self.validator.validate(folder: folder.path)
        let lean = Self.validator.validate(folder: folder.path, keepingArticles: false)
        #expect(full.diagnostics.count >= 3)
        #expect(lean.diagnostics == full.diagnostics)
        #expect(lean.succeeded == full.succeeded)
        #expect(lean.succeeded == !includingInvalid)
        #expect(lean.publication == nil)
        #expect(lean.articleFileCount == full.articleFileCount)
        #expect(Self.rendered(lean) == Self.rendered(full))
        // The review-age check warns about the same articles, whichever result it is given.
        let check = ReviewAgeCheck(maxAgeDays: 30, asOf: Timestamp(year: 2099, month: 1, day: 1))
        let checkedFull = check.applied(to: full)
        let checkedLean = check.applied(to: lean)
        #expect(checkedLean.diagnostics == checkedFull.diagnostics)
        #expect(checkedLean.diagnostics.count > full.diagnostics.count || includingInvalid)
        #expect(Self.rendered(checkedLean) == Self.rendered(checkedFull))
    }

    @Test func aFolderGivesTheDiagnosticsOfTheSameFilesInMemory() throws {
        let folder = try Self.fixtureFolder(includingInvalid: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lean = Self.validator.validate(folder: folder.path, keepingArticles: false)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "site.yaml" }.sorted()
        func file(_ name: String) throws -> SourceFile {
            let path = folder.path + "/" + name
            return SourceFile(path: path, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        let memory = Self.validator.validate(site: try file("site.yaml"), articles: try names.map(file))
        #expect(lean.diagnostics == memory.diagnostics)
        #expect(Self.rendered(lean) == Self.rendered(memory))
    }

    @Test func crossFileChecksOnSummariesEqualThoseOnArticles() throws {
        let folder = try Self.fixtureFolder(includingInvalid: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let publication = try #require(Self.validator.validate(folder: folder.path).publication)
        // Two copies of each article: every slug and reference id is then defined twice.
        let articles = publication.articles + publication.articles.reversed()
        let fromArticles = InputValidator.crossFileDiagnostics(site: publication.site, articles: articles, incompleteIDs: [])
        let fromSummaries = InputValidator.crossFileDiagnostics(site: publication.site, summaries: articles.map(ArticleSummary.init), incompleteIDs: [])
        #expect(fromArticles.count > publication.articles.count)
        #expect(fromSummaries == fromArticles)
    }

    @Test func renderingRunsOfFilesGivesTheTextOfOneRun() throws {
        let folder = try Self.fixtureFolder(includingInvalid: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = Self.validator.validate(folder: folder.path, keepingArticles: false)
        let renderer = DiagnosticRenderer { result.source(of: $0) }
        let oneByOne = result.diagnostics.map { renderer.text([$0]) }.joined()
        #expect(renderer.text(result.diagnostics) == oneByOne)
        #expect(oneByOne.contains(" | "))
        for parts in [1, 3, 64, 1000] {
            let runs = DiagnosticRenderer.runsOfWholeFiles(result.diagnostics, parts: parts)
            #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == result.diagnostics.count)
            for (run, next) in zip(runs, runs.dropFirst()) {
                #expect(run.upperBound == next.lowerBound)
                #expect(result.diagnostics[run.upperBound - 1].file != result.diagnostics[next.lowerBound].file)
            }
        }
    }
}
