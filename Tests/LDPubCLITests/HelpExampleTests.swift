// ldpub — MIT licence.

import Testing

/// Every subcommand's `--help` shows one example of its use.
@Suite struct HelpExampleTests {
    static let examples = [
        "init": "ldpub init my-site && ldpub build my-site --output public",
        "build": "ldpub build Articles --output public --svg",
        "serve": "ldpub serve Articles --port 8080 --output public",
        "validate": "ldpub validate Articles --format github --max-review-age 180",
        "check": "ldpub check public saved-page.html --format github",
        "report": "ldpub report Articles --format markdown --as-of 2025-06-30 > evidence.md",
    ]

    @Test(arguments: examples.keys.sorted())
    func helpShowsAnExample(subcommand: String) throws {
        let run = try LDPubBinary.run([subcommand, "--help"])
        #expect(run.status == 0, "\(run)")
        #expect(run.standardOutput.contains("Example:\n  \(Self.examples[subcommand]!)\n"), "\(run.standardOutput)")
    }

    @Test func everySubcommandHasAnExample() throws {
        let help = try LDPubBinary.run(["--help"]).standardOutput
        // Subcommand lines are indented by two spaces; their wrapped descriptions by more.
        let listed = help.split(separator: "\n").drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst()
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.hasPrefix("  See ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(listed) == Set(Self.examples.keys), "\(help)")
    }
}
