// ldpub — MIT licence.

import ArgumentParser

/// The `ldpub` command: YAML article definitions to linked data.
@main
struct LDPub: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ldpub",
        abstract: "Turn YAML article definitions into schema.org JSON-LD, feeds and claim-provenance graphs.",
        discussion: """
            Input: a folder with site.yaml and one YAML file per article (default: Articles).
            Output: JSON-LD, RSS, Atom, JSON Feed, sitemap, DOT graphs and HTML pages (default: Output).
            Exit status: 0 success, 1 input errors, 64 usage errors, 74 I/O errors.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Build.self, Serve.self, Validate.self, Check.self, Report.self]
    )
}
