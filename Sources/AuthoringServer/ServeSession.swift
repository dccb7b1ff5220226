// ldpub — MIT licence.

import ArticleModel
import FlyingFox
import Foundation
import MarkdownRendering
import Publishing
import Synchronization

/// `ldpub serve`: builds the input folder, serves the output folder over HTTP, rebuilds on every
/// change of the input, and makes open pages reload.
///
/// Every build is a ``FolderBuild`` with its cache and its output transaction: a build that fails
/// (an input error) writes nothing, so the previous good output stays on disk and its files are
/// still served, but every HTML page is replaced by a page that shows the diagnostics, until a
/// build succeeds again. The reload script is added to HTML responses only, as they are sent;
/// it is never written to the output folder.
///
/// With inotify on both folders, a rebuild looks only at the files the watchers heard change
/// since the last build began (``FolderBuild/Options/knownChanges``), instead of `stat`ing every
/// input and output file; the first rebuild, and any after the watchers lost track (their queue
/// overflowed, a folder appeared), look at every file, as `ldpub build` does.
public final class ServeSession: Sendable {
    /// What to build, where to listen.
    public struct Options: Sendable {
        public var build: FolderBuild.Options
        /// The address to listen on: loopback unless chosen otherwise.
        public var address: String
        /// The port; 0 lets the system choose a free one.
        public var port: UInt16
        /// Poll the input folder instead of using inotify.
        public var forcePolling: Bool
        /// How long to wait after a change for more changes (an editor's save is several events).
        public var settle: Duration
        /// Reads a file of the output folder to answer a request: ``FileReading/contents(of:)``,
        /// or, in tests, a reader that fails as a machine out of descriptors would.
        public var readServedFile: @Sendable (String) -> Result<[UInt8], FileReading.Failure>

        public init(build: FolderBuild.Options, address: String = "127.0.0.1", port: UInt16 = 8080, forcePolling: Bool = false,
                    settle: Duration = .milliseconds(10),
                    readServedFile: @escaping @Sendable (String) -> Result<[UInt8], FileReading.Failure> = FileReading.contents(of:)) {
            self.build = build
            self.address = address
            self.port = port
            self.forcePolling = forcePolling
            self.settle = settle
            self.readServedFile = readServedFile
        }
    }

    /// How one build went, as the session reports it.
    public struct Outcome: Sendable {
        /// The build's report.
        public let report: FolderBuild.Report
        /// The diagnostics as text, with source lines and carets, when the build failed (empty
        /// otherwise: rendering 20,000 warnings of a large site is not free, and only the error
        /// page and the terminal show them, after a failure).
        public let diagnosticsText: String
        /// What the build found wrong, when it failed: the lines shown on the error page.
        public let failure: String?
        /// Seconds the build took.
        public let seconds: Double
        /// Whether served content changed (files written or removed, or the error page changed).
        public let changedServedContent: Bool
        /// Whether the build looked only at the files the watchers heard change.
        public let lookedOnlyAtHeardChanges: Bool
    }

    /// The reload script's path; `/__ldpub/events` is the event stream.
    public static let scriptPath = "/__ldpub/reload.js"
    public static let eventsPath = "/__ldpub/events"

    public let options: Options
    public let events: ReloadEvents
    /// The first build, made before the server starts.
    public let firstBuild: Outcome
    private let folder: ServedFolder
    private let state = Mutex<State>(State())
    private let wake = DispatchSemaphore(value: 0)
    private let builderDone = DispatchSemaphore(value: 0)
    private let serverBox = Mutex<PreviewServer?>(nil)
    private let watcherBox = Mutex<FolderWatcher?>(nil)
    private let outputWatcherBox = Mutex<FolderWatcher?>(nil)
    private let onBuild: @Sendable (Outcome) -> Void

    /// The cache and the input listing, kept in memory from one build to the next.
    private let resident = ResidentState()

    private struct State {
        var errorPage: [UInt8]?
        var pending = false
        var stopped = false
        var builds = 0
        /// What the watchers heard change since the last build began; nil: not known (at first,
        /// and after a watcher lost track).
        var changes: KnownChanges?
        /// How many builds looked only at the files heard to change.
        var buildsWithKnownChanges = 0
        /// The last rebuild's report, whose cache may still be being saved.
        var lastReport: FolderBuild.Report?
    }

