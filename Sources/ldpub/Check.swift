// ldpub — MIT licence.

import ArgumentParser
import Foundation
import LinkedDataValidation

/// `ldpub check`: validates JSON-LD, RSS, Atom and JSON Feed files, ours or anyone's.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate JSON-LD against schema.org, and RSS, Atom and JSON Feed against their standards.",
        discussion: """
            Takes files or folders (searched recursively, hidden folders skipped). A file is checked \
            by its kind: *.jsonld (and *.json with an @context) as JSON-LD, *.json with a jsonfeed.org \
            version as JSON Feed, *.xml by its root element as RSS or Atom, *.html and *.htm by the \
            JSON-LD of their <script type="application/ld+json"> elements (a page without one is \
            skipped in a folder). JSON-LD that an earlier file holds too (a page's copy of its \
            index.jsonld) is reported once. Exits 1 when there are errors, or nothing to check.

            Example:
              ldpub check public saved-page.html --format github
            """
    )

    @Argument(help: "Files or folders to check.")
    var paths: [String] = ["Output"]

    @Option(help: "How to print problems: text, json (for editors and CI) or github (GitHub Actions annotations).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var warningsAsErrors = false

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("'\(path)' does not exist")
        }
    }

    func run() throws {
        try OpenFilesLimit.prepare()
        try BundledVocabulary.require()
        let report = DocumentChecker().check(paths: paths)
        CheckOutput(format: format).print(report)
        // A mistyped folder in CI must not pass as "0 files checked".
        if report.files.isEmpty {
            StandardStreams.writeError("error: nothing to check in \(paths.map { "'\($0)'" }.joined(separator: ", ")): "
                                       + "no JSON-LD, RSS, Atom or JSON Feed file, and no page with JSON-LD\n")
            throw ExitCode.failure
        }
        if report.hasErrors || (warningsAsErrors && report.warningCount > 0) {
            throw ExitCode.failure
        }
    }
}
