// ldpub — MIT licence.

import ArticleModel
import Testing

/// The bad-input corpus: every file in `Fixtures/Invalid/` must fail validation with exactly
/// the diagnostics in its `.expected` file (position, severity, message, excerpt and notes).
@Suite struct InvalidInputTests {
    @Test func theCorpusCoversEveryKindOfError() {
        #expect(FixtureSupport.invalidFixtureNames().count >= 40)
    }

    @Test(arguments: FixtureSupport.invalidFixtureNames())
    func fixtureFailsWithItsExpectedDiagnostics(_ name: String) throws {
        let (result, files) = try FixtureSupport.validateInvalidFixture(name)
        #expect(!result.succeeded, "\(name) should not validate")
        #expect(result.publication == nil)
        #expect(result.diagnostics.errorCount > 0)
        let rendered = DiagnosticRenderer { files[$0] }.text(result.diagnostics)
        try FixtureSupport.expectMatches(rendered, expectationFile: "Invalid/\(name).expected")
    }

    @Test func theBaseSiteAloneIsValidWithoutWarnings() throws {
        let site = SourceFile(path: "Articles/site.yaml", bytes: try FixtureSupport.bytes("BaseSite/site.yaml"))
        let article = SourceFile(path: "Articles/base-article.yaml", bytes: try FixtureSupport.bytes("BaseSite/base-article.yaml"))
        let result = InputValidator(vocabulary: FixtureSupport.vocabulary).validate(site: site, articles: [article])
        #expect(result.diagnostics == [])
        #expect(result.publication?.articles.map(\.slug) == ["base-article"])
    }
}
