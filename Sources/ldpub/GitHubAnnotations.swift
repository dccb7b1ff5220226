// ldpub — MIT licence.

import ArticleModel
import LinkedDataValidation
import WorkflowCommands

/// `--format github`: diagnostics and check problems as GitHub Actions workflow commands.
enum GitHubAnnotations {
    /// One `::error`/`::warning` line per diagnostic; its notes are further lines of the message.
    static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let span = diagnostic.span
            let notes = diagnostic.notes.map { "\n" + DiagnosticRenderer.headline($0.span, .note, $0.message) }.joined()
            let oneLine = span.end.line == span.start.line && span.end.column > span.start.column
            let annotation = GitHubAnnotation(
                diagnostic.severity == .error ? .error : diagnostic.severity == .warning ? .warning : .notice,
                file: span.file, line: span.start.line, column: span.start.column,
                endLine: oneLine ? span.end.line : nil, endColumn: oneLine ? span.end.column - 1 : nil,
                message: diagnostic.message + notes)
            return "\(annotation)\n"
        }.joined()
    }

    /// One `::error`/`::warning` line per problem, with its line and column when known.
    static func text(_ problems: [ValidationProblem]) -> String {
        problems.map { problem in
            let annotation = GitHubAnnotation(problem.severity == .error ? .error : .warning, file: problem.path,
                                              line: problem.position?.line, column: problem.position?.column, message: problem.message)
            return "\(annotation)\n"
        }.joined()
    }
}
