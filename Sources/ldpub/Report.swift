// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation
import HTMLExport

/// `ldpub report`: the editorial overview for a terminal, a pull request comment, a tool or a browser.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print where the evidence is thin and the medical reviews are stale, article by article.",
        discussion: """
            Lists every article, weakest evidence first, with its dates, its medical review and \
            the review's age, claims supported / total, the claims without a supporting source \
            (citing no source, or only sources that dispute or mention them) and its uncited \
            sources. This is the editors' view; readers see Output/index.html and the article \
            pages. --format html writes it as a page (links relative to the output folder: \
            e.g. --output Output/editorial.html). A review older than --max-review-age days \
            before --as-of (default: today) is overdue and is also printed as a warning on \
            standard error. Exits 1 when the input has errors.

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
        /// The editorial view as an HTML page (``EditorialOverview``).
        case html
    }

    @OptionGroup var options: InputOptions

    @Option(help: "text for a terminal, markdown for a pull request comment, json for tools, html for a browser.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var reviewAge: ReviewAgeOptions

    func run() throws {
        try OpenFilesLimit.prepare()
        try BundledVocabulary.require()
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
        let text: String
        switch format {
        case .text: text = report.text()
        case .json: text = report.json()
        case .markdown: text = report.markdown()
        case .html:
            text = EditorialOverview(publication: publication, asOf: check.asOf, maxReviewAgeDays: check.maxAgeDays,
                                     graphsRendered: publication.site.graphs.svg,
                                     asOfOrigin: reviewAge.asOf == nil ? "today" : "given with --as-of").render()
        }
        guard let output else {
            StandardStreams.writeOutput(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            StandardStreams.writeError("error: cannot write '\(output)': \(error.localizedDescription)\n")
            throw ExitCode(74)
        }
    }
}
