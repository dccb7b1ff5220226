// ldpub — MIT licence.

import Foundation
import Testing

/// `ldpub init`: a new site that validates and builds cleanly, and never overwrites a file.
@Suite struct InitCommandTests {
    @Test func aNewSiteValidatesAndBuildsWithoutWarnings() throws {
        let parent = try InputFolderMaker()
        let site = parent.path + "/my-site"
        let run = try LDPubBinary.run(["init", site])
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput == """
            created \(site)/site.yaml
            created \(site)/washing-hands.yaml
            created \(site)/static/images/washing-hands.svg
            created \(site)/schemas/site.schema.json
            created \(site)/schemas/article.schema.json

            """)
        #expect(run.errorLines == ["next: ldpub validate \(site) && ldpub build \(site) --output public"])
        let article = try #require(parent.read("my-site/washing-hands.yaml"))
        #expect(article.hasPrefix("# yaml-language-server: $schema=schemas/article.schema.json\n"))
        #expect(parent.read("my-site/site.yaml")?.hasPrefix("# yaml-language-server: $schema=schemas/site.schema.json\n") == true)

        let validate = try LDPubBinary.run(["validate", site])
        #expect(validate.status == 0, "\(validate)")
        #expect(validate.errorLines == ["1 article: 0 errors, 0 warnings"])
        let build = try LDPubBinary.run(["build", site, "--output", parent.path + "/public"])
        #expect(build.status == 0, "\(build)")
        #expect(build.errorLines.last == "outputs checked against schema.org and the feed standards: 0 errors, 0 warnings")
        let check = try LDPubBinary.run(["check", parent.path + "/public", "--warnings-as-errors"])
        #expect(check.status == 0, "\(check)")
    }

    /// `--templates` writes ldpub's page templates into a site, which then builds exactly the
    /// pages it built without them (they are the default layout), and never overwrites one.
    @Test func theBuiltInTemplatesAreWrittenToChangeAndBuildTheSamePages() throws {
        let input = try InputFolderMaker.baseSite()
        let before = try InputFolderMaker()
        #expect(try LDPubBinary.run(["build", input.path, "--output", before.path]).status == 0)
        let run = try LDPubBinary.run(["init", "--templates", input.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.split(separator: "\n").map(String.init) == [
            "article", "index", "partials/claim", "partials/head", "partials/site-header", "partials/time",
        ].map { "created \(input.path)/templates/\($0).mustache" })
        let after = try InputFolderMaker()
        #expect(try LDPubBinary.run(["build", input.path, "--output", after.path]).status == 0)
        #expect(try OrdinaryMachineTests.files(in: after.url) == OrdinaryMachineTests.files(in: before.url))
        let again = try LDPubBinary.run(["init", "--templates", input.path])
        #expect(again.status == 1, "\(again)")
    }

    @Test func theDefaultFolderIsArticles() throws {
        #expect(try LDPubBinary.run(["init", "--help"]).standardOutput.contains("(default: Articles)"))
    }

    @Test func anExistingFileStopsItBeforeAnythingIsWritten() throws {
        let site = try InputFolderMaker()
        try site.write("washing-hands.yaml", "title: mine\n")
        let run = try LDPubBinary.run(["init", site.path])
        #expect(run.status == 1, "\(run)")
        #expect(run.errorLines == [
            "error: '\(site.path)/washing-hands.yaml' already exists; nothing written (init never overwrites a file: choose another folder)",
        ])
        #expect(site.read("site.yaml") == nil)
        #expect(site.read("washing-hands.yaml") == "title: mine\n")
        #expect(!FileManager.default.fileExists(atPath: site.path + "/schemas"))
    }
}
