// ldpub — MIT licence.

import Foundation
import Testing
import TestScratch

/// `ldpub report --format html`: the editorial view, for editors, next to the readers' pages.
@Suite struct EditorialReportTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles").path

    @Test func theEditorialViewGoesToStandardOutputOrAFile() throws {
        let printed = try LDPubBinary.run(["report", Self.sample, "--format", "html", "--as-of", "2026-01-01"])
        #expect(printed.status == 0, "\(printed)")
        #expect(printed.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(printed.standardOutput.contains("<h1>Editorial view: evidence and reviews</h1>"))
        #expect(printed.standardOutput.contains("<span class=\"weak\">(cites no source)</span>"))
        #expect(printed.standardOutput.contains("<h4>3 uncited sources (no claim cites it)</h4>"))
        #expect(!printed.standardOutput.contains("no source supports"))

        let folder = try TestScratch.newFolder("ldpub-editorial")
        let file = folder.appendingPathComponent("editorial.html").path
        let written = try LDPubBinary.run(["report", Self.sample, "--format", "html", "--as-of", "2026-01-01", "--output", file])
        #expect(written.status == 0, "\(written)")
        #expect(written.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.standardOutput)

        let unwritable = try LDPubBinary.run(["report", Self.sample, "--format", "html", "--output", folder.path + "/missing/x.html"])
        #expect(unwritable.status == 74, "\(unwritable)")
        #expect(unwritable.errorLines.last?.hasPrefix("error: cannot write '") == true)
        #expect(!unwritable.looksLikeACrash)
    }

    @Test func aSitesCatalogueChangesTheBuiltPagesAndAnUnknownKeyStopsTheBuild() throws {
        let input = try InputFolderMaker.baseSite()
        try input.write("i18n/nl.yaml", "sources.heading: Literatuur\nfacts.published: Verschenen\n")
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path])
        #expect(build.status == 0, "\(build)")
        let page = try #require(output.read("base-article/index.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(page.contains("<h2 id=\"sources\">Literatuur</h2>"))
        #expect(page.contains("<dt>Verschenen</dt>"))
        #expect(output.read("i18n/nl.yaml") == nil)

        try input.write("i18n/nl.yaml", "sources.heading: Literatuur\nfacts.publishd: Verschenen\n")
        let failed = try LDPubBinary.run(["build", input.path, "--output", output.path])
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.standardError.contains("i18n/nl.yaml:2:1: error: unknown key 'facts.publishd' in the message catalogue "
                                              + "(did you mean 'facts.published'?)"))
        #expect(try #require(output.read("base-article/index.html")) == page, "a failed build writes nothing")
    }
}
