// ldpub — MIT licence.

import Foundation
import LinkedDataValidation
import Testing
import TestScratch

@Suite struct DocumentCheckerTests {
    let checker = DocumentChecker()

    @Test func validFixturesPassAndAreRecognised() throws {
        let folder = try Fixtures.folder.appendingPathComponent("Valid").path
        let report = checker.check(paths: [folder])
        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["atom.xml", "feed.json", "feed.xml", "medical-page.jsonld"])
        #expect(report.files.map(\.kind) == [.atom, .jsonFeed, .rss, .jsonLD])
        #expect(report.problems == [])
        #expect(!report.hasErrors)
        #expect(report.rendered == "")
    }

    /// A temporary folder with the given files (relative path to contents), removed afterwards.
    func withFolder(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let root = TestScratch.folder.appendingPathComponent("ldpub-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        try body(root.path)
    }

    /// libxml2 given a whole document over 10 MB at once fails ("huge input lookup"); a sitemap
    /// of 100,000 articles is that big. Such a sitemap is skipped (another root), such a feed checked.
    @Test func xmlOverTenMegabytesIsRead() throws {
        var sitemap = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"# + "\n"
        for index in 0..<120_000 { sitemap += "  <url><loc>https://example.org/a-long-article-slug-number-\(index)/</loc><lastmod>2025-01-01</lastmod></url>\n" }
        sitemap += "</urlset>\n"
        #expect(sitemap.utf8.count > 10_000_000)
        #expect(checker.check(contents: Data(sitemap.utf8), path: "sitemap.xml")?.problems.contains { $0.severity == .error } != true)
        var rss = #"<rss version="2.0"><channel><title>T</title><link>https://example.org/</link><description>D</description>"#
        for index in 0..<60_000 {
            rss += "<item><title>Item \(index)</title><link>https://example.org/\(index)/</link><guid>https://example.org/\(index)/</guid>"
                + "<description>A description long enough to make the feed big, number \(index).</description></item>"
        }
        rss += "</channel></rss>"
        #expect(rss.utf8.count > 10_000_000)
        let checked = try #require(checker.check(contents: Data(rss.utf8), path: "feed.xml"))
        #expect(checked.problems.filter { $0.severity == .error }.map(\.message) == [])
    }

    @Test func filesAreChosenByExtensionAndContentAndWalkedInOrder() throws {
        let rss = #"<rss version="2.0"><channel><title>T</title><link>https://example.org/</link><description>D</description></channel></rss>"#
        try withFolder([
            "b/page.jsonld": #"{"@context": "https://schema.org", "@type": "Person", "@id": "x:p", "name": "P"}"#,
            "a.json": #"{"@context": "https://schema.org", "@type": "Persn", "@id": "x:p"}"#,
            "feed.json": #"{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": []}"#,
            "package.json": #"{"name": "not checked"}"#,
            "broken.json": "{",
            "sitemap.xml": #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>"#,
            "feed.rss": "<feed/>",
            "c.xml": rss,
            "notes.txt": "x",
            ".hidden/x.jsonld": "{",
            "b/.also-hidden/y.jsonld": "{",
        ]) { root in
            let report = checker.check(paths: [root + "/"])
            let relative = report.files.map { String($0.path.dropFirst(root.count + 1)) }
            #expect(relative == ["a.json", "broken.json", "c.xml", "feed.json", "feed.rss", "b/page.jsonld"])
            #expect(report.files.map(\.kind) == [.jsonLD, nil, .rss, .jsonFeed, .rss, .jsonLD])
            #expect(report.rendered == """
            \(root)/a.json:1:45: error: x:p: unknown type 'Persn' (did you mean 'Person'?)
            \(root)/broken.json:1:2: error: invalid JSON: the document ends where a member name is expected
            \(root)/c.xml: warning: channel has no <atom:link rel="self"> (the feed's own address)
            \(root)/c.xml: warning: channel has no items
            \(root)/feed.json: warning: top-level 'home_page_url' is recommended
            \(root)/feed.json: warning: top-level 'feed_url' is recommended
            \(root)/feed.rss: error: root element is <feed>, expected <rss>

            """)
            #expect(report.errorCount == 3)
            #expect(report.warningCount == 4)
            #expect(report.hasErrors)
        }
    }

    @Test func missingPathsAreErrors() {
        let report = checker.check(paths: ["/nonexistent/ldpub/Output"])
        #expect(report.rendered == "/nonexistent/ldpub/Output: error: no such file or directory\n")
    }

    @Test func documentsInMemoryAreCheckedByTheirPath() {
        let page = Data(#"{"@context": "https://schema.org", "@type": "Person", "@id": "https://example.org/#a", "headline": "H"}"#.utf8)
        let checked = checker.check(contents: page, path: "Output/a/index.jsonld")
        #expect(checked?.kind == .jsonLD)
        #expect(checked?.problems.map(\.description) == [
            "Output/a/index.jsonld:1:88: error: #a: property 'headline' is not allowed on Person (its domain is CreativeWork)",
        ])
        #expect(checker.check(contents: page, path: "Output/a/claims.dot") == nil)
    }

    @Test func checkingConcurrentlyGivesTheSameReport() async throws {
        let folder = try Fixtures.folder.path
        let sequential = checker.check(paths: [folder])
        let concurrent = await checker.check(paths: [folder], maximumConcurrency: 8)
        #expect(concurrent == sequential)
        #expect(sequential.files.count == Fixtures.mutationNames.count + 4 + 2, "mutations, Valid/ and Wild/")
    }
}

@Suite struct DocumentCheckerPageTests {
    @Test func aFolderChecksPagesAfterItsFilesAndListsRepeatedJSONLDOnce() throws {
        let document = #"{"@context": "https://schema.org", "@type": "Persn", "@id": "x:p"}"#
        let root = TestScratch.folder.appendingPathComponent("ldpub-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "a/index.html": "<html>\n<script type=\"application/ld+json\">\n\(document)\n</script></html>",
            "a/index.jsonld": document,
            "a/jsonld.html": "<script type=\"application/ld+json\">\(document)</script>",
            "overview.html": "<p>no JSON-LD</p>",
        ]
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        let report = DocumentChecker().check(paths: [root.path])
        let relative = report.files.map { String($0.path.dropFirst(root.path.count + 1)) }
        #expect(relative == ["a/index.jsonld", "a/index.html", "a/jsonld.html"])
        #expect(report.files.map(\.kind) == [.jsonLD, .html, .html])
        #expect(report.files.map(\.repeats) == [nil, "\(root.path)/a/index.jsonld", "\(root.path)/a/index.jsonld"])
        #expect(report.rendered == "\(root.path)/a/index.jsonld:1:45: error: x:p: unknown type 'Persn' (did you mean 'Person'?)\n")
        // Named on its own, a page is checked in full.
        let page = DocumentChecker().check(paths: [root.path + "/a/index.html"])
        // The script's JSON starts on the line after its start tag; the problem points at the type.
        #expect(page.rendered == "\(root.path)/a/index.html:3:45: error: x:p: unknown type 'Persn' (did you mean 'Person'?)\n")
    }
}
