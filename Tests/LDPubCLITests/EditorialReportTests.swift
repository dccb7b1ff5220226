// ldpub — MIT licence.

import Foundation
import Testing

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

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldpub-editorial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
}
