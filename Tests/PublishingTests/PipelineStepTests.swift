// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataValidation
@testable import Publishing
import Testing
import TestScratch

/// The steps of the build pipeline, each on its own, and the vocabulary of output paths.
@Suite struct PipelineStepTests {
    static let sample = GoldenOutputTests.packageRoot.appendingPathComponent("Articles").path

    private func input(_ path: String, drawGraphs: Bool = false, output: MemoryOutput = MemoryOutput()) -> BuildInput {
        BuildInput(options: .init(inputPath: path, outputPath: "", vocabulary: .schemaOrg, drawGraphs: drawGraphs, memoryOutput: output),
                   checker: DocumentChecker())
    }

    private func temporaryFolder() -> URL {
        let url = TestScratch.folder.appendingPathComponent("ldpub-steps-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: Output paths

    @Test func everyGeneratedPathIsReadBackAsItsKind() {
        for file in OutputPath.PageFile.allCases {
            let path = OutputPath.page("hoe-werkt-ketamine", file)
            #expect(OutputPath(generated: path.relative) == path)
        }
        for file in OutputPath.SiteFile.allCases {
            #expect(OutputPath(generated: file.name) == .site(file))
        }
        #expect(OutputPath(generated: "Not-A-Slug/index.html") == nil)
        #expect(OutputPath(generated: "images/photo.jpg") == nil)
        #expect(OutputPath(generated: "a/b/index.html") == nil)
        #expect(OutputPath(generated: "CNAME") == nil)
    }

    @Test func theBuildChecksWhatTheDocumentCheckerCanCheck() {
        let paths = OutputPath.SiteFile.allCases.map(OutputPath.site) + OutputPath.PageFile.allCases.map { OutputPath.page("a", $0) }
        for path in paths where path.kind != .page(slug: "a", .claimsSVG) && path.kind != .site(.claimsSVG) {
            #expect(path.isCheckedByBuild == DocumentChecker.checks(path: path.relative), "\(path)")
        }
    }

    // MARK: Memory output

    @Test func aMemoryOutputCommitsReplacesAndRemovesLikeAFolder() throws {
        let output = MemoryOutput()
        output.stage(OutputFile(.site(.rss), text: "one"))
        output.stage(OutputFile(.page("a", .jsonLD), text: "{}"))
        let first = try output.commit(keeping: ["feed.xml", "a/index.jsonld"], removingStale: true)
        #expect(first.written == ["a/index.jsonld", "feed.xml"])
        output.stage(OutputFile(.site(.rss), text: "one"))
        output.stage(OutputFile(.staticCopy("images/x.svg"), text: "<svg/>"))
        let second = try output.commit(keeping: ["feed.xml", "images/x.svg"], removingStale: true)
        #expect(second.written == ["images/x.svg"])
        #expect(second.unchanged == 1)
        #expect(second.removed == ["a/index.jsonld"])
        output.stage(OutputFile(.site(.atom), text: "staged, then aborted"))
        output.abort()
        #expect(output.files.map(\.path) == ["feed.xml", "images/x.svg"])
    }

    // MARK: Steps

    @Test func loadingABrokenSiteStopsWithItsDiagnostics() throws {
        let folder = temporaryFolder()
        try Data("title: [unclosed\n".utf8).write(to: folder.appendingPathComponent("site.yaml"))
        var record = BuildRecord()
        #expect(throws: BuildStop.self) { try LoadedSite.load(input(folder.path), into: &record) }
        #expect(record.hasErrors)
        #expect(record.diagnostics.allSatisfy { $0.span.file.hasSuffix("site.yaml") })
    }

    @Test func findingArticlesCountsTheSamplesOneArticle() {
        var record = BuildRecord()
        let found = ArticleSearch.find(input(Self.sample), into: &record)
        #expect(found.count == 1)
        #expect(record.articleFileCount == 1)
    }

    @Test func theArticleStepStagesAValidArticlesFilesAndKeepsOnlyItsDigest() throws {
        let output = MemoryOutput()
        let input = input(Self.sample, output: output)
        var record = BuildRecord()
        let site = try LoadedSite.load(input, into: &record)
        let opened = try OpenedOutput.open(input, site: site)
        let articles = ArticleStep(input: input, site: site, output: opened).run(ArticleSearch.find(input, into: &record), into: &record)
        let item = try #require(articles.items.first)
        #expect(item.reused == false)
        #expect(item.decoded.value?.sections.allSatisfy { $0.body.isEmpty } == true)
        #expect(record.checked.map(\.path) == ["hoe-werkt-ketamine/index.jsonld"])
        #expect(!record.hasErrors)
        _ = try output.commit(keeping: Set(item.paths), removingStale: false)
        #expect(output.files.map(\.path) == ["hoe-werkt-ketamine/claims.dot", "hoe-werkt-ketamine/index.html",
                                             "hoe-werkt-ketamine/index.jsonld", "hoe-werkt-ketamine/jsonld.html"])
    }

    @Test func theCrossFileStepStopsOnAReferenceDefinedInTwoArticles() throws {
        let folder = temporaryFolder().appendingPathComponent("site")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.sample), to: folder)
        // The same article twice (its slug is its file's name): the same reference ids in two files.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("hoe-werkt-ketamine.yaml"), to: folder.appendingPathComponent("copy.yaml"))
        let input = input(folder.path)
        var record = BuildRecord()
        let site = try LoadedSite.load(input, into: &record)
        let opened = try OpenedOutput.open(input, site: site)
        var articles = ArticleStep(input: input, site: site, output: opened).run(ArticleSearch.find(input, into: &record), into: &record)
        #expect(!record.hasErrors)
        #expect(throws: BuildStop.self) { try CrossFileStep.run(input, site: site, output: opened, articles: &articles, into: &record) }
        #expect(record.diagnostics.contains { $0.severity == .error && $0.message.contains("is also defined in '\(folder.path)/copy.yaml'") })
        // Each copy's claims cite its own items: the error is at the second definition only,
        // with no claim told that it cites the other article's reference.
        #expect(!record.diagnostics.contains { $0.message.contains("a reference of") }, "\(record.diagnostics.map(\.message))")
    }
}