    /// Builds once, then starts the server, the watcher and the builder.
    /// - Parameter onBuild: called after every rebuild (not the first), on the builder's thread.
    /// - Parameter onServerStopped: called, with the reason, if the server stops listening by
    ///   itself for good; the session cannot serve on. (Also called when the server cannot start,
    ///   which this initializer throws.)
    /// - Parameter onAcceptPaused: called, with the reason, when connections filled the
    ///   open-files limit and the server listens again after a pause (at most once in 10 s).
    public init(options: Options, onBuild: @escaping @Sendable (Outcome) -> Void = { _ in },
                onServerStopped: @escaping @Sendable (String) -> Void = { _ in },
                onAcceptPaused: @escaping @Sendable (String) -> Void = { _ in }) throws(ServerError) {
        self.options = options
        self.events = ReloadEvents()
        self.folder = ServedFolder(root: options.build.outputPath)
        self.onBuild = onBuild
        var firstOptions = options.build
        firstOptions.resident = resident
        let first = Self.build(firstOptions, previousErrorPage: nil)
        self.firstBuild = first.outcome
        state.withLock { $0.errorPage = first.errorPage; $0.builds = 1 }
        let server = try PreviewServer(address: options.address, port: options.port, stoppedListening: onServerStopped,
                                       acceptPaused: onAcceptPaused) { [self] request in
            respond(to: request)
        }
        serverBox.withLock { $0 = server }
        let builder = Thread { [self] in runBuilder() }
        builder.name = "ldpub serve: builder"
        builder.start()
        let watcher = FolderWatcher(root: options.build.inputPath, skipping: [options.build.outputPath], forcePolling: options.forcePolling) { [self] paths in
            heard(inputs: paths)
        }
        watcherBox.withLock { $0 = watcher }
        // The output folder is watched only to know what changed there (a file edited by hand),
        // never by polling (40,000 files at 10,000 articles); our own writes are heard too, and
        // a rebuild finds them as it left them.
        if watcher.method == .inotify && !options.forcePolling {
            // Hidden names are heard too (a legacy temporary file of an old ldpub is one), but
            // for ldpub's own folder, where every build stages its files.
            let outputWatcher = FolderWatcher(root: options.build.outputPath, skipping: [options.build.outputPath + "/" + OutputTransaction.privateFolder],
                                              hidden: true, polling: false) { [self] paths in heard(outputs: paths) }
            outputWatcherBox.withLock { $0 = outputWatcher }
        }
    }

    /// The server's URL, `http://127.0.0.1:8080/`.
    public var url: String { serverBox.withLock { $0?.url } ?? "" }
    /// The port the server listens on.
    public var port: UInt16 { serverBox.withLock { $0?.port } ?? 0 }
    /// How the input folder is watched.
    public var watchMethod: FolderWatcher.Method { watcherBox.withLock { $0?.method } ?? .poll }
    /// How many builds ran, the first included.
    public var buildCount: Int { state.withLock { $0.builds } }
    /// How many rebuilds looked only at the files the watchers heard change.
    public var buildsWithKnownChanges: Int { state.withLock { $0.buildsWithKnownChanges } }
    /// Whether rebuilds can look only at the files heard to change (inotify on both folders).
    public var tracksChanges: Bool {
        watcherBox.withLock { $0?.hearsEveryChange == true } && outputWatcherBox.withLock { $0?.hearsEveryChange == true }
    }

    /// Stops watching, building and serving; returns when the threads are done (a build in
    /// progress finishes first, so the output folder is never left half written).
    public func stop() {
        let first = state.withLock { state in
            defer { state.stopped = true }
            return !state.stopped
        }
        guard first else { return }
        watcherBox.withLock { $0 }?.stop()
        outputWatcherBox.withLock { $0 }?.stop()
        wake.signal()
        builderDone.wait()
        // The last rebuild's cache is saved before the session ends.
        _ = state.withLock { $0.lastReport }?.cacheIsCurrent
        events.closeAll()
        serverBox.withLock { $0 }?.stop()
    }

    /// Asks for a rebuild that looks at every file.
    public func changed() {
        heard(inputs: nil)
    }

    /// The input watcher heard `paths` change (relative to the input folder; nil: not known which): a rebuild.
    private func heard(inputs paths: Set<String>?) {
        state.withLock { state in
            state.pending = true
            if let paths { state.changes?.inputs.formUnion(paths) } else { state.changes = nil }
        }
        wake.signal()
    }

    /// The output watcher heard `paths` change (relative to the output folder): the next rebuild looks at them.
    private func heard(outputs paths: Set<String>?) {
        state.withLock { state in
            if let paths { state.changes?.outputs.formUnion(paths) } else { state.changes = nil }
        }
    }

