// ldpub — MIT licence.

import ArticleModel
import Testing

/// Inputs that are valid but deserve a warning: every file in `Fixtures/Warnings/` must validate
/// with exactly the diagnostics in its `.expected` file, and with no error.
@Suite struct WarningFixtureTests {
    @Test(arguments: FixtureSupport.fixtureNames(in: "Warnings"))
    func fixtureWarnsAsExpected(_ name: String) throws {
        let (result, files) = try FixtureSupport.validateInvalidFixture(name, folder: "Warnings")
        #expect(result.succeeded, "\(name) should validate")
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.diagnostics.warningCount > 0)
        let rendered = DiagnosticRenderer { files[$0] }.text(result.diagnostics)
        try FixtureSupport.expectMatches(rendered, expectationFile: "Warnings/\(name).expected")
    }
}
