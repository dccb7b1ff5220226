// ldpub — MIT licence.

import Foundation
import Testing

/// A work without a date is cited with the "no date" term of the page's language, as Pandoc's
/// citeproc does with the CSL locales: "n.d." in English, "z.d." (zonder datum) in Dutch. The
/// site graph, shared by every language, uses the site's.
@Suite struct NoDateTermTests {
    static let undatedSiteReference = """
          - id: kompas
            type: webpage
            title: Ketamine
            author:
              - literal: Farmacotherapeutisch Kompas
            URL: https://www.farmacotherapeutischkompas.nl/

        """

    /// A small article of the base site that cites the undated site reference.
    static func article(_ number: Int, language: String?) -> String {
        (language.map { "language: \($0)\n" } ?? "")
            + OrdinaryMachineTests.smallArticle(number).replacingOccurrences(of: "sources: [gedeeld2020]", with: "sources: [kompas]")
    }

    @Test func eachPageAndGraphSaysNoDateInItsOwnLanguage() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let site = try #require(input.read("site.yaml"))
        try input.write("site.yaml", site.replacingOccurrences(of: "feeds:\n", with: Self.undatedSiteReference + "feeds:\n"))
        try input.write("nederlands.yaml", Self.article(1, language: nil))
        try input.write("english.yaml", Self.article(2, language: "en"))
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path, "--no-svg"])
        #expect(build.status == 0, "\(build)")

        let dutchPage = try #require(output.read("nederlands/index.html"))
        #expect(dutchPage.contains("Farmacotherapeutisch Kompas z.d.</strong>"))
        #expect(dutchPage.contains("Farmacotherapeutisch Kompas (z.d.)."))
        #expect(!dutchPage.contains("n.d."))
        let englishPage = try #require(output.read("english/index.html"))
        #expect(englishPage.contains("Farmacotherapeutisch Kompas n.d.</strong>"))
        #expect(englishPage.contains("Farmacotherapeutisch Kompas (n.d.)."))
        #expect(!englishPage.contains("z.d."))

        // The English article's graph relabels the site reference prepared in Dutch.
        #expect(try #require(output.read("nederlands/claims.dot")).contains("Farmacotherapeutisch Kompas z.d."))
        let englishGraph = try #require(output.read("english/claims.dot"))
        #expect(englishGraph.contains("Farmacotherapeutisch Kompas n.d."))
        #expect(!englishGraph.contains("z.d."))
        let siteGraph = try #require(output.read("claims.dot"))
        #expect(siteGraph.contains("Farmacotherapeutisch Kompas z.d."))
        #expect(!siteGraph.contains("n.d."))
    }
}
