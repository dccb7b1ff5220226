// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import AuthoringServer
import Foundation
import Publishing
import Synchronization

/// `ldpub serve`: builds, serves the output folder on loopback, rebuilds on every change of the
/// input folder and reloads open pages.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the output on 127.0.0.1, rebuild on every change and reload open pages.",
        discussion: """
            Builds as 'ldpub build' does (with the build cache), then serves the output folder and \
            watches the input folder (inotify on Linux, else a poll every 150 ms). After each change \
            it builds again and open pages reload (server-sent events at /__ldpub/events; the reload \
            script is added to HTML responses only, never written). While the input has errors, pages \
            show the diagnostics and the output folder keeps the last good build. Ctrl-C stops it.

            Example:
              ldpub serve Articles --port 8080 --output public
            """
    )

    @OptionGroup var options: InputOptions

    @Option(name: .shortAndLong, help: "The output folder that is built and served.")
    var output: String = "Output"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port: Int = 8080

    @Option(help: ArgumentHelp("The address to listen on.",
                               discussion: "Default 127.0.0.1: only this machine. Another address (0.0.0.0, ::) serves the network, with a warning."))
    var bind: String = "127.0.0.1"

    @Flag(inversion: .prefixedNo, help: "Render every claims graph to SVG with Graphviz's 'dot' (default: site.yaml 'graphs.svg').")
    var svg: Bool?

    @Flag(help: "Take over an output folder that holds the build of another input folder (as 'ldpub build --clean').")
    var clean = false

    @Flag(help: "Watch the input folder by polling every 150 ms instead of inotify.")
    var poll = false

    @Flag(help: "Neither read nor write the build cache.")
    var noCache = false

    @Option(help: "Where to keep build caches (as 'ldpub build --cache-dir').")
    var cacheDir: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard PreviewServer.isAddress(bind) else { throw ValidationError("--bind needs an IP address such as 127.0.0.1 or ::1, got '\(bind)'") }
    }

    func run() throws {
        try OpenFilesLimit.prepare(serving: true)
        try BundledVocabulary.require()
        try options.checkInputFolder()
        let buildOptions = FolderBuild.Options(
            inputPath: options.input, outputPath: output, limits: options.limits, vocabulary: .schemaOrg, drawGraphs: svg,
            searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", cacheKey: noCache ? nil : Build.cacheKey,
            cacheRoot: noCache ? nil : cacheDir ?? Build.defaultCacheRoot, replacingAnotherBuild: clean)
        if !PreviewServer.isLoopback(bind) {
            StandardStreams.writeError("warning: serving on \(bind), not loopback: other machines can read the output and the diagnostics of every build\n")
        }
        let output = self.output
        // Ctrl-C and SIGTERM stop the server cleanly (a build in progress finishes first); so
        // does a server that stopped listening by itself, as an error.
        let stop = DispatchSemaphore(value: 0)
        let serverFailure = Mutex<String?>(nil)
        let session: ServeSession
        do throws(ServerError) {
            session = try ServeSession(options: .init(build: buildOptions, address: bind, port: UInt16(port), forcePolling: poll),
                                       onBuild: { outcome in Self.print(outcome, output: output) },
                                       onServerStopped: { reason in
                                           serverFailure.withLock { $0 = reason }
                                           stop.signal()
                                       },
                                       onAcceptPaused: { reason in
                                           StandardStreams.writeError("warning: the server could not accept a connection: \(reason); "
                                               + "it listens again once connections end (too many at once for the open-files limit? raise it with `ulimit -n`)\n")
                                       })
        } catch {
            StandardStreams.writeError("error: \(error.description)\n")
            throw ExitCode(74)
        }
        Self.print(session.firstBuild, output: output)
        StandardStreams.writeError("serving \(output) at \(session.url) (watching \(options.input) with \(session.watchMethod.rawValue); Ctrl-C stops)\n")

        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }
        stop.wait()
        session.stop()
        sources.forEach { $0.cancel() }
        if let reason = serverFailure.withLock({ $0 }) {
            // (A lack of descriptors is waited out: this is any other reason an accept failed.)
            StandardStreams.writeError("error: the server stopped accepting connections: \(reason); stopped\n")
            throw ExitCode(74)
        }
        StandardStreams.writeError("stopped\n")
    }

    /// `; 23 warnings (`ldpub validate` lists them)`: a writer who only serves learns that
    /// claims lack sources (the build's line lists no warning itself); empty without warnings.
    static func warningsClause(_ diagnostics: [Diagnostic]) -> String {
        let warnings = diagnostics.count { $0.severity == .warning }
        return warnings == 0 ? "" : "; \(Plural.count(warnings, "warning")) (`ldpub validate` lists them)"
    }

    private static func print(_ outcome: ServeSession.Outcome, output: String) {
        let time = String(format: "%.3f s", outcome.seconds)
        if let failure = outcome.failure {
            StandardStreams.writeError(outcome.diagnosticsText)
            StandardStreams.writeError("build failed in \(time): \(failure) (shown in the browser)\n")
        } else if let summary = outcome.report.summary {
            StandardStreams.writeError("built in \(time): \(Plural.count(summary.written.count, "file")) written, \(summary.removed.count) removed"
                + (outcome.report.reusedArticles > 0 ? ", \(Plural.count(outcome.report.reusedArticles, "article")) reused" : "")
                + (outcome.lookedOnlyAtHeardChanges ? " (looked only at the files that changed)" : "")
                + Self.warningsClause(outcome.report.validation.diagnostics) + "\n")
        }
    }
}
