// ldpub — MIT licence.

import ArticleModel
import Foundation
import Publishing
import Testing
import TestScratch

/// A site's `templates/` in a build: its layouts make the pages, a broken template is a located
/// error and writes nothing, an edited template rebuilds the pages, and nothing in `templates/`
/// is read as an article.
@Suite struct SiteTemplateBuildTests {
    private let cacheRoot = TestScratch.folder.appendingPathComponent("ldpub-template-caches-\(UUID().uuidString)").path

    private func temporaryFolder() -> URL {
        TestScratch.folder.appendingPathComponent("ldpub-templates-\(UUID().uuidString)")
    }

    /// A copy of the clinic fixture with `templates` (paths below `templates/` to texts).
    private func site(_ templates: [String: String]) throws -> URL {
        let input = temporaryFolder()
        try FileManager.default.copyItem(atPath: FolderBuildTests.clinic, toPath: input.path)
        for (path, text) in templates { try write(text, to: input.appendingPathComponent("templates/" + path)) }
        return input
    }

    private func write(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }

    private func build(_ input: URL, _ output: URL, cache: Bool = false) -> FolderBuild.Report {
        FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: FolderBuildTests.vocabulary,
                                   drawGraphs: false, cacheKey: cache ? "test" : nil, cacheRoot: cacheRoot)).run()
    }

    private func pages(in output: URL) throws -> [String: String] {
        var pages: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: output.path) where path == "index.html" || path.hasSuffix("/index.html") {
            pages[path] = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        return pages
    }

    static let layout = """
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head><meta charset="utf-8"><title>{{title}}</title>
        {{{jsonLD}}}</head>
        <body data-layout="site">
        {{> partials/byline}}
        {{#sections}}<h2 id="{{anchor}}">{{heading}}</h2>{{{bodyHTML}}}{{/sections}}
        </body>
        </html>

        """

    @Test func aSiteTemplateMakesEveryArticlePage() throws {
        let input = try site([
            "article.mustache": Self.layout,
            "partials/byline.mustache": "<p class=\"byline\">{{#authors}}{{^isFirst}}, {{/isFirst}}{{name}}{{/authors}}</p>\n",
            // Not articles: a YAML file in templates/ is never read as one, and a stray file is a warning.
            "notes.yaml": "title: not an article\n",
            "README.txt": "notes\n",
        ])
        let output = temporaryFolder()
        let report = build(input, output)
        #expect(report.failure == nil, "\(report.validation.diagnostics.map(\.message))")
        #expect(report.validation.articleFileCount == 4)
        #expect(report.validation.diagnostics.contains { $0.severity == .warning && $0.message.contains("'templates/README.txt' is not a template") })
        let pages = try pages(in: output)
        let articles = pages.filter { $0.key != "index.html" }
        #expect(articles.count == 4)
        for (path, html) in articles {
            #expect(html.contains("<body data-layout=\"site\">\n<p class=\"byline\">"), "\(path)")
            #expect(html.contains("<script type=\"application/ld+json\">"), "\(path)")
            #expect(!html.contains("class=\"site-header\""), "\(path)")
        }
        // The index keeps ldpub's layout.
        #expect(pages["index.html"]?.contains("<ol class=\"article-list\"") == true)
    }

    @Test func aSyntaxErrorIsLocatedAndNothingIsWritten() throws {
        let input = try site(["article.mustache": "<h1>{{title}}</h1>\n{{#sections}}\n<h2>{{heading}}</h2>\n"])
        let output = temporaryFolder()
        let report = build(input, output)
        guard case .inputErrors = report.failure else {
            Issue.record("expected input errors, got \(String(describing: report.failure))")
            return
        }
        let errors = report.validation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.file):\($0.mark): \($0.message)" }
            == [input.path + "/templates/article.mustache:2:1: section 'sections' is never closed (add '{{/sections}}')"])
        #expect(!FileManager.default.fileExists(atPath: output.path), "a first build with an error creates no output folder")
    }

    @Test func aBrokenTemplateLeavesThePreviousBuildAsItWas() throws {
        let input = try site([:])
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        let before = try pages(in: output)
        try write("{{> partials/missing}}\n", to: input.appendingPathComponent("templates/article.mustache"))
        let report = build(input, output)
        #expect(report.validation.diagnostics.map(\.message) == [
            "unknown partial 'partials/missing'; a partial is a template named by its path below 'templates/' without '.mustache'",
        ])
        #expect(report.failure != nil)
        #expect(try pages(in: output) == before)
    }

    @Test func anEditedTemplateRebuildsThePages() throws {
        let input = try site(["article.mustache": Self.layout, "partials/byline.mustache": "<p>one</p>\n"])
        // Older than the cache's trust margin, as files usually are.
        for name in try FileManager.default.subpathsOfDirectory(atPath: input.path) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: input.appendingPathComponent(name).path)
        }
        let output = temporaryFolder()
        #expect(build(input, output, cache: true).failure == nil)
        let unchanged = build(input, output, cache: true)
        #expect(unchanged.reusedArticles == 4)
        try write("<p>two</p>\n", to: input.appendingPathComponent("templates/partials/byline.mustache"))
        let edited = build(input, output, cache: true)
        #expect(edited.failure == nil)
        #expect(edited.reusedArticles == 0)
        let pages = try pages(in: output).filter { $0.key != "index.html" }
        #expect(pages.count == 4)
        #expect(pages.values.allSatisfy { $0.contains("<p>two</p>") })
        // The same bytes as a build without a cache.
        let fresh = temporaryFolder()
        #expect(build(input, fresh).failure == nil)
        #expect(try self.pages(in: fresh) == self.pages(in: output))
    }
}
