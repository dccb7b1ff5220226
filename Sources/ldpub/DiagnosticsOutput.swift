// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// Compiler-style lines with the source line and a caret.
    case text
    /// A JSON array, for editors and CI.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), which annotate
    /// the files of a pull request.
    case github
}

/// Prints diagnostics and the summary line.
struct DiagnosticsOutput {
    let format: DiagnosticFormat
    /// In text, print at most this many warnings (every error is printed); nil prints all.
    var warningLimit: Int? = nil

    /// Writes the diagnostics (text: to standard error; JSON: to standard output) and a summary to standard error.
    func print(_ result: ValidationResult) {
        switch format {
        case .text:
            // Excerpts come from the input as validated: never through a link out of the input folder.
            let renderer = DiagnosticRenderer { path in result.source(of: path) }
            var shown = result.diagnostics
            var hidden = 0
            if let warningLimit, result.diagnostics.warningCount > warningLimit {
                var warnings = 0
                shown = result.diagnostics.filter { diagnostic in
                    guard diagnostic.severity == .warning else { return true }
                    warnings += 1
                    return warnings <= warningLimit
                }
                hidden = result.diagnostics.warningCount - warningLimit
            }
            StandardStreams.writeError(renderer.text(shown))
            if hidden > 0 {
                StandardStreams.writeError("… and \(Plural.count(hidden, "more warning")) (`ldpub validate` prints them all, `--all-warnings` too)\n")
            }
        case .json:
            StandardStreams.writeOutput(DiagnosticRenderer().json(result.diagnostics))
        case .github:
            StandardStreams.writeOutput(GitHubAnnotations.text(result.diagnostics))
        }
        StandardStreams.writeError(Self.summary(result) + "\n")
    }

    /// `1 article: 0 errors, 27 warnings`
    static func summary(_ result: ValidationResult) -> String {
        let articles = result.articleFileCount == 1 ? "1 article" : "\(result.articleFileCount) articles"
        return "\(articles): \(Plural.count(result.diagnostics.errorCount, "error")), \(Plural.count(result.diagnostics.warningCount, "warning"))"
    }
}

/// Unbuffered writes to the standard streams.
enum StandardStreams {
    static func writeOutput(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    static func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
