// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import Foundation
import HTMLExport
import JSONLDExport
import Publishing
import SchemaOrgVocabulary
import Testing
import TestScratch

/// Sites built in memory the way a build makes them: per article `index.html`, `index.jsonld`,
/// `jsonld.html`, `claims.dot` (and `claims.svg` when asked and Graphviz is installed), and
/// at the top the site's `claims.dot` (and `claims.svg`) and the index of articles `index.html`.
enum TestSite {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A renderer for the `dot` on PATH, or nil when Graphviz is not installed.
    static let graphviz: GraphvizRenderer? = try? GraphvizRenderer(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")

    /// The sample input, `Articles/`, validated as `ldpub build` validates it.
    static func sample() throws -> Publication { try validated("Articles") }

    /// The larger fixture site, `Tests/Fixtures/Sites/clinic/`.
    static func clinic() throws -> Publication { try validated("Tests/Fixtures/Sites/clinic") }

    /// The input folder at `path` (relative to the package, or absolute), validated as `ldpub build` validates it.
    static func validated(_ path: String) throws -> Publication {
        let vocabulary = TermVocabulary.schemaOrg
        let folder = path.hasPrefix("/") ? path : packageRoot.appendingPathComponent(path).path
        let result = InputValidator(vocabulary: vocabulary).validate(folder: folder)
        return try #require(result.publication, "\(path) does not validate: \(result.diagnostics.filter { $0.severity == .error })")
    }

    /// Every file, by path below the output folder.
    static func files(_ publication: Publication, svg: Bool = false) throws -> [String: String] {
        let graph = PageGraph(publication: publication)
        let claimGraph = ArticleClaimGraph(publication: publication)
        let page = ArticlePage(publication: publication)
        let renderer = svg ? graphviz : nil
        var files: [String: String] = [:]
        for article in publication.articles {
            let document = graph.document(for: article)
            let dot = claimGraph.render(article)
            let drawing = try renderer.map { try $0.renderSVG(dot) }
            files[article.slug + "/index.jsonld"] = PageGraph.file(of: document)
            files[article.slug + "/jsonld.html"] = PageGraph.htmlSnippet(of: document)
            files[article.slug + "/claims.dot"] = dot
            if let drawing { files[article.slug + "/claims.svg"] = drawing }
            files[ArticlePage.relativePath(of: article)] = page.render(article, jsonLD: document, claimsSVG: drawing)
        }
        let siteGraph = SiteClaimGraph(publication: publication).render()
        files[SiteClaimGraph.relativePath] = siteGraph
        if let renderer { files["claims.svg"] = try renderer.renderSVG(siteGraph) }
        files[SiteIndex.relativePath] = SiteIndex(site: publication.site).render(publication.articles)
        return files
    }

    /// Writes `files` below `folder`.
    static func write(_ files: [String: String], to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = try TestScratch.newFolder("ldpub-html")
        return url
    }
}
