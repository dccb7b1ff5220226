// ldpub — MIT licence.

import ArticleModel
import Foundation

/// Renders DOT text to SVG (or another format) by running Graphviz's `dot`.
///
/// Each call runs `dot -T<format>` once, with the DOT text and the output in a fresh temporary
/// folder that is removed afterwards, so large graphs can never block on a pipe.
public struct GraphvizRenderer: Sendable {
    /// The `dot` program this renderer runs.
    public let executablePath: String
    /// The core-only plugin folder when text is measured with Graphviz's built-in metrics.
    private let corePlugins: CorePluginFolder?

    /// A renderer that runs the `dot` program at `executablePath`, with text measured in the
    /// fonts that fontconfig finds on this machine.
    public init(executablePath: String) {
        self.executablePath = executablePath
        corePlugins = nil
    }

    /// A renderer whose drawings do not depend on the fonts installed: `dot` runs with only its
    /// core plugins and measures text with Graphviz's built-in font metrics. Renders SVG (not
    /// PNG or PDF, which need the plugins left out).
    ///
    /// - Throws: ``RenderingError/couldNotRun(_:)`` when the plugin folder cannot be made (a
    ///   Graphviz without the plugin libraries that `dot -v` names).
    public func withBuiltInTextMetrics() throws(RenderingError) -> GraphvizRenderer {
        GraphvizRenderer(executablePath: executablePath, corePlugins: try CorePluginFolder(dotPath: executablePath))
    }

    private init(executablePath: String, corePlugins: CorePluginFolder?) {
        self.executablePath = executablePath
        self.corePlugins = corePlugins
    }

    /// What identifies the drawings this renderer makes: the `dot` program, its version and
    /// how it measures text (for the build cache).
    public var identity: String {
        corePlugins.map { "\(executablePath) \($0.version) built-in metrics" } ?? "\(executablePath) installed fonts"
    }

    /// A renderer that runs the first `dot` found in the directories of `searchPath`.
    ///
    /// - Parameter searchPath: Directories separated by `:`, as in the `PATH` environment
    ///   variable (which the caller passes; the library never reads the environment). Empty
    ///   entries are ignored.
    /// - Throws: ``RenderingError/dotNotFound`` when no directory has an executable `dot`.
    public init(searchPath: String) throws(RenderingError) {
        guard let path = Self.findExecutable(named: "dot", in: searchPath) else { throw .dotNotFound }
        self.init(executablePath: path)
    }

    /// The path of the first executable file called `name` in the directories of `searchPath`.
    public static func findExecutable(named name: String, in searchPath: String) -> String? {
        let fileManager = FileManager.default
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = (directory.hasSuffix("/") ? String(directory) : directory + "/") + name
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               fileManager.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    /// The SVG drawing of a DOT graph.
    ///
    /// - Returns: The SVG document. What `dot` printed on stderr while succeeding (warnings) is
    ///   dropped; use ``render(_:format:)`` to see it.
    /// - Throws: ``RenderingError`` when `dot` cannot be run or fails (with its stderr).
    public func renderSVG(_ dot: String) throws(RenderingError) -> String {
        String(decoding: try render(dot, format: .svg).data, as: UTF8.self)
    }

    /// The drawing of a DOT graph in `format`, with what `dot` printed on stderr.
    ///
    /// - Throws: ``RenderingError/couldNotRun(_:)`` when `dot` cannot be started or its files
    ///   cannot be written or read; ``RenderingError/failed(exitStatus:standardError:)`` when it
    ///   exits with a status other than 0 or is killed.
    public func render(_ dot: String, format: OutputFormat) throws(RenderingError) -> Output {
        try run(arguments: ["-T" + format.rawValue], input: dot, extraEnvironment: corePlugins.map { ["GVBINDIR": $0.path] } ?? [:], output: format.rawValue)
    }

    /// A new folder `<prefix>-XXXXXX` in the temporary folder, made with `mkdtemp` (mode 0700):
    /// this process's own, with a name no other process can take or guess (Foundation's `UUID()`
    /// gives all zeros when it cannot open /dev/urandom, as under a very low open-files limit).
    static func makeTemporaryFolder(_ prefix: String) throws(RenderingError) -> String {
        let parent = FileManager.default.temporaryDirectory.path
        var template = Array((parent + "/" + prefix + "-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw .couldNotRun("could not create a temporary folder in \(parent): \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }

    /// Runs `dot arguments… -o <file> <input file>` (without `-o` when `output` is nil).
    func run(arguments: [String], input dot: String, extraEnvironment: [String: String], output outputExtension: String? = nil) throws(RenderingError) -> Output {
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: try Self.makeTemporaryFolder("ldpub-graphviz"), isDirectory: true)
        let input = folder.appendingPathComponent("graph.dot")
        let output = folder.appendingPathComponent("graph." + (outputExtension ?? "out"))
        let errors = folder.appendingPathComponent("stderr.txt")
        defer { try? fileManager.removeItem(at: folder) }
        let errorHandle: FileHandle
        do {
            try Data(dot.utf8).write(to: input)
            guard fileManager.createFile(atPath: errors.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            errorHandle = try FileHandle(forWritingTo: errors)
        } catch {
            throw .couldNotRun("could not write its input to \(folder.path): \(error.localizedDescription)")
        }
        defer { try? errorHandle.close() }

        let termination: ChildProcess.Termination
        do throws(ChildProcess.StartFailure) {
            termination = try ChildProcess.run(
                executablePath,
                arguments: arguments + (outputExtension == nil ? [] : ["-o", output.path]) + [input.path],
                environment: ProcessInfo.processInfo.environment.merging(extraEnvironment) { $1 },
                standardError: errorHandle)
        } catch {
            throw .couldNotRun(error.reason)
        }

        let standardError: String
        switch FileReading.contents(of: errors.path) {
        case .success(let bytes): standardError = String(decoding: bytes, as: UTF8.self)
        case .failure(let failure): throw .couldNotRun("what it printed could not be read: \(failure.reason)")
        }
        switch termination {
        case .exited(0): break
        case .exited(let status), .signalled(let status): throw .failed(exitStatus: status, standardError: standardError)
        }
        guard let outputExtension else { return Output(data: Data(), standardError: standardError) }
        switch FileReading.contents(of: output.path) {
        case .success(let bytes):
            return Output(data: Data(bytes), standardError: standardError)
        case .failure(let failure) where failure.isNoSuchFile:
            throw .couldNotRun("'\(executablePath)' exited with status 0 but wrote no \(outputExtension) file")
        case .failure(let failure):
            // Such as this process's open-files limit: the drawing is there, it cannot be read.
            throw .couldNotRun("its \(outputExtension) file could not be read: \(failure.reason)")
        }
    }
}
