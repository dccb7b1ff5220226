// ldpub — MIT licence.

import ArticleModel
import Foundation
import HTMLExport
import ModelFixtures
import Testing

/// The pages built from the fixtures, the real sample (`Articles/`) and the larger fixture site
/// (`Tests/Fixtures/Sites/clinic/`) into a temporary
/// folder, as a build lays them out: every page and the overview are there, and every
/// relative link between them leads to a file of the build (the feeds come from other exporters).
@Suite struct BuiltSiteTests {
    static let feeds: Set<String> = ["feed.xml", "atom.xml", "feed.json"]

    static func publications() throws -> [(name: String, publication: Publication)] {
        [("sample", try TestSite.sample()), ("clinic", try TestSite.clinic()), ("standard", SamplePublication.standard()),
         ("minimal", SamplePublication.minimal())]
    }

    @Test func everyPageAndTheOverviewAreWrittenAndLinkToFilesOfTheBuild() throws {
        let folder = try TestSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, publication) in try Self.publications() {
            let root = folder.appendingPathComponent(name)
            let files = try TestSite.files(publication, svg: true)
            try TestSite.write(files, to: root)
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("index.html").path))
            for article in publication.articles {
                #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(article.slug + "/index.html").path))
            }
            for (path, text) in files where path.hasSuffix("index.html") {
                let directory = root.appendingPathComponent(path).deletingLastPathComponent()
                for href in PageText(text).attributeValues("href") where !href.hasPrefix("#") && !href.contains("://") {
                    let target = String(href.prefix { $0 != "#" })
                    let resolved = directory.appendingPathComponent(target).standardizedFileURL
                    if Self.feeds.contains(resolved.lastPathComponent) { continue }
                    #expect(FileManager.default.fileExists(atPath: resolved.path), "\(name)/\(path) links to \(href), which the build does not write")
                }
            }
        }
    }

    @Test func theSamplePageShowsItsClaimsAndItsGraph() throws {
        let publication = try TestSite.sample()
        let files = try TestSite.files(publication, svg: true)
        let page = try #require(files["hoe-werkt-ketamine/index.html"])
        #expect(PageText(page).count("<li id=\"claim-") == publication.articles[0].claims.count)
        #expect(PageText(page).count("<li id=\"ref-") == publication.citedReferences(of: publication.articles[0]).count)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n"))
        #expect(page.contains("<span class=\"claim-status\">Geen bron genoemd</span>"))
        #expect(!page.contains("no source supports"))
        #expect(page.contains("<li id=\"ref-zarate2006\" class=\"reference uncited\" value=\"8\">"))
        if TestSite.graphviz != nil {
            #expect(page.contains("<svg role=\"img\""))
            #expect(page.contains("<li><a href=\"claims.svg\">Het schema als SVG-bestand</a></li>"))
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let publication = try TestSite.sample()
        #expect(try TestSite.files(publication) == TestSite.files(publication))
        for (_, text) in try TestSite.files(publication) {
            #expect(!text.contains("\r"))
            #expect(text.hasSuffix("\n"))
        }
    }
}
