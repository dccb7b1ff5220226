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
            version as JSON Feed, *.xml by its root element as RSS or Atom. Exits 1 when there are errors.
            """
    )

    @Argument(help: "Files or folders to check.")
    var paths: [String] = ["Output"]

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var warningsAsErrors = false

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("'\(path)' does not exist")
        }
    }

    func run() throws {
        let report = DocumentChecker().check(paths: paths)
        StandardStreams.writeError(report.rendered)
        let checked = report.files.count { $0.kind != nil }
        StandardStreams.writeError("\(checked == 1 ? "1 file" : "\(checked) files") checked: \(report.errorCount) errors, \(report.warningCount) warnings\n")
        if report.hasErrors || (warningsAsErrors && report.warningCount > 0) {
            throw ExitCode.failure
        }
    }
}
