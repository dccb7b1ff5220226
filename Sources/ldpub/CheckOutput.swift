// ldpub — MIT licence.

import LinkedDataJSON
import LinkedDataValidation

/// Prints what `ldpub check` found, in the format asked for, and its summary line.
struct CheckOutput {
    let format: DiagnosticFormat

    /// Writes the problems (text: to standard error; JSON and GitHub: to standard output) and
    /// the summary to standard error.
    func print(_ report: CheckReport) {
        switch format {
        case .text: StandardStreams.writeError(report.rendered)
        case .json: StandardStreams.writeOutput(Self.json(report.problems))
        case .github: StandardStreams.writeOutput(GitHubAnnotations.text(report.problems))
        }
        StandardStreams.writeError(Self.summary(report) + "\n")
    }

    /// The problems as `validate --format json` prints diagnostics: file, line, column, endLine,
    /// endColumn (null when the place in the file is not known), severity, message, notes.
    static func json(_ problems: [ValidationProblem]) -> String {
        let array = problems.map { problem -> JSONValue in
            let line = problem.position.map { JSONValue.int($0.line) } ?? .null
            let column = problem.position.map { JSONValue.int($0.column) } ?? .null
            return .object(JSONObject([
                ("file", problem.path.map(JSONValue.string) ?? .null), ("line", line), ("column", column),
                ("endLine", line), ("endColumn", column), ("severity", .string(problem.severity.rawValue)),
                ("message", .string(problem.message)), ("notes", .array([])),
            ]))
        }
        return JSONWriter().string(.array(array)) + "\n"
    }

    /// `6 files checked: 0 errors, 4 warnings (2 files repeat the JSON-LD of another file, whose problems are listed once)`
    static func summary(_ report: CheckReport) -> String {
        let checked = report.files.count { $0.kind != nil }
        let repeats = report.files.count { $0.repeats != nil }
        let note = repeats == 0 ? ""
            : " (\(Plural.count(repeats, "file")) \(repeats == 1 ? "repeats" : "repeat") the JSON-LD of another file, whose problems are listed once)"
        return "\(Plural.count(checked, "file")) checked: \(Plural.count(report.errorCount, "error")), \(Plural.count(report.warningCount, "warning"))" + note
    }
}

/// Counts with their nouns: `1 warning`, `2 warnings`, `0 errors`.
enum Plural {
    static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }
}
