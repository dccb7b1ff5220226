// ldpub — MIT licence.

import Synchronization

/// Where a build puts its files: the output folder (``OutputTransaction``) or memory
/// (``MemoryOutput``, for tests, the golden check and the fuzzers). The build takes the same
/// steps either way.
public protocol OutputSink: AnyObject, Sendable {
    /// Stages `file`; nothing is visible until ``commit(keeping:removingStale:)``. Thread-safe.
    func stage(_ file: OutputFile)
    /// Makes every staged file visible and removes ldpub's files not in `kept` (when `removingStale`).
    func commit(keeping kept: Set<String>, removingStale: Bool) throws(OutputError) -> OutputTransaction.Summary
    /// Forgets every staged file: the output stays as it was.
    func abort()
    /// A writer that stages the top-level file at `path` piece by piece (for a large file).
    func stagedWriter(for path: OutputPath) -> any StagedFileWriter
    /// The output folder's transaction, for what only a folder has (its owner record, the stamps
    /// the build cache keeps, static copies of earlier builds); nil in memory.
    var folder: OutputTransaction? { get }
}

extension OutputTransaction: OutputSink {
    public var folder: OutputTransaction? { self }
}

/// An output that keeps a build's files in memory.
public final class MemoryOutput: OutputSink {
    private let state = Mutex<(staged: [String: OutputFile], committed: [String: OutputFile])>(([:], [:]))

    /// An empty output.
    public init() {}

    public func stage(_ file: OutputFile) {
        state.withLock { $0.staged[file.path] = file }
    }

    public func commit(keeping kept: Set<String>, removingStale: Bool) throws(OutputError) -> OutputTransaction.Summary {
        state.withLock { state in
            var summary = OutputTransaction.Summary()
            for (path, file) in state.staged {
                if state.committed[path] == file { summary.unchanged += 1 } else { summary.written.append(path) }
                state.committed[path] = file
            }
            if removingStale {
                summary.removed = state.committed.keys.filter { !kept.contains($0) && OutputLayout.isOwned($0) }
                for path in summary.removed { state.committed[path] = nil }
            }
            state.staged = [:]
            summary.written.sort()
            summary.removed.sort()
            return summary
        }
    }

    public func abort() {
        state.withLock { $0.staged = [:] }
    }

    public var folder: OutputTransaction? { nil }

    /// The committed files, sorted by path.
    public var files: [OutputFile] {
        state.withLock { $0.committed.values.sorted { $0.path < $1.path } }
    }
}
