// ldpub — MIT licence.

import ArgumentParser
import ArticleModel

/// `ldpub validate`: checks the input and prints every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the input folder and print every problem, like a compiler.",
        discussion: """
            Exits 0 when there are no errors (warnings allowed), 1 when there are. --format github \
            prints GitHub Actions annotations, which mark the lines of a pull request.

            Example:
              ldpub validate Articles --format github --max-review-age 180
            """
    )

    @OptionGroup var options: InputOptions

    @Option(help: "How to print diagnostics.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors (exit 1 when there are any).")
    var warningsAsErrors = false

    @OptionGroup var reviewAge: ReviewAgeOptions

    func run() throws {
        try OpenFilesLimit.prepare()
        try BundledVocabulary.require()
        try options.checkInputFolder()
        let result = reviewAge.check().applied(to: options.makeValidator().validate(folder: options.input, keepingArticles: false))
        DiagnosticsOutput(format: format).print(result)
        let failed = !result.succeeded || (warningsAsErrors && result.diagnostics.warningCount > 0)
        // Freeing 10,000 articles' summaries and diagnostics goes to another thread; this one exits.
        releaseInBackground(consume result)
        if failed { throw ExitCode.failure }
    }
}
