// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation
import LinkedDataValidation
import Publishing

/// `ldpub build`: validates the input, produces every output, checks it, and writes it atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build JSON-LD, feeds and claim graphs from the input folder into the output folder.",
        discussion: """
            Validates first: on any input error nothing is written and the exit status is 1.
            Files are replaced atomically and only when their bytes change; files of articles \
            that no longer exist are removed. A write failure exits with 74 and leaves the \
            previous output as it was.
            """
    )

    @OptionGroup var options: InputOptions

    @Option(name: .shortAndLong, help: "The output folder (it may be a symbolic link).")
    var output: String = "Output"

    @Flag(inversion: .prefixedNo, help: "Render every claims graph to SVG with Graphviz's 'dot' (default: site.yaml 'graphs.svg').")
    var svg: Bool?

    @Option(help: "How to print diagnostics.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let result = options.makeValidator().validate(folder: options.input)
        if !result.diagnostics.isEmpty || !result.succeeded {
            DiagnosticsOutput(format: format).print(result)
        }
        guard let publication = result.publication else {
            StandardStreams.writeError("nothing written: fix the errors above and build again\n")
            throw ExitCode.failure
        }
        let build: SiteBuild.Result
        do {
            build = try SiteBuild(publication: publication).run(drawing: try drawing(for: publication.site))
        } catch {
            StandardStreams.writeError("error: \(error)\n")
            throw ExitCode(74)
        }
        let checked = OutputCheck().run(build, publication: publication)
        let outputErrors = checked.flatMap { file in file.problems.filter { $0.severity == .error }.map { "\(output)/\(file.path): error: \($0.message)" } }
        guard outputErrors.isEmpty else {
            StandardStreams.writeError(outputErrors.joined(separator: "\n") + "\n")
            StandardStreams.writeError("nothing written: the output above fails its own checks, which is a bug in ldpub; please report it with the input\n")
            throw ExitCode.failure
        }
        let outputWarnings = checked.reduce(0) { $0 + $1.problems.count { $0.severity == .warning } }
        let files = build.files
        let summary: OutputWriter.Summary
        do {
            summary = try OutputWriter(outputPath: output).write(files.sorted { $0.path < $1.path })
        } catch {
            StandardStreams.writeError("error: \(error.message)\n")
            throw ExitCode(74)
        }
        let statistics = BuildStatistics(publication)
        StandardStreams.writeError(Self.summaryLine(statistics, summary, output: output) + "\n")
        StandardStreams.writeError("checked \(checked.count) outputs against schema.org and the feed standards: 0 errors, \(outputWarnings) warnings"
            + (outputWarnings > 0 ? " (`ldpub check \(output)` lists them)" : "") + "\n")
    }

    /// `1 article, 24 claims (19 unsupported), 8 sources (3 uncited); Output: 6 files written, 0 unchanged, 0 removed`
    static func summaryLine(_ statistics: BuildStatistics, _ summary: OutputWriter.Summary, output: String) -> String {
        func count(_ value: Int, _ noun: String) -> String { value == 1 ? "1 \(noun)" : "\(value) \(noun)s" }
        return "\(count(statistics.articles, "article")), \(count(statistics.claims, "claim")) (\(statistics.unsupportedClaims) unsupported), "
            + "\(count(statistics.sources, "source")) (\(statistics.uncitedSources) uncited); "
            + "\(output): \(count(summary.written.count, "file")) written, \(summary.unchanged) unchanged, \(summary.removed.count) removed"
    }

    /// Graphviz, when graphs are to be drawn: `--svg`/`--no-svg`, else site.yaml's `graphs.svg`.
    private func drawing(for site: Site) throws(GraphDrawing.Failure) -> GraphDrawing? {
        guard svg ?? site.graphs.svg else { return nil }
        return try GraphDrawing(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }
}
