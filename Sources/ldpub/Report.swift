// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import HTMLExport

/// `ldpub report`: the site overview for a terminal, a pull request comment or a tool.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print where the evidence is thin and the medical reviews are stale, article by article.",
        discussion: """
            Lists every article, weakest evidence first, with its dates, its medical review and \
            the review's age, claims supported / total, its unsupported claims and its uncited \
            sources: the overview that 'ldpub build' writes as Output/index.html. A review older \
            than --max-review-age days before --as-of (default: today) is overdue and is also \
            printed as a warning on standard error. Exits 1 when the input has errors.

            Example:
              ldpub report Articles --format markdown --as-of 2025-06-30 > evidence.md
            """
    )

    /// What the report looks like.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Plain text for a terminal.
        case text
        /// JSON for tools.
        case json
        /// A Markdown table for a pull request comment.
        case markdown
    }

    @OptionGroup var options: InputOptions

    @Option(help: "text for a terminal, markdown for a pull request comment, json for tools.")
    var format: Format = .text

    @OptionGroup var reviewAge: ReviewAgeOptions

    func run() throws {
        try options.checkInputFolder()
        let result = options.makeValidator().validate(folder: options.input)
        guard let publication = result.publication else {
            DiagnosticsOutput(format: .text).print(result)
            StandardStreams.writeError("no report: fix the errors above first\n")
            throw ExitCode.failure
        }
        let check = reviewAge.check()
        let overdue = check.diagnostics(for: publication.articles)
        if !overdue.isEmpty {
            StandardStreams.writeError(DiagnosticRenderer { path in result.source(of: path) }.text(overdue))
        }
        let report = SiteReport(publication: publication, asOf: check.asOf, maxReviewAgeDays: check.maxAgeDays)
        switch format {
        case .text: StandardStreams.writeOutput(report.text())
        case .json: StandardStreams.writeOutput(report.json())
        case .markdown: StandardStreams.writeOutput(report.markdown())
        }
    }
}
