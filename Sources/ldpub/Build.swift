// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation
import LinkedDataValidation
import Publishing

/// `ldpub build`: validates the input, produces every output, checks it, and writes it atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build JSON-LD, feeds, claim graphs and pages from the input folder into the output folder.",
        discussion: """
            Validates first: on any input error nothing is written and the exit status is 1. Every \
            output is checked against schema.org and the feed standards before it is written. Files \
            are replaced atomically and only when their bytes change; ldpub's files of articles that \
            no longer exist are removed. A write failure exits with 74 and leaves the previous output \
            as it was.

            Example:
              ldpub build Articles --output public --svg
            """
    )

    @OptionGroup var options: InputOptions

    @Option(name: .shortAndLong, help: "The output folder (it may be a symbolic link).")
    var output: String = "Output"

    @Flag(inversion: .prefixedNo, help: "Render every claims graph to SVG with Graphviz's 'dot' (default: site.yaml 'graphs.svg').")
    var svg: Bool?

    @Option(help: "How to print diagnostics.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Print every warning (by default a build prints the first 100; 'ldpub validate' prints all).")
    var allWarnings = false

    @Flag(help: ArgumentHelp(
        "Take over an output folder that holds the build of another input folder, removing that build's files.",
        discussion: "Without it such a build is refused and nothing is written. Files that are not ldpub's are never removed."))
    var clean = false

    @Flag(help: "Neither read nor write the build cache (the result is the same, only slower).")
    var noCache = false

    @Option(help: ArgumentHelp("Where to keep build caches, one subfolder per output folder.",
                               discussion: "Default: $XDG_CACHE_HOME/ldpub, or ~/.cache/ldpub; no cache when neither is set."))
    var cacheDir: String?

    func run() throws {
        try OpenFilesLimit.prepare()
        try BundledVocabulary.require()
        try options.checkInputFolder()
        let progressLine = format == .text ? ProgressLine.forTerminal() : nil
        var progress: (@Sendable (FolderBuild.Progress) -> Void)?
        if let progressLine { progress = { progressLine.show($0) } }
        let build = FolderBuild(options: FolderBuild.Options(
            inputPath: options.input, outputPath: output, limits: options.limits, vocabulary: .schemaOrg, drawGraphs: svg,
            searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", cacheKey: noCache ? nil : Self.cacheKey,
            cacheRoot: noCache ? nil : cacheDir ?? Self.defaultCacheRoot, replacingAnotherBuild: clean,
            progress: progress))
        let report = build.run()
        defer { releaseInBackground(report) }
        progressLine?.clear()
        var inputFailed = false
        if case .inputErrors? = report.failure { inputFailed = true }
        if !report.validation.diagnostics.isEmpty || inputFailed {
            DiagnosticsOutput(format: format, warningLimit: allWarnings ? nil : 100).print(report.validation)
        }
        switch report.failure {
        case .inputErrors?:
            let errors = report.validation.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty && errors.allSatisfy(\.isSystemLimit) {
                // The machine's limit, not the input: an I/O error (74), with what to do.
                StandardStreams.writeError("nothing written: ldpub could not open the input's files (see above); raise the limit and build again\n")
                throw ExitCode(74)
            }
            StandardStreams.writeError("nothing written: fix the errors above and build again\n")
            throw ExitCode.failure
        case .outputCheck(let files)?:
            for file in files {
                for problem in file.problems where problem.severity == .error {
                    StandardStreams.writeError("\(output)/\(file.path): error: \(problem.message)\n")
                }
            }
            StandardStreams.writeError("nothing written: the output above fails its own checks, which is a bug in ldpub; please report it with the input\n")
            throw ExitCode.failure
        case .graphDrawing(let failure)?:
            StandardStreams.writeError("error: \(failure) (or build with --no-svg); nothing written\n")
            throw ExitCode(74)
        case .output(let failure)?:
            StandardStreams.writeError("error: \(failure.message)\n")
            throw ExitCode(74)
        case .anotherBuild(let other)?:
            StandardStreams.writeError("error: \(other.message(outputPath: output))\n")
            throw ExitCode.failure
        case nil:
            break
        }
        guard let statistics = report.statistics, let summary = report.summary else { return }
        StandardStreams.writeError(Self.summaryLine(statistics, summary, output: output) + "\n")
        let warnings = report.outputWarnings
        let reused = (report.reusedArticles > 0 ? "; \(report.reusedArticles) unchanged \(report.reusedArticles == 1 ? "article" : "articles") reused from the last build" : "")
            + (report.indexPatched ? "; \(report.siteMapPatched ? "index.html, claims.dot and sitemap.xml" : "index.html and claims.dot") patched where the changed articles are" : "")
        StandardStreams.writeError("outputs checked against schema.org and the feed standards: 0 errors, \(Plural.count(warnings, "warning"))"
            + (warnings > 0 ? " (`ldpub check \(output)` lists them)" : "") + reused + "\n")
    }

    /// `$XDG_CACHE_HOME/ldpub`, else `$HOME/.cache/ldpub` (the XDG Base Directory default), else none.
    static var defaultCacheRoot: String? {
        let environment = ProcessInfo.processInfo.environment
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") { return cacheHome + "/ldpub" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/ldpub" }
        return nil
    }

    /// Ties the build cache to this binary: a rebuilt ldpub ignores caches written by another.
    static var cacheKey: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? Int) ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "ldpub \(LDPub.configuration.version) \(executable) \(size) \(modified)"
    }

    /// `1 article, 24 claims (4 supported by a source, 20 without one), 8 sources (3 uncited); Output: 6 files written, 0 unchanged, 0 removed`
    /// (the words of `ldpub report`: what the data says, not "unsupported").
    static func summaryLine(_ statistics: BuildStatistics, _ summary: OutputTransaction.Summary, output: String) -> String {
        let count = Plural.count
        let supported = statistics.claims - statistics.unsupportedClaims
        return "\(count(statistics.articles, "article")), \(count(statistics.claims, "claim")) "
            + "(\(supported) supported by a source, \(statistics.unsupportedClaims) without one), "
            + "\(count(statistics.sources, "source")) (\(statistics.uncitedSources) uncited); "
            + "\(output): \(count(summary.written.count, "file")) written, \(summary.unchanged) unchanged, \(summary.removed.count) removed"
    }
}
