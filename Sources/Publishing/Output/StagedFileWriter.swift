// ldpub — MIT licence.

import BuildCache

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A file written into an output in pieces, so that a large one (the site graph) is never whole
/// in memory. Nothing is visible before the output's commit, as with a file staged whole.
public protocol StagedFileWriter: AnyObject, Sendable {
    /// Appends `bytes`.
    func write(_ bytes: [UInt8])
    /// Stages the file; a file with the bytes already in the output counts as unchanged.
    func finish()
}

extension OutputTransaction {
    /// A writer that stages the top-level file at `path` piece by piece.
    public func stagedWriter(for path: OutputPath) -> any StagedFileWriter {
        FolderFileWriter(transaction: self, path: path)
    }
}

extension MemoryOutput {
    /// A writer that stages the file at `path` when it is finished.
    public func stagedWriter(for path: OutputPath) -> any StagedFileWriter {
        MemoryFileWriter(output: self, path: path)
    }
}

/// Writes a staged file, comparing it, piece by piece, with the one the output folder holds.
private final class FolderFileWriter: StagedFileWriter {
    private let transaction: OutputTransaction
    private let path: OutputPath
    private let temporary: String
    private let state: Mutex<State>

    private struct State {
        var target: Int32
        var existing: Int32
        var written = 0
        var sameSoFar: Bool
        var failure: Int32 = 0
        /// The stamp of the file the build leaves: the existing one when it is the same, else the staged one.
        var stamp: FileStamp?
    }

    init(transaction: OutputTransaction, path: OutputPath) {
        self.transaction = transaction
        self.path = path
        temporary = transaction.nextTemporaryName()
        precondition(path.split.folder.isEmpty, "a staged writer is for top-level files")
        let existing = openat(transaction.root.descriptor, path.relative, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        var info = stat()
        let comparable = existing >= 0 && fstat(existing, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        let target = openat(transaction.staging.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        state = Mutex(State(target: target, existing: existing, sameSoFar: comparable, failure: target < 0 ? errno : 0))
    }

    func write(_ bytes: [UInt8]) {
        state.withLock { state in
            guard state.failure == 0, !bytes.isEmpty else { return }
            if state.sameSoFar {
                state.sameSoFar = FileDescriptorIO.read(bytes.count, from: state.existing, at: state.written) == bytes
            }
            state.failure = FileDescriptorIO.writeAll(bytes, to: state.target)
            state.written += bytes.count
        }
    }

    func finish() {
        let state = self.state.withLock { state -> State in
            if state.sameSoFar {
                var info = stat()
                state.sameSoFar = fstat(state.existing, &info) == 0 && Int(info.st_size) == state.written
            }
            state.stamp = FileStamp.of(descriptor: state.sameSoFar ? state.existing : state.target)
            if state.existing >= 0 { close(state.existing) }
            if state.target >= 0 && close(state.target) != 0 && state.failure == 0 { state.failure = errno }
            return state
        }
        if state.failure != 0 {
            unlinkat(transaction.staging.descriptor, temporary, 0)
            transaction.remember(OutputError("cannot write '\(transaction.outputPath)/\(path.relative)': \(SystemError.text(state.failure))"))
        } else if state.sameSoFar {
            unlinkat(transaction.staging.descriptor, temporary, 0)
            transaction.addUnchanged(path: path.relative, stamp: state.stamp)
        } else {
            transaction.addStaged(temporary: temporary, path: path.relative, stamp: state.stamp)
        }
    }
}

/// Collects a file in memory, for ``MemoryOutput``.
private final class MemoryFileWriter: StagedFileWriter {
    private let output: MemoryOutput
    private let path: OutputPath
    private let bytes = Mutex<[UInt8]>([])

    init(output: MemoryOutput, path: OutputPath) {
        self.output = output
        self.path = path
    }

    func write(_ bytes: [UInt8]) { self.bytes.withLock { $0 += bytes } }

    func finish() { output.stage(OutputFile(path, bytes: bytes.withLock { $0 })) }
}
