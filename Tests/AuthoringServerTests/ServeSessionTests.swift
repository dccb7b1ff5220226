// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#endif
import ArticleModel
import AuthoringServer
import Foundation
import Publishing
import SchemaOrgVocabulary
import Synchronization
import Testing
import TestScratch

/// `ldpub serve` in process, on a free loopback port, over HTTP: pages, rebuilds, the error page,
/// refused paths, the event stream.
@Suite(.serialized) struct ServeSessionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let slug = "hoe-werkt-ketamine"
    static let title = "Hoe werkt ketamine? Het effect op je hersenen uitgelegd"

    /// A copy of the sample input, a served output folder, and the session; stopped and removed by `close()`.
    final class Served: @unchecked Sendable {
        let root: URL
        let input: URL
        let output: URL
        let session: ServeSession

        init(forcePolling: Bool = false, source: String = "Articles", prepare: (URL) throws -> Void = { _ in },
             readServedFile: @escaping @Sendable (String) -> Result<[UInt8], FileReading.Failure> = FileReading.contents(of:)) throws {
            root = TestScratch.folder.appendingPathComponent("ldpub-serve-\(UUID().uuidString)")
            input = root.appendingPathComponent("in")
            output = root.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: ServeSessionTests.packageRoot.appendingPathComponent(source), to: input)
            try prepare(input)
            let build = FolderBuild.Options(inputPath: input.path, outputPath: output.path, vocabulary: .schemaOrg, drawGraphs: false,
                                            cacheKey: "serve tests", cacheRoot: root.appendingPathComponent("cache").path)
            session = try ServeSession(options: .init(build: build, port: 0, forcePolling: forcePolling, readServedFile: readServedFile))
        }

        /// A session started off the concurrency pool (``offPool(_:)``).
        static func start(forcePolling: Bool = false, source: String = "Articles",
                          prepare: @escaping @Sendable (URL) throws -> Void = { _ in },
                          readServedFile: @escaping @Sendable (String) -> Result<[UInt8], FileReading.Failure> = FileReading.contents(of:))
            async throws -> Served {
            try await offPool { try Served(forcePolling: forcePolling, source: source, prepare: prepare, readServedFile: readServedFile) }
        }

        /// Adds an empty line to the input file `name`: a change the watcher hears, which alters
        /// nothing that is built.
        func touchInput(_ name: String) throws {
            let file = input.appendingPathComponent(name)
            try (String(contentsOf: file, encoding: .utf8) + "\n").write(to: file, atomically: true, encoding: .utf8)
        }

        /// Build 2, made by a change to `name` once every input's stamp is old enough to be
        /// trusted without reading the file (ldpub distrusts stamps less than 2 s older than a
        /// build): from then on a file the session does not look at is taken as its cache has it.
        func secondBuildWithTrustedStamps(touching name: String) async throws -> Bool {
            try await Task.sleep(for: .milliseconds(2100))
            try touchInput(name)
            return try await waitForBuilds(2)
        }

        /// Appends `text` to the file at `url` in place (no new file, no rename).
        static func appendInPlace(_ text: String, to url: URL) throws {
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }

        /// Replaces `text` with `replacement` in the file at `url`, written in place (the same
        /// file, through whichever of its names `url` is).
        static func rewriteInPlace(_ url: URL, replacing text: String, with replacement: String) throws {
            let changed = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: text, with: replacement)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(changed.utf8))
            try handle.close()
        }

        /// Waits until `count` builds ran, the first included; false after `seconds`.
        func waitForBuilds(_ count: Int, seconds: Double = 15) async throws -> Bool {
            let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            while session.buildCount < count {
                guard ContinuousClock.now < deadline else { return false }
                try await Task.sleep(for: .milliseconds(20))
            }
            return true
        }

        var port: UInt16 { session.port }
        var article: URL { input.appendingPathComponent("\(ServeSessionTests.slug).yaml") }

        func edit(_ replace: String, with replacement: String) throws {
            let text = try String(contentsOf: article, encoding: .utf8)
            #expect(text.contains(replace))
            try text.replacingOccurrences(of: replace, with: replacement).write(to: article, atomically: true, encoding: .utf8)
        }

        func close() {
            session.stop()
            try? FileManager.default.removeItem(at: root)
        }
    }

    /// A file that is there but cannot be read now (the open-files limit reached) is a 503 with
    /// the reason and Retry-After, never a 404 that would tell the writer the page is gone; one
    /// that went away between the look-up and the read is a 404.
    @Test func aFileThatCannotBeReadNowIsA503NotA404() async throws {
        let served = try await Served.start(readServedFile: { path in
            if path.hasSuffix("/feed.xml") { return .failure(FileReading.Failure(code: EMFILE)) }
            if path.hasSuffix("/atom.xml") { return .failure(FileReading.Failure(code: ENOENT)) }
            return FileReading.contents(of: path)
        })
        defer { served.close() }
        let busy = try await RawHTTP.get("/feed.xml", port: served.port)
        #expect(busy.status == 503)
        #expect(busy.headers["retry-after"] == "1")
        #expect(busy.body.hasPrefix("cannot read /feed.xml: Too many open files (the open-files limit"), "\(busy.body)")
        let gone = try await RawHTTP.get("/atom.xml", port: served.port)
        #expect(gone.status == 404 && gone.body == "not found\n")
        #expect(try await RawHTTP.get("/feed.json", port: served.port).status == 200)
    }

    @Test func servesPagesAndFilesWithTheirContentTypes() async throws {
        let served = try await Served.start()
        defer { served.close() }
        #expect(served.session.firstBuild.failure == nil)
        #expect(served.session.url == "http://127.0.0.1:\(served.port)/")
        let index = try await RawHTTP.get("/", port: served.port)
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.body.contains("<script src=\"/__ldpub/reload.js?generation=1\"></script>\n</body>"))
        let page = try await RawHTTP.get("/\(Self.slug)/", port: served.port)
        #expect(page.status == 200 && page.body.contains(Self.title))
        #expect(try await RawHTTP.get("/\(Self.slug)", port: served.port).headers["location"] == "/\(Self.slug)/")
        let types = [
            "/feed.xml": "application/rss+xml; charset=utf-8", "/atom.xml": "application/atom+xml; charset=utf-8",
            "/feed.json": "application/feed+json", "/\(Self.slug)/index.jsonld": "application/ld+json",
            "/robots.txt": "text/plain; charset=utf-8", "/sitemap.xml": "application/xml; charset=utf-8",
            "/\(Self.slug)/jsonld.html": "text/html; charset=utf-8", "/__ldpub/reload.js": "text/javascript; charset=utf-8",
        ]
        for (path, type) in types {
            let response = try await RawHTTP.get(path, port: served.port)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
        }
        // Non-HTML responses are served as written; HEAD has no body.
        let feed = try await RawHTTP.get("/feed.xml", port: served.port)
        #expect(feed.body == (try String(contentsOf: served.output.appendingPathComponent("feed.xml"), encoding: .utf8)))
        #expect(try await RawHTTP.get("/", port: served.port, method: "HEAD").body.isEmpty)
        #expect(try await RawHTTP.get("/", port: served.port, method: "POST").status == 405)
        #expect(try await RawHTTP.get("/no-such-page/", port: served.port).status == 404)
        // The script is never written to the output folder.
        let written = try String(contentsOf: served.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!written.contains("__ldpub"))
        for (extensionName, type) in ["jpg": "image/jpeg", "png": "image/png", "webp": "image/webp", "svg": "image/svg+xml", "css": "text/css; charset=utf-8",
                                      "js": "text/javascript; charset=utf-8", "json": "application/json", "xml": "application/xml; charset=utf-8",
                                      "txt": "text/plain; charset=utf-8", "jsonld": "application/ld+json", "html": "text/html; charset=utf-8"] {
            #expect(ServedFolder.contentType(of: "images/a.\(extensionName)") == type)
        }
    }

    @Test func anEditIsServedAfterTheRebuildAndTheStreamSaysReload() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let stream = try RawHTTP.EventStream(port: served.port)
        #expect(await stream.wait(for: "event: hello\ndata: 1\n\n", seconds: 5))
        #expect(stream.received.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(stream.received.contains("\r\nContent-Type: text/event-stream\r\n"))
        try served.edit("title: \"Hoe werkt ketamine?", with: "title: \"Zo werkt ketamine?")
        #expect(await stream.wait(for: "event: reload\ndata: 2\n\n", seconds: 15))
        let page = try await RawHTTP.get("/\(Self.slug)/", port: served.port)
        #expect(page.body.contains("Zo werkt ketamine? Het effect op je hersenen uitgelegd"))
        #expect(page.body.contains("reload.js?generation=2"))
        // A stream that connects now is told the generation, so an older page reloads at once.
        let late = try RawHTTP.EventStream(port: served.port)
        #expect(await late.wait(for: "event: hello\ndata: 2\n\n", seconds: 5))
    }

    /// Other work of the default priority that holds every thread (in `swift test`: the other
    /// suites) must not keep the server from answering; it did, once, for 30 s on a CI machine.
    @Test func answersWhileWorkOfTheDefaultPriorityHoldsEveryThread() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let port = served.port
        let result = try await offPool { () throws -> (status: Int, spinning: Int, threads: Int) in
            let threads = ProcessInfo.processInfo.activeProcessorCount
            let spinners = Spinners()
            // Twice as many spinning tasks as threads, each for at most 60 s: every thread of the
            // default priority is held until the answer has come.
            for _ in 0..<(2 * threads) {
                Task.detached(priority: .medium) { spinners.spin(atMost: .seconds(60)) }
            }
            defer { spinners.stop.store(true, ordering: .sequentiallyConsistent) }
            let held = ContinuousClock.now + .seconds(60)
            while spinners.running.load(ordering: .sequentiallyConsistent) < threads, ContinuousClock.now < held { Thread.sleep(forTimeInterval: 0.01) }
            let response = try RawHTTP.getBlocking("/\(ServeSessionTests.slug)/", port: port, method: "GET", host: nil)
            return (response.status, spinners.running.load(ordering: .sequentiallyConsistent), threads)
        }
        #expect(result.status == 200)
        // The answer came while the spinning tasks still held every thread.
        #expect(result.spinning >= result.threads)
    }

    /// Tasks that keep their threads busy until told to stop.
    final class Spinners: Sendable {
        let running = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)

        func spin(atMost limit: Duration) {
            running.add(1, ordering: .sequentiallyConsistent)
            let end = ContinuousClock.now + limit
            while !stop.load(ordering: .relaxed), ContinuousClock.now < end {}
            running.subtract(1, ordering: .sequentiallyConsistent)
        }
    }

    /// With inotify on both folders, a rebuild looks only at the files heard to change (not at
    /// every input and output); an output edited by hand in place is heard too, and the next
    /// rebuild writes it as a clean build does.
    @Test func aRebuildLooksOnlyAtWhatChangedAndStillFindsAnOutputEditedByHand() async throws {
        let served = try await Served.start(source: "Tests/Fixtures/Sites/clinic")
        defer { served.close() }
        try #require(served.session.tracksChanges, "inotify watches both folders")
        let edited = served.input.appendingPathComponent("antidepressiva.yaml")
        func retitle(_ title: String) throws {
            let text = try String(contentsOf: edited, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("title: ") ? "title: \(title)" : String($0) }
            try lines.joined(separator: "\n").write(to: edited, atomically: true, encoding: .utf8)
        }
        // The first rebuild looks at every file (what changed before the watchers began is not known).
        try retitle("Werken antidepressiva? (1)")
        #expect(try await served.waitForBuilds(2))
        #expect(served.session.buildsWithKnownChanges == 0)
        try retitle("Werken antidepressiva? (2)")
        #expect(try await served.waitForBuilds(3))
        #expect(served.session.buildsWithKnownChanges == 1)
        // Another article's output, changed in place by hand (no rename, so its folder's stamp stays).
        let tampered = served.output.appendingPathComponent("slaap-en-stemming/index.jsonld")
        try Served.appendInPlace(" ", to: tampered)
        // A temporary file an old ldpub left in a third article's folder (a hidden name).
        let leftover = served.output.appendingPathComponent("over-deze-site/\(OutputLayout.temporaryPrefix)1")
        try Data("x".utf8).write(to: leftover)
        try await Task.sleep(for: .milliseconds(300))
        try retitle("Werken antidepressiva? (3)")
        #expect(try await served.waitForBuilds(4))
        #expect(served.session.buildsWithKnownChanges == 2)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        // The served folder is what a clean build of the same input writes.
        let clean = served.root.appendingPathComponent("clean")
        let report = FolderBuild(options: .init(inputPath: served.input.path, outputPath: clean.path, vocabulary: .schemaOrg, drawGraphs: false)).run()
        #expect(report.failure == nil)
        let files = try FileManager.default.subpathsOfDirectory(atPath: clean.path).filter { !$0.hasPrefix(".ldpub") }
        #expect(files.contains("slaap-en-stemming/index.jsonld"))
        for file in files where (try? clean.appendingPathComponent(file).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true {
            #expect(FileManager.default.contents(atPath: served.output.appendingPathComponent(file).path)
                == FileManager.default.contents(atPath: clean.appendingPathComponent(file).path), "\(file)")
        }
    }

    /// An article reached through a symbolic link is always looked at: its target's changes are
    /// heard under the target's name, or not at all (here the target is in a hidden folder,
    /// which is not watched).
    @Test func anArticleThroughALinkIsAlwaysLookedAt() async throws {
        let served = try await Served.start(source: "Tests/Fixtures/Sites/clinic") { input in
            let drafts = input.appendingPathComponent(".drafts")
            try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: input.appendingPathComponent("slaap-en-stemming.yaml"), to: drafts.appendingPathComponent("slaap.yaml"))
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("slaap-en-stemming.yaml").path,
                                                       withDestinationPath: ".drafts/slaap.yaml")
        }
        defer { served.close() }
        try #require(served.session.firstBuild.failure == nil)
        try #require(served.session.tracksChanges)
        #expect(try await served.secondBuildWithTrustedStamps(touching: "antidepressiva.yaml"))
        // The target changes unheard; a change heard elsewhere makes the next rebuild.
        let target = served.input.appendingPathComponent(".drafts/slaap.yaml")
        try String(contentsOf: target, encoding: .utf8).replacingOccurrences(of: "title: \"Slaap & stemming", with: "title: \"Slaap en stemming")
            .write(to: target, atomically: true, encoding: .utf8)
        try served.touchInput("antidepressiva.yaml")
        #expect(try await served.waitForBuilds(3))
        #expect(served.session.buildsWithKnownChanges == 1)
        let page = try String(contentsOf: served.output.appendingPathComponent("slaap-en-stemming/index.html"), encoding: .utf8)
        #expect(page.contains("Slaap en stemming"))
    }

    /// An article file with a second name (a hard link) outside the input folder is always
    /// looked at: a change made through that name is not heard.
    @Test func anArticleWithASecondNameIsAlwaysLookedAt() async throws {
        let served = try await Served.start(source: "Tests/Fixtures/Sites/clinic") { input in
            try FileManager.default.linkItem(at: input.appendingPathComponent("slaap-en-stemming.yaml"),
                                             to: input.deletingLastPathComponent().appendingPathComponent("master.yaml"))
        }
        defer { served.close() }
        try #require(served.session.tracksChanges)
        #expect(try await served.secondBuildWithTrustedStamps(touching: "antidepressiva.yaml"))
        // Changed in place through the other name (the same file): nothing is heard.
        try Served.rewriteInPlace(served.root.appendingPathComponent("master.yaml"), replacing: "title: \"Slaap & stemming", with: "title: \"Slaap en stemming")
        try served.touchInput("antidepressiva.yaml")
        #expect(try await served.waitForBuilds(3))
        #expect(served.session.buildsWithKnownChanges == 1)
        let page = try String(contentsOf: served.output.appendingPathComponent("slaap-en-stemming/index.html"), encoding: .utf8)
        #expect(page.contains("Slaap en stemming"))
    }

    /// An article given a second name inside the input folder while the server runs (`ln a.yaml
    /// notes.txt`), then changed through it: inotify reports the new name alone, and not the
    /// article's. A heard file with a second name makes the rebuild look at every file.
    @Test func anArticleChangedThroughANewSecondNameIsRebuilt() async throws {
        let served = try await Served.start(source: "Tests/Fixtures/Sites/clinic")
        defer { served.close() }
        try #require(served.session.tracksChanges)
        #expect(try await served.secondBuildWithTrustedStamps(touching: "antidepressiva.yaml"))
        let notes = served.input.appendingPathComponent("notes.txt")
        try FileManager.default.linkItem(at: served.input.appendingPathComponent("slaap-en-stemming.yaml"), to: notes)
        try Served.rewriteInPlace(notes, replacing: "title: \"Slaap & stemming", with: "title: \"Slaap en stemming")
        #expect(try await pageShows("Slaap en stemming", served, slug: "slaap-en-stemming"))
    }

    /// An output folder moved away takes the watch with it: from then on, every rebuild looks at
    /// every file, and an output edited in place in the new folder is still repaired.
    @Test func anOutputFolderMovedAwayEndsTheShortcut() async throws {
        let served = try await Served.start(source: "Tests/Fixtures/Sites/clinic")
        defer { served.close() }
        try #require(served.session.tracksChanges)
        try FileManager.default.moveItem(at: served.output, to: served.root.appendingPathComponent("moved"))
        let deadline = ContinuousClock.now + .seconds(5)
        while served.session.tracksChanges, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!served.session.tracksChanges)
        try served.touchInput("antidepressiva.yaml")
        #expect(try await served.waitForBuilds(2))
        let tampered = served.output.appendingPathComponent("slaap-en-stemming/index.jsonld")
        try Served.appendInPlace(" ", to: tampered)
        try served.touchInput("antidepressiva.yaml")
        #expect(try await served.waitForBuilds(3))
        #expect(served.session.buildsWithKnownChanges == 0)
        let clean = served.root.appendingPathComponent("clean")
        #expect(FolderBuild(options: .init(inputPath: served.input.path, outputPath: clean.path, vocabulary: .schemaOrg, drawGraphs: false)).run().failure == nil)
        #expect(FileManager.default.contents(atPath: tampered.path) == FileManager.default.contents(atPath: clean.appendingPathComponent("slaap-en-stemming/index.jsonld").path))
    }

    /// After a build that failed (and so saved no cache), the next looks at every file again:
    /// what changed before the failure is not among what was heard since.
    @Test func aFailedBuildMakesTheNextLookAtEveryFile() async throws {
        let served = try await Served.start(source: "Tests/Fixtures/Sites/clinic")
        defer { served.close() }
        try #require(served.session.tracksChanges)
        let edited = served.input.appendingPathComponent("antidepressiva.yaml")
        // The cache of build 2 holds the edited article's stamp as copied.
        #expect(try await served.secondBuildWithTrustedStamps(touching: "slaap-en-stemming.yaml"))
        // An error in one article, then an edit of another: the rebuild must still see the error.
        try String(contentsOf: edited, encoding: .utf8).replacingOccurrences(of: "\ntitle:", with: "\ntitel:")
            .write(to: edited, atomically: true, encoding: .utf8)
        #expect(try await served.waitForBuilds(3))
        let withKnownChanges = served.session.buildsWithKnownChanges
        try served.touchInput("slaap-en-stemming.yaml")
        #expect(try await served.waitForBuilds(4))
        #expect(served.session.buildsWithKnownChanges == withKnownChanges)
        let page = try await RawHTTP.get("/", port: served.port)
        #expect(page.status == 500 && page.body.contains("titel"))
    }

    @Test func pollingSeesAnEditToo() async throws {
        let served = try await Served.start(forcePolling: true)
        defer { served.close() }
        #expect(served.session.watchMethod == .poll)
        try served.edit("title: \"Hoe werkt ketamine?", with: "title: \"Gepeild: ketamine?")
        #expect(try await eventually { try await RawHTTP.get("/\(Self.slug)/", port: served.port).body.contains("Gepeild: ketamine?") })
    }

    /// Waits until the served page of the article `slug` holds `text`; false after `seconds`.
    private func pageShows(_ text: String, _ served: Served, slug: String = slug, seconds: Double = 15) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if try await RawHTTP.get("/\(slug)/", port: served.port).body.contains(text) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// A rebuild that finds the output folder locked by another process (`ldpub build` writing
    /// to it) is tried again until the lock is free: the edit is served with no further change.
    @Test func aRebuildBlockedByAnotherBuildIsTriedAgain() async throws {
        let served = try await Served.start()
        defer { served.close() }
        // The lock another ldpub build takes: flock on the output folder.
        let folder = open(served.output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(folder) }
        #expect(flock(folder, LOCK_EX) == 0)
        try served.edit("title: \"Hoe werkt ketamine?", with: "title: \"Zo werkt ketamine?")
        // The rebuild ran and failed: the folder is locked.
        #expect(try await served.waitForBuilds(2))
        #expect(try await !pageShows("Zo werkt ketamine?", served, seconds: 0.5))
        #expect(flock(folder, LOCK_UN) == 0)
        #expect(try await pageShows("Zo werkt ketamine?", served), "built once the lock was free")
    }

    /// The input folder replaced by another of the same name (unpacked or synced into a new
    /// folder, then renamed): the watches followed the old folder away, so the new one is
    /// watched by its path from then on (by polling), and its edits are built.
    @Test func anInputFolderReplacedIsWatchedByItsPath() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let copy = served.root.appendingPathComponent("in.new"), old = served.root.appendingPathComponent("in.old")
        try FileManager.default.copyItem(at: served.input, to: copy)
        try FileManager.default.moveItem(at: served.input, to: old)
        try FileManager.default.moveItem(at: copy, to: served.input)
        #expect(try await served.waitForBuilds(2))
        try served.edit("title: \"Hoe werkt ketamine?", with: "title: \"Zo werkt ketamine?")
        #expect(try await pageShows("Zo werkt ketamine?", served), "the new folder's edit is built")
    }

    @Test func anInputErrorIsShownUntilItIsFixed() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let before = try Data(contentsOf: served.output.appendingPathComponent("\(Self.slug)/index.html"))
        let stream = try RawHTTP.EventStream(port: served.port)
        #expect(await stream.wait(for: "data: 1\n\n", seconds: 5))
        try served.edit("\npublished:", with: "\npublishd:")
        #expect(await stream.wait(for: "event: reload", seconds: 15))
        let page = try await RawHTTP.get("/\(Self.slug)/", port: served.port)
        #expect(page.status == 500)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("ldpub: the build failed"))
        // file:line:column, the source line and the caret, HTML-escaped.
        let file = served.article.path
        #expect(page.body.contains("\(file):18:1: error: unknown key &#39;publishd&#39; in article"))
        #expect(page.body.contains(" 18 | publishd: 2025-12-30\n    | ^~~~~~~~"))
        #expect(page.body.contains("<script src=\"/__ldpub/reload.js"))
        #expect(try await RawHTTP.get("/", port: served.port).status == 500)
        // The last good build stays on disk, and non-HTML files are still served.
        #expect(try Data(contentsOf: served.output.appendingPathComponent("\(Self.slug)/index.html")) == before)
        #expect(try await RawHTTP.get("/feed.xml", port: served.port).status == 200)
        try served.edit("\npublishd:", with: "\npublished:")
        #expect(try await eventually { try await RawHTTP.get("/\(Self.slug)/", port: served.port).status == 200 })
        #expect(try await RawHTTP.get("/\(Self.slug)/", port: served.port).body.contains(Self.title))
    }

    @Test func pathsOutOfTheOutputFolderAreRefused() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let secret = served.root.appendingPathComponent("secret.txt")
        try "secret\n".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: served.output.appendingPathComponent("leak.txt").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: served.output.appendingPathComponent("up").path, withDestinationPath: served.root.path)
        let targets = [
            "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt",
            "/\(Self.slug)/..%2f..%2fsecret.txt", "/\(Self.slug)/../../secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
            "/leak.txt", "/up/secret.txt", "/up/", "http://127.0.0.1/../secret.txt", "secret.txt", "/%00", "/./index.html",
            "/.ldpub-owner", "/%2eldpub-owner",
        ]
        for target in targets {
            let response = try await RawHTTP.get(target, port: served.port)
            #expect([400, 403, 404].contains(response.status), "\(target): \(response.status)")
            #expect(!response.body.contains("secret"), "\(target)")
        }
        #expect(try await RawHTTP.get("/%69ndex.html", port: served.port).status == 200)
    }

    /// Against DNS rebinding: a page of another site whose name resolves to 127.0.0.1 sends its
    /// own name as `Host`, and is refused.
    @Test func onlyLocalHostNamesAreAnswered() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let port = served.port
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LocalHost:\(port)", "[::1]:\(port)"] {
            #expect(try await RawHTTP.get("/", port: port, host: host).status == 200, "\(host)")
        }
        for host in ["evil.example:\(port)", "localhost.evil.example:\(port)", "127.0.0.1", "localhost", "127.0.0.1:\(port &+ 1)",
                     "192.168.1.10:\(port)", "[::2]:\(port)", "::1:\(port)", "127.0.0.1:\(port):\(port)", ""] {
            let response = try await RawHTTP.get("/", port: port, host: host)
            #expect(response.status == 403, "\(host)")
            #expect(!response.body.contains("<html"), "\(host)")
        }
        // The event stream and the script are refused too.
        #expect(try await RawHTTP.get("/__ldpub/reload.js", port: port, host: "evil.example:\(port)").status == 403)
        #expect(try await RawHTTP.get("/__ldpub/events", port: port, host: "evil.example:\(port)").status == 403)
    }

    /// What FlyingFox does not bound: a request head that does not end is cut off at 16 KiB, and
    /// the server goes on answering others.
    @Test func anEndlessRequestHeadIsCutOff() async throws {
        let served = try await Served.start()
        defer { served.close() }
        let port = served.port
        let closed = try await offPool { () throws -> Bool in
            let fd = try RawHTTP.connect(port: port)
            defer { close(fd) }
            RawHTTP.send(fd, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Long: ")
            let line = Array(String(repeating: "a", count: 16 * 1024).utf8)
            var buffer = [UInt8](repeating: 0, count: 1024)
            for _ in 0..<200 {
                let sent = line.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
                if sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK { return true }
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
        #expect(closed, "the connection was not closed after 3 MiB of one header line")
        #expect(try await RawHTTP.get("/", port: served.port).status == 200)
    }

    @Test func listensOnLoopbackOnlyByDefault() async throws {
        #expect(ServeSession.Options(build: .init(inputPath: "in", outputPath: "out", vocabulary: .schemaOrg)).address == "127.0.0.1")
        #expect(PreviewServer.isLoopback("127.0.0.1") && PreviewServer.isLoopback("127.1.2.3") && PreviewServer.isLoopback("::1"))
        #expect(!PreviewServer.isLoopback("0.0.0.0") && !PreviewServer.isLoopback("::") && !PreviewServer.isLoopback("192.168.1.10"))
        let served = try await Served.start()
        defer { served.close() }
        // Every address of this machine that is not loopback refuses the connection.
        var interfaces: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&interfaces) == 0 else { return }
        defer { freeifaddrs(interfaces) }
        var cursor = interfaces
        while let interface = cursor?.pointee {
            defer { cursor = interface.ifa_next }
            guard let address = interface.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            var ipv4 = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            inet_ntop(AF_INET, &ipv4, &text, socklen_t(INET_ADDRSTRLEN))
            let host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard !PreviewServer.isLoopback(host) else { continue }
            #expect(throws: RawHTTP.Failure.self, "\(host)") { _ = try RawHTTP.connect(host: host, port: served.port) }
        }
        #expect(try await RawHTTP.get("/", port: served.port).status == 200)
    }
}
