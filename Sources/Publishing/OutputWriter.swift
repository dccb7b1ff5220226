// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a build into the output folder so that the previous output is never lost.
///
/// 1. Takes an exclusive lock on the output folder (`flock`), so two builds never interleave.
/// 2. Removes temporary files a killed build left behind.
/// 3. Writes every file whose bytes changed to a temporary file next to it. A failure here
///    (disk full, read-only folder) removes the temporary files and leaves the output as it was.
/// 4. Renames each temporary file over its target (atomic per file), then removes ldpub's own
///    files of articles that no longer exist (see ``OutputLayout``).
///
/// Every path below the output folder is opened with `O_NOFOLLOW` relative to its parent, so
/// nothing is written through a symbolic link inside the output folder; the output folder
/// itself may be a link, and is followed. Unchanged files are left untouched (same inode, same
/// modification time).
public struct OutputWriter: Sendable {
    /// The output folder as the user typed it.
    public let outputPath: String
    /// For tests: a write to a path for which this returns true fails as if the disk were full.
    public var injectedWriteFailure: (@Sendable (String) -> Bool)?

    /// What a write did.
    public struct Summary: Sendable, Hashable {
        /// Files whose bytes changed (created or replaced), paths below the output folder.
        public var written: [String] = []
        /// Files left untouched because their bytes were already right.
        public var unchanged = 0
        /// Stale files of ldpub's that were removed.
        public var removed: [String] = []
    }

    /// Creates a writer for the output folder at `outputPath`.
    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    /// Writes `files`, replacing the output folder's ldpub files with them.
    public func write(_ files: [OutputFile]) throws(OutputError) -> Summary {
        try Self.checkPaths(files)
        try createOutputFolderIfNeeded()
        let root = try DirectoryHandle.open(path: outputPath)
        try root.lockExclusively()
        removeTemporaryFiles(in: root)

        var folders: [String: DirectoryHandle] = ["": root]
        var createdFolders: [String] = []
        var pending: [(folder: DirectoryHandle, name: String, temporary: String, path: String)] = []
        var summary = Summary()
        do {
            for (index, file) in files.enumerated() {
                let (folderPath, name) = Self.split(file.path)
                let folder: DirectoryHandle
                if let open = folders[folderPath] {
                    folder = open
                } else {
                    let (handle, created) = try root.child(folderPath, create: true)!
                    folders[folderPath] = handle
                    if created { createdFolders.append(folderPath) }
                    folder = handle
                }
                if folder.contents(of: name) == file.bytes {
                    summary.unchanged += 1
                    continue
                }
                let temporary = "\(OutputLayout.temporaryPrefix)\(getpid())-\(index)"
                try writeTemporary(file, named: temporary, in: folder)
                pending.append((folder, name, temporary, file.path))
            }
        } catch {
            for entry in pending { unlinkat(entry.folder.descriptor, entry.temporary, 0) }
            for folder in createdFolders { unlinkat(root.descriptor, folder, AT_REMOVEDIR) }
            throw error
        }
        for entry in pending {
            guard renameat(entry.folder.descriptor, entry.temporary, entry.folder.descriptor, entry.name) == 0 else {
                let reason = SystemError.text(errno)
                for later in pending { unlinkat(later.folder.descriptor, later.temporary, 0) }
                throw OutputError("cannot replace '\(entry.folder.path(entry.name))': \(reason)")
            }
            summary.written.append(entry.path)
        }
        summary.removed = removeStaleFiles(in: root, keeping: Set(files.map(\.path)))
        return summary
    }

    // MARK: - Steps

    /// Every path is relative, at most two levels deep, with no empty, `.` or `..` component.
    static func checkPaths(_ files: [OutputFile]) throws(OutputError) {
        var seen = Set<String>()
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }),
                  !file.path.contains("\0")
            else { throw OutputError("refusing to write '\(file.path)': not a plain path inside the output folder") }
            guard seen.insert(file.path).inserted else { throw OutputError("two outputs share the path '\(file.path)'") }
        }
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    private func createOutputFolderIfNeeded() throws(OutputError) {
        var info = stat()
        if stat(outputPath, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw OutputError("'\(outputPath)' exists and is not a folder") }
            return
        }
        var prefix = outputPath.hasPrefix("/") ? "/" : ""
        for part in outputPath.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw OutputError("cannot create the output folder '\(outputPath)': \(SystemError.text(errno))")
            }
        }
    }

    private func writeTemporary(_ file: OutputFile, named temporary: String, in folder: DirectoryHandle) throws(OutputError) {
        let descriptor = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError("cannot write in '\(folder.displayPath)': \(SystemError.text(errno))") }
        var failure: Int32 = 0
        if let injectedWriteFailure, injectedWriteFailure(file.path) {
            failure = ENOSPC
        } else {
            var written = 0
            while written < file.bytes.count {
                let count = file.bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    failure = errno
                    break
                }
                written += count
            }
        }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlinkat(folder.descriptor, temporary, 0)
            throw OutputError("cannot write '\(folder.path(Self.split(file.path).name))': \(SystemError.text(failure))")
        }
    }

    /// Removes `.ldpub-tmp-*` files left by a build that was killed.
    private func removeTemporaryFiles(in root: DirectoryHandle) {
        for entry in root.entries() {
            if entry.name.hasPrefix(OutputLayout.temporaryPrefix) && !entry.isDirectory {
                unlinkat(root.descriptor, entry.name, 0)
            } else if entry.isDirectory, !entry.name.hasPrefix("."), let child = try? root.child(entry.name, create: false)?.handle {
                for inner in child.entries() where inner.name.hasPrefix(OutputLayout.temporaryPrefix) && !inner.isDirectory {
                    unlinkat(child.descriptor, inner.name, 0)
                }
            }
        }
    }

    /// Removes ldpub's own files that this build did not produce, and article folders left empty.
    private func removeStaleFiles(in root: DirectoryHandle, keeping kept: Set<String>) -> [String] {
        var removed: [String] = []
        for entry in root.entries() {
            if !entry.isDirectory {
                if OutputLayout.isOwned(entry.name) && !kept.contains(entry.name) && unlinkat(root.descriptor, entry.name, 0) == 0 {
                    removed.append(entry.name)
                }
                continue
            }
            guard let child = try? root.child(entry.name, create: false)?.handle else { continue }
            var remaining = 0
            for inner in child.entries() {
                let path = entry.name + "/" + inner.name
                if !inner.isDirectory && OutputLayout.isOwned(path) && !kept.contains(path) && unlinkat(child.descriptor, inner.name, 0) == 0 {
                    removed.append(path)
                } else {
                    remaining += 1
                }
            }
            if remaining == 0 && OutputLayout.isOwned(entry.name + "/index.jsonld") {
                unlinkat(root.descriptor, entry.name, AT_REMOVEDIR)
            }
        }
        return removed.sorted()
    }
}