    private func runBuilder() {
        defer { builderDone.signal() }
        while true {
            _ = wake.wait(timeout: .now() + 0.2)
            let go = state.withLock { state -> Bool? in
                if state.stopped { return nil }
                return state.pending
            }
            guard let go else { return }
            guard go else { continue }
            // Let the rest of an editor's save arrive, then build what is there.
            Thread.sleep(forTimeInterval: Double(options.settle.components.attoseconds) / 1e18 + Double(options.settle.components.seconds))
            let tracking = tracksChanges
            // What changed since the cache was saved is known only while every build saves it
            // (this waits for the last rebuild's cache, saved after its pages were reloaded).
            let lastSaved = state.withLock { $0.lastReport }?.cacheIsCurrent ?? true
            let (previous, changes) = state.withLock { state -> ([UInt8]?, KnownChanges?) in
                if !lastSaved { state.changes = nil }
                state.pending = false
                // What is heard from now on is for the next build.
                defer { state.changes = tracking ? KnownChanges(inputs: [], outputs: []) : nil }
                return (state.errorPage, state.changes)
            }
            var buildOptions = options.build
            buildOptions.knownChanges = changes
            buildOptions.savesCacheInBackground = true
            buildOptions.resident = resident
            let result = Self.build(buildOptions, previousErrorPage: previous)
            let blocked = Self.isBlocked(result.outcome.report)
            let saidAlready = state.withLock { state in
                let saidAlready = blocked && Self.isBlocked(state.lastReport)
                state.errorPage = result.errorPage
                state.builds += 1
                if changes != nil { state.buildsWithKnownChanges += 1 }
                state.lastReport = result.outcome.report
                // Another process (`ldpub build`) holds the output folder: tried again until it is done.
                if blocked { state.pending = true }
                return saidAlready
            }
            // A build still waiting for the other process is not announced again.
            if saidAlready { continue }
            if result.outcome.changedServedContent { events.reload() }
            onBuild(result.outcome)
        }
    }

    /// Whether `report` is of a build that found the output folder locked by another process.
    private static func isBlocked(_ report: FolderBuild.Report?) -> Bool {
        if case .output(let problem)? = report?.failure { problem.isBusy } else { false }
    }

    /// Runs one build; the error page when it failed.
    static func build(_ options: FolderBuild.Options, previousErrorPage: [UInt8]?) -> (outcome: Outcome, errorPage: [UInt8]?) {
        let start = ContinuousClock.now
        let report = FolderBuild(options: options).run()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let validation = report.validation
        let failure: String?
        switch report.failure {
        case nil: failure = nil
        case .inputErrors?:
            failure = "\(validation.diagnostics.errorCount == 1 ? "1 error" : "\(validation.diagnostics.errorCount) errors") in the input: "
                + "nothing was written; the output folder holds the last good build"
        case .outputCheck(let files)?:
            failure = "the output fails its own checks (a bug in ldpub; please report it with the input): "
                + files.map(\.path).joined(separator: ", ")
        case .graphDrawing(let problem)?: failure = "\(problem)"
        case .output(let problem)?: failure = problem.message
        case .anotherBuild(let other)?: failure = other.message(outputPath: options.outputPath)
        }
        let text = failure == nil || validation.diagnostics.isEmpty ? "" : DiagnosticRenderer { validation.source(of: $0) }.text(validation.diagnostics)
        let errorPage = failure.map { Array(ErrorPage.html(headline: $0, diagnostics: text).utf8) }
        let changed = errorPage != previousErrorPage
            || (failure == nil && !(report.summary.map { $0.written.isEmpty && $0.removed.isEmpty } ?? true))
        return (Outcome(report: report, diagnosticsText: text, failure: failure, seconds: seconds, changedServedContent: changed,
                        lookedOnlyAtHeardChanges: options.knownChanges != nil), errorPage)
    }

    // MARK: - Requests

