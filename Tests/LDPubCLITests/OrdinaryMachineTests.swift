// ldpub — MIT licence.

import Foundation
import Testing

/// What ordinary machines impose that a generous lab hides: a stock open-files limit, and
/// aliases that multiply text up to the size limits.
@Suite struct OrdinaryMachineTests {
    /// A small valid article of the base site, with its own slug and claim.
    static func smallArticle(_ number: Int) -> String {
        """
        title: Artikel \(number)
        description: Artikel nummer \(number).
        published: 2025-01-15
        reviewed: {by: jan-jansen, date: 2025-01-10}
        authors: [redactie]
        sections:
          - heading: Inleiding
            body: Tekst van artikel \(number).
            claims:
              - {id: c\(number), text: Bewering \(number)., sources: [gedeeld2020]}

        """
    }

    /// Linux's usual soft limit is 1,024 and macOS's 256: a build may not hold a file per article.
    @Test func threeThousandArticlesBuildWithTheOpenFilesLimitAt256() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        for number in 1...3_000 { try input.write(String(format: "artikel-%04d.yaml", number), Self.smallArticle(number)) }
        let output = try InputFolderMaker()
        let first = try LDPubBinary.run(["build", input.path, "--output", output.path], timeout: .seconds(300), openFiles: 256)
        #expect(first.status == 0, "\(first)")
        #expect(first.standardError.contains(": 12005 files written, 0 unchanged, 0 removed"), "\(first)")
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("artikel-2999/index.html").path))

        // A rebuild after one article changed and one was removed stages, renames and removes
        // across the folders at the same limit.
        try input.write("artikel-0007.yaml", Self.smallArticle(7).replacingOccurrences(of: "Artikel 7", with: "Artikel zeven"))
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("artikel-0008.yaml"))
        let second = try LDPubBinary.run(["build", input.path, "--output", output.path], timeout: .seconds(300), openFiles: 256)
        #expect(second.status == 0, "\(second)")
        #expect(second.standardError.contains(", 4 removed"), "\(second)")
        #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent("artikel-0008").path))
        let check = try LDPubBinary.run(["check", output.path], timeout: .seconds(300), openFiles: 256)
        #expect(check.status == 0, "\(check)")
    }

    /// The case, cut to what the limit lets through: a 100 KB description aliased in
    /// `keywords` until the text nears 16 MiB builds in bounded time and memory; one alias more
    /// is a located error.
    @Test func aliasedTextUpToTheSizeLimitBuildsInBoundedMemory() throws {
        let input = try InputFolderMaker.baseSite(article: false)
        let long = String(repeating: "woord ", count: 16_667)
        func article(aliases: Int) -> String {
            Self.smallArticle(1).replacingOccurrences(of: "description: Artikel nummer 1.", with: "description: &d \"\(long)\"")
                + "keywords:" + String(repeating: "\n  - *d", count: aliases) + "\n"
        }
        try input.write("lang.yaml", article(aliases: 160))
        let output = try InputFolderMaker()
        let build = try LDPubBinary.run(["build", input.path, "--output", output.path], timeout: .seconds(120))
        #expect(build.status == 0, "\(build)")
        #expect(build.peakMegabytes < 400, "\(build)")
        #expect(build.duration < .seconds(60), "\(build)")
        HostileCLITests.record("aliased text near 16 MiB", build)

        try input.write("lang.yaml", article(aliases: 99_000))
        let refused = try LDPubBinary.run(["validate", input.path])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.standardError.contains("lang.yaml:171:5: error: aliases expand this document to "), "\(refused)")
        #expect(refused.duration < .seconds(10), "\(refused)")
        #expect(refused.peakMegabytes < 200, "\(refused)")
    }
}