    /// The answer to one request. The request target is taken exactly as sent
    /// (`request.target`, not FlyingFox's `request.path`, which has `..` removed and is decoded),
    /// so that ``ServedFolder`` sees and refuses every form of traversal.
    private func respond(to request: FlyingFox.HTTPRequest) -> FlyingFox.HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            return Self.complete(405, ["Allow": "GET, HEAD", "Content-Type": "text/plain; charset=utf-8"], Array("method not allowed\n".utf8), head: false)
        }
        let target = request.target.rawValue
        let path = request.target.path()
        if path == Self.eventsPath {
            let connections = serverBox.withLock { $0?.connections }
            let peer = request.remoteAddress
            connections?.streamStarted(peer)
            let stream = events.open { connections?.streamEnded(peer) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream"],
                                body: HTTPBodySequence(from: stream, suggestedBufferSize: 4096))
        }
        if path == Self.scriptPath {
            return Self.complete(200, ["Content-Type": "text/javascript; charset=utf-8"], Array(ReloadScript.source.utf8), head: head)
        }
        let lookup = folder.lookup(target)
        let errorPage = state.withLock { $0.errorPage }
        let generation = events.generation
        func html(_ status: Int, _ bytes: [UInt8]) -> FlyingFox.HTTPResponse {
            Self.complete(status, ["Content-Type": "text/html; charset=utf-8"], ReloadScript.inject(into: bytes, generation: generation), head: head)
        }
        switch lookup {
        case .forbidden:
            return Self.complete(403, ["Content-Type": "text/plain; charset=utf-8"], Array("forbidden: the path leads outside the output folder\n".utf8), head: head)
        case .redirect(let location):
            return Self.complete(301, ["Location": location, "Content-Type": "text/plain; charset=utf-8"], Array("moved to \(location)\n".utf8), head: head)
        case .notFound:
            if let errorPage { return html(500, errorPage) }
            return html(404, Array(ErrorPage.notFound(path).utf8))
        case .file(let filePath, _, let contentType):
            let isHTML = contentType.hasPrefix("text/html")
            if isHTML, let errorPage { return html(500, errorPage) }
            let data: [UInt8]
            switch options.readServedFile(filePath) {
            case .success(let bytes):
                data = bytes
            case .failure(let failure) where failure.isNoSuchFile:
                return Self.complete(404, ["Content-Type": "text/plain; charset=utf-8"], Array("not found\n".utf8), head: head)
            case .failure(let failure):
                // The file is there but cannot be read now (such as the open-files limit): not a 404.
                return Self.complete(503, ["Content-Type": "text/plain; charset=utf-8", "Retry-After": "1"],
                                     Array("cannot read \(path): \(failure.reason)\n".utf8), head: head)
            }
            if isHTML { return html(200, Array(data)) }
            return Self.complete(200, ["Content-Type": contentType], Array(data), head: head)
        }
    }

    /// A response with its whole body; for HEAD, the body's length and no body.
    private static func complete(_ status: Int, _ headers: [String: String], _ body: [UInt8], head: Bool) -> FlyingFox.HTTPResponse {
        var fields = HTTPHeaders()
        for (name, value) in headers { fields[HTTPHeader(name)] = value }
        if head { fields[.contentLength] = String(body.count) }
        let code = HTTPStatusCode(status, phrase: reasons[status] ?? "Status")
        return HTTPResponse(statusCode: code, headers: fields, body: head ? Data() : Data(body))
    }

    private static let reasons: [Int: String] = [
        200: "OK", 301: "Moved Permanently", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error",
        503: "Service Unavailable",
    ]
}

/// The script added to every HTML response: it listens to the event stream and reloads the page
/// after a rebuild, or at once when the page is older than what is served now.
enum ReloadScript {
    static let source = """
        // ldpub serve: reloads this page after each rebuild. Added by the server; never written to the output folder.
        (() => {
          const served = Number(new URL(document.currentScript.src).searchParams.get("generation"));
          const events = new EventSource("\(ServeSession.eventsPath)");
          events.addEventListener("hello", (event) => { if (Number(event.data) !== served) location.reload(); });
          events.addEventListener("reload", () => location.reload());
        })();

        """

    /// `bytes` with the script's element before the last `</body>` (or at the end).
    static func inject(into bytes: [UInt8], generation: Int) -> [UInt8] {
        let element = Array("<script src=\"\(ServeSession.scriptPath)?generation=\(generation)\"></script>\n".utf8)
        let closing = Array("</body".utf8)
        var index = bytes.count - closing.count
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "<"),
               zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                return Array(bytes[..<index]) + element + Array(bytes[index...])
            }
            index -= 1
        }
        return bytes + element
    }
}

/// The page shown instead of every HTML page while the input has errors.
enum ErrorPage {
    static func html(headline: String, diagnostics: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>ldpub: the build failed</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
        h1 { font-size: 1.4rem; color: #a4000f; }
        pre { background: #f6f6f6; border-left: 4px solid #a4000f; padding: 1rem; overflow-x: auto; font: 14px/1.4 ui-monospace, monospace; }
        </style>
        </head>
        <body>
        <h1>ldpub: the build failed</h1>
        <p id="ldpub-failure">\(HTMLEscaping.escape(headline))</p>
        <pre id="ldpub-diagnostics">\(HTMLEscaping.escape(diagnostics))</pre>
        <p>This page reloads by itself when the input is fixed.</p>
        </body>
        </html>

        """
    }

    static func notFound(_ path: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Not found</title></head>
        <body>
        <h1>Not found</h1>
        <p>The output folder has no <code>\(HTMLEscaping.escape(path))</code>.</p>
        </body>
        </html>

        """
    }
}
