// ldpub — MIT licence.

import BuildCache
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// One build's changes to the output folder: staged first, then committed or aborted as a whole.
///
/// - ``begin(outputPath:)`` takes an exclusive lock on the output folder (`flock`), so two builds
///   never interleave, and removes what a killed build left in the staging folder.
/// - ``stage(_:)`` (from any thread) compares a file with the one in the output folder and, when
///   its bytes differ, writes it into the staging folder `.ldpub/staging/` inside the output
///   folder. Nothing visible changes yet.
/// - ``commit(keeping:)`` renames every staged file into place (atomic per file), then removes
///   ldpub's own files that the build did not produce (see ``OutputLayout``).
/// - ``abort()`` deletes the staging folder: the output stays exactly as it was.
///
/// Every path below the output folder is opened relative to its parent with `O_NOFOLLOW`, so
/// nothing is written through a symbolic link inside the output folder; the output folder itself
/// may be a link, and is followed. Unchanged files are left untouched (same inode, same time).
public final class OutputTransaction: Sendable {
    /// The output folder as the user typed it.
    public let outputPath: String
    let root: DirectoryHandle
    let staging: DirectoryHandle
    private let createdOutputFolder: Bool
    private let injectedWriteFailure: (@Sendable (String) -> Bool)?
    /// The folders that ``begin(outputPath:injectedWriteFailure:sweepingFolders:)`` left for
    /// ``sweepLegacyTemporaryFiles(skipping:)`` to clean.
    private let unsweptFolders: [String]
    let state = Mutex(State())
    /// The removals of replaced files' old bytes still running.
    private let removals = DispatchGroup()

    struct State {
        var nextTemporary = 0
        var staged: [(temporary: String, path: String)] = []
        var unchanged = 0
        var failure: OutputError?
        /// The stamp of each file this build staged, or found holding its bytes already, when
        /// it did: a file changed after that (by hand, before the cache stamps it) is not
        /// recorded as the build's (``leftStamps``).
        var left: [String: FileStamp] = [:]
    }

    /// The hidden folder of ldpub's own inside the output folder, for staging (the cache is
    /// elsewhere: ``CacheFolder``).
    public static let privateFolder = ".ldpub"

    /// What a committed transaction did.
    public struct Summary: Sendable, Hashable {
        /// Files whose bytes changed (created or replaced), paths below the output folder, sorted.
        public var written: [String] = []
        /// Files left untouched because their bytes were already right.
        public var unchanged = 0
        /// Stale files of ldpub's that were removed, sorted.
        public var removed: [String] = []
    }

    private init(outputPath: String, root: DirectoryHandle, staging: DirectoryHandle, createdOutputFolder: Bool,
                 injectedWriteFailure: (@Sendable (String) -> Bool)?, unsweptFolders: [String]) {
        self.unsweptFolders = unsweptFolders
        self.outputPath = outputPath
        self.root = root
        self.staging = staging
        self.createdOutputFolder = createdOutputFolder
        self.injectedWriteFailure = injectedWriteFailure
    }

    /// Opens (creating it if needed) and locks the output folder.
    ///
    /// - Parameters:
    ///   - injectedWriteFailure: for tests: staging a path for which this returns true
    ///     fails as if the disk were full.
    ///   - sweepingFolders: false leaves the legacy temporary files in the folders below the output
    ///     folder to ``sweepLegacyTemporaryFiles(skipping:)``, which the caller must then call.
    public static func begin(outputPath: String, injectedWriteFailure: (@Sendable (String) -> Bool)? = nil,
                             sweepingFolders: Bool = true) throws(OutputError) -> OutputTransaction {
        let created = try createFolderIfNeeded(outputPath)
        let root = try DirectoryHandle.open(path: outputPath)
        try root.lockExclusively()
        guard let (privateFolder, _) = try root.child(Self.privateFolder, create: true),
              let (staging, _) = try privateFolder.child("staging", create: true)
        else { throw OutputError("cannot create '\(outputPath)/\(Self.privateFolder)/staging'") }
        for entry in staging.entries() where !entry.isDirectory {
            unlinkat(staging.descriptor, entry.name, 0)
        }
        let folders = removeLegacyTemporaryFiles(in: root, sweepingFolders: sweepingFolders)
        return OutputTransaction(outputPath: outputPath, root: root, staging: staging, createdOutputFolder: created,
                                 injectedWriteFailure: injectedWriteFailure, unsweptFolders: folders)
    }

    /// Stages `file` unless the output folder already holds exactly these bytes. Thread-safe.
    ///
    /// A failure is remembered and reported by ``commit(keeping:)``; later files are skipped.
    public func stage(_ file: OutputFile) {
        if state.withLock({ $0.failure != nil }) { return }
        do {
            try OutputPaths.check(file.path)
            if let stamp = root.stampIfHolding(file.bytes, atRelativePath: file.path) {
                addUnchanged(path: file.path, stamp: stamp)
                return
            }
            let temporary = nextTemporaryName()
            let stamp = try writeStaged(file, named: temporary)
            addStaged(temporary: temporary, path: file.path, stamp: stamp)
        } catch {
            remember(error)
        }
    }

    /// A new name in the staging folder.
    func nextTemporaryName() -> String {
        state.withLock { state -> String in
            state.nextTemporary += 1
            return "\(state.nextTemporary)"
        }
    }

    /// Records a file written into the staging folder as `temporary`, to go to `path`; `stamp`
    /// is its stamp once written (nil: not known).
    func addStaged(temporary: String, path: String, stamp: FileStamp?) {
        state.withLock { state in
            state.staged.append((temporary, path))
            state.left[path] = stamp
        }
    }

    /// Records a file of the output folder found holding the bytes it is to have; `stamp` is its stamp then.
    func addUnchanged(path: String, stamp: FileStamp?) {
        state.withLock { state in
            state.unchanged += 1
            state.left[path] = stamp
        }
    }

    /// The stamp each file staged, or found unchanged, had when this build was done with it
    /// (after ``commit(keeping:removingStale:)`` too: a rename keeps the inode, size and modification time).
    var leftStamps: [String: FileStamp] { state.withLock { $0.left } }

    /// Remembers the first failure, which ``commit(keeping:removingStale:)`` reports.
    func remember(_ error: OutputError) {
        state.withLock { if $0.failure == nil { $0.failure = error } }
    }

    /// Renames every staged file into place and removes ldpub's stale files.
    ///
    /// - Parameter kept: every path the build produced, changed or not; ldpub's files not in it are removed.
    /// - Throws: the first staging failure (after aborting), or a failure to rename.
    ///   - removingStale: false skips looking for stale files, for a build that knows the set of
    ///     files did not change.
    public func commit(keeping kept: Set<String>, removingStale: Bool = true) throws(OutputError) -> Summary {
        let current = state.withLock { $0 }
        if let failure = current.failure {
            abort()
            throw failure
        }
        // Every folder opened and every target checked before the first rename, so that a folder
        // in a file's place (or a file in a folder's) fails the build with the output unchanged.
        // Staged paths are sorted, so the files of one folder are next to each other: one folder is
        // open at a time, and the number of open files does not grow with the number of articles.
        let staged = current.staged.sorted(by: { $0.path < $1.path })
        let groups = Self.groupedByFolder(staged)
        var createdFolders: [String] = []
        // Large files that exist already are exchanged with their replacements (see FileExchange).
        var exchangeable = Set<String>()
        do throws(OutputError) {
            for group in groups {
                let folder: DirectoryHandle
                if group.folder.isEmpty {
                    folder = root
                } else {
                    let (handle, created) = try root.child(group.folder, create: true)!
                    folder = handle
                    if created { createdFolders.append(group.folder) }
                }
                for entry in group.entries {
                    let name = OutputPaths.split(entry.path).name
                    var info = stat()
                    if fstatat(folder.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                        throw OutputError("cannot replace '\(folder.path(name))': it is a folder (remove it and build again)")
                    }
                    if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) >= FileExchange.threshold { exchangeable.insert(entry.path) }
                }
            }
        } catch {
            for folder in createdFolders { unlinkat(root.descriptor, folder, AT_REMOVEDIR) }
            abort()
            throw error
        }
        var summary = Summary(unchanged: current.unchanged)
        var replaced: [String] = []
        defer { removeInBackground(replaced) }
        for group in groups {
            let folder: DirectoryHandle
            do throws(OutputError) {
                folder = group.folder.isEmpty ? root : try root.child(group.folder, create: false)!.handle
            } catch {
                abort()
                throw error
            }
            for entry in group.entries {
                let name = OutputPaths.split(entry.path).name
                if exchangeable.contains(entry.path), FileExchange.exchange(entry.temporary, in: staging.descriptor, with: name, in: folder.descriptor) {
                    replaced.append(entry.temporary)
                    summary.written.append(entry.path)
                    continue
                }
                guard renameat(staging.descriptor, entry.temporary, folder.descriptor, name) == 0 else {
                    let reason = SystemError.text(errno)
                    abort()
                    throw OutputError("cannot replace '\(folder.path(name))': \(reason)")
                }
                summary.written.append(entry.path)
            }
        }
        if removingStale { summary.removed = removeStaleFiles(keeping: kept) }
        return summary
    }

    /// Unlinks the staged names that hold replaced files' old bytes, on another thread: freeing a
    /// large file's blocks takes a while and nothing waits for it but ``finishRemovals()``.
    private func removeInBackground(_ names: [String]) {
        guard !names.isEmpty else { return }
        let staging = staging
        DispatchQueue.global().async(group: removals) {
            for name in names { unlinkat(staging.descriptor, name, 0) }
        }
    }

    /// Returns once the old bytes of the files that ``commit(keeping:removingStale:)`` replaced
    /// are gone from the staging folder. (A build killed before that leaves them to the next
    /// build's ``begin(outputPath:injectedWriteFailure:sweepingFolders:)``, which empties the
    /// staging folder.)
    public func finishRemovals() {
        removals.wait()
    }

    /// Staged files sorted by path, in runs that share a folder.
    private static func groupedByFolder(_ staged: [(temporary: String, path: String)])
        -> [(folder: String, entries: ArraySlice<(temporary: String, path: String)>)] {
        var groups: [(folder: String, entries: ArraySlice<(temporary: String, path: String)>)] = []
        var start = 0
        while start < staged.count {
            let folder = OutputPaths.split(staged[start].path).folder
            var end = start + 1
            while end < staged.count, OutputPaths.split(staged[end].path).folder == folder { end += 1 }
            groups.append((folder, staged[start..<end]))
            start = end
        }
        return groups
    }

    // MARK: - Copies of static files

    /// The file in the private folder that lists the copies of `static/` the last build made.
    static let staticListName = "static"

    /// The paths of the static copies the last build made (from the private folder's list).
    func previousStaticCopies() -> [String] {
        guard let bytes = (try? root.child(Self.privateFolder, create: false))??.handle.contents(of: Self.staticListName) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init).filter { (try? OutputPaths.check($0)) != nil }
    }

    /// Removes copies of static files that the last build made and this one did not (a file
    /// deleted from `static/`), with the folders they leave empty; records this build's copies.
    /// Only regular files are removed, never through a link.
    func replaceStaticCopies(previous: [String], current: [String]) {
        let kept = Set(current)
        for path in previous where !kept.contains(path) {
            let (folder, name) = OutputPaths.split(path)
            guard let handle = folder.isEmpty ? root : (try? root.child(folder, create: false))?.handle else { continue }
            var info = stat()
            guard fstatat(handle.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            unlinkat(handle.descriptor, name, 0)
            var parts = folder.split(separator: "/").map(String.init)
            while !parts.isEmpty {
                let last = parts.removeLast()
                let parent = parts.isEmpty ? root : (try? root.child(parts.joined(separator: "/"), create: false))?.handle
                guard let parent, unlinkat(parent.descriptor, last, AT_REMOVEDIR) == 0 else { break }
            }
        }
        guard let privateFolder = (try? root.child(Self.privateFolder, create: true))??.handle else { return }
        writeAtomically(Array((current.sorted().joined(separator: "\n") + (current.isEmpty ? "" : "\n")).utf8), named: Self.staticListName, in: privateFolder)
    }

    // MARK: - Owner

    /// Whose build the folder holds, if it is not `owner`'s (see ``OutputOwner``).
    func otherOwner(than owner: OutputOwner) -> OutputOwner.Other? {
        let recorded = (try? root.child(Self.privateFolder, create: false))??.handle
            .contents(of: OutputOwner.fileName).flatMap(OutputOwner.init(recorded:))
        return owner.other(recorded: recorded, ownedFile: firstOwnedFile()) {
            root.contents(of: "feed.json").flatMap(OutputOwner.siteURL(ofJSONFeed:))
        }
    }

    /// Records `owner` in the private folder (atomically); false when it could not.
    @discardableResult
    func record(_ owner: OutputOwner) -> Bool {
        guard let privateFolder = (try? root.child(Self.privateFolder, create: true))??.handle else { return false }
        return writeAtomically(owner.recorded, named: OutputOwner.fileName, in: privateFolder)
    }

    /// Replaces the small file `name` in `folder` with `bytes` (a temporary file, then a rename).
    @discardableResult
    private func writeAtomically(_ bytes: [UInt8], named name: String, in folder: DirectoryHandle) -> Bool {
        if folder.contents(of: name) == bytes { return true }
        let temporary = name + ".new"
        let descriptor = openat(folder.descriptor, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = bytes.isEmpty ? 0 : bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        guard close(descriptor) == 0, written == bytes.count, renameat(folder.descriptor, temporary, folder.descriptor, name) == 0 else {
            unlinkat(folder.descriptor, temporary, 0)
            return false
        }
        return true
    }

    /// The first file in the folder with a name ldpub writes (a site file, or a page file in a
    /// slug folder), by its relative path; nil when there is none.
    private func firstOwnedFile() -> String? {
        for entry in root.entries().sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            if !entry.isDirectory {
                if OutputLayout.isOwned(entry.name) { return entry.name }
                continue
            }
            guard OutputLayout.isOwned(entry.name + "/index.jsonld"), let child = try? root.child(entry.name, create: false)?.handle else { continue }
            let files = child.entries().filter { !$0.isDirectory }.map(\.name).sorted()
            if let owned = files.first(where: { OutputLayout.isOwned(entry.name + "/" + $0) }) { return entry.name + "/" + owned }
        }
        return nil
    }

    // MARK: - Stamps

    /// The stamp of an output file (a regular file, reached through no link), or nil.
    func stamp(of path: String) -> FileStamp? {
        let (folder, name) = OutputPaths.split(path)
        if folder.isEmpty { return FileStamp.of(name: name, in: root.descriptor) }
        guard let child = try? root.child(folder, create: false)?.handle else { return nil }
        return FileStamp.of(name: name, in: child.descriptor)
    }

    /// The stamps of output files directly in `folder` (`slug/…` paths, or top-level ones when
    /// `folder` is empty), in order, and of the folder itself.
    ///
    /// Looked up by their paths from the output folder's descriptor, without opening the folder
    /// (a build with nothing changed stamps 40,000 files at 10,000 articles): a folder that is a
    /// link has no stamp, and neither have its files. Stamps only decide what is reused; writing
    /// goes through folders opened without following links.
    func stamps(of paths: some Collection<String>, inFolder folder: String) -> (folder: FileStamp?, files: [FileStamp?]) {
        let folderStamp = folder.isEmpty ? FileStamp.of(descriptor: root.descriptor) : FileStamp.of(folder: folder, in: root.descriptor)
        guard let folderStamp else { return (nil, paths.map { _ in nil }) }
        return (folderStamp, paths.map { FileStamp.of(name: $0, in: root.descriptor) })
    }

    /// Removes the legacy temporary files in the folders `only` that are below the output folder
    /// (a build that knows nothing was added elsewhere: ``KnownChanges``).
    func sweepLegacyTemporaryFiles(only folders: Set<String>) {
        for name in folders where !name.isEmpty && !name.hasPrefix(".") {
            if let child = try? root.child(name, create: false)?.handle { Self.removeLegacyTemporaryFiles(inFolder: child) }
        }
    }

    /// The stamp of the output folder itself.
    var folderStamp: FileStamp? { FileStamp.of(descriptor: root.descriptor) }

    /// Removes the legacy temporary files (see ``begin(outputPath:injectedWriteFailure:sweepingFolders:)``)
    /// in every folder below the output folder except those in `skipping`: folders whose stamp
    /// shows that nothing was added to them since the last build looked.
    func sweepLegacyTemporaryFiles(skipping: Set<String>) {
        for name in unsweptFolders where !skipping.contains(name) {
            if let child = try? root.child(name, create: false)?.handle { Self.removeLegacyTemporaryFiles(inFolder: child) }
        }
    }

    /// Deletes everything staged; the output folder stays as it was (a folder this transaction
    /// created is removed again when nothing else is in it).
    public func abort() {
        for entry in staging.entries() where !entry.isDirectory {
            unlinkat(staging.descriptor, entry.name, 0)
        }
        state.withLock { $0.staged = [] }
        if createdOutputFolder {
            if let privateFolder = try? root.child(Self.privateFolder, create: false)?.handle {
                unlinkat(privateFolder.descriptor, "staging", AT_REMOVEDIR)
            }
            unlinkat(root.descriptor, Self.privateFolder, AT_REMOVEDIR)
            rmdir(outputPath)
        }
    }

    // MARK: - Steps

    /// Creates the folder `path` and its parents when it does not exist; true when it did not.
    static func createFolderIfNeeded(_ path: String) throws(OutputError) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw OutputError("'\(path)' exists and is not a folder") }
            return false
        }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw OutputError("cannot create the output folder '\(path)': \(SystemError.text(errno))")
            }
        }
        return true
    }

    /// Writes `file` into the staging folder as `temporary`; returns its stamp once written.
    private func writeStaged(_ file: OutputFile, named temporary: String) throws(OutputError) -> FileStamp? {
        let descriptor = openat(staging.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError("cannot write in '\(staging.displayPath)': \(SystemError.text(errno))") }
        var failure: Int32 = 0
        if let injectedWriteFailure, injectedWriteFailure(file.path) {
            failure = ENOSPC
        } else {
            failure = FileDescriptorIO.writeAll(file.bytes, to: descriptor)
        }
        let stamp = FileStamp.of(descriptor: descriptor)
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlinkat(staging.descriptor, temporary, 0)
            throw OutputError("cannot write '\(outputPath)/\(file.path)': \(SystemError.text(failure))")
        }
        return stamp
    }

    /// Removes `.ldpub-tmp-*` files that builds before the staging folder left next to their
    /// targets, in the output folder and (with `sweepingFolders`) the folders in it.
    ///
    /// - Returns: the folders not swept.
    private static func removeLegacyTemporaryFiles(in root: DirectoryHandle, sweepingFolders: Bool) -> [String] {
        var unswept: [String] = []
        for entry in root.entries() {
            if entry.name.hasPrefix(OutputLayout.temporaryPrefix) && !entry.isDirectory {
                unlinkat(root.descriptor, entry.name, 0)
            } else if entry.isDirectory, !entry.name.hasPrefix(".") {
                if !sweepingFolders {
                    unswept.append(entry.name)
                } else if let child = try? root.child(entry.name, create: false)?.handle {
                    removeLegacyTemporaryFiles(inFolder: child)
                }
            }
        }
        return unswept
    }

    private static func removeLegacyTemporaryFiles(inFolder folder: DirectoryHandle) {
        for inner in folder.entries() where inner.name.hasPrefix(OutputLayout.temporaryPrefix) && !inner.isDirectory {
            unlinkat(folder.descriptor, inner.name, 0)
        }
    }

    /// Removes ldpub's own files that this build did not produce, and article folders left empty.
    private func removeStaleFiles(keeping kept: Set<String>) -> [String] {
        var removed: [String] = []
        for entry in root.entries() where !entry.name.hasPrefix(".") {
            if !entry.isDirectory {
                if OutputLayout.isOwned(entry.name) && !kept.contains(entry.name) && unlinkat(root.descriptor, entry.name, 0) == 0 {
                    removed.append(entry.name)
                }
                continue
            }
            guard OutputLayout.isOwned(entry.name + "/index.jsonld"), let child = try? root.child(entry.name, create: false)?.handle else { continue }
            var remaining = 0
            for inner in child.entries() {
                let path = entry.name + "/" + inner.name
                if !inner.isDirectory && OutputLayout.isOwned(path) && !kept.contains(path) && unlinkat(child.descriptor, inner.name, 0) == 0 {
                    removed.append(path)
                } else {
                    remaining += 1
                }
            }
            if remaining == 0 { unlinkat(root.descriptor, entry.name, AT_REMOVEDIR) }
        }
        return removed.sorted()
    }
}

/// Checks and splits the paths of output files.
enum OutputPaths {
    /// A relative path at most 16 levels deep (generated files are at most two; copies of
    /// `static/` may be deeper), with no empty, hidden, `.` or `..` component.
    static func check(_ path: String) throws(OutputError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...16).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }), !path.contains("\0") else {
            throw OutputError("refusing to write '\(path)': not a plain path inside the output folder")
        }
    }

    /// Whether `path` is directly in `folder` (`slug/index.html` in `slug`, `feed.xml` in ``""``);
    /// compared on UTF-8, without making strings.
    static func isDirectly(_ path: String, in folder: String) -> Bool {
        // On contiguous UTF-8 (a rebuild asks this of 40,000 paths); a slash is never part of another character.
        var path = path, folder = folder
        let slash = UInt8(ascii: "/")
        return path.withUTF8 { bytes in
            folder.withUTF8 { prefix in
                guard !prefix.isEmpty else { return !bytes.contains(slash) }
                guard bytes.count > prefix.count + 1, bytes[prefix.count] == slash,
                      memcmp(bytes.baseAddress!, prefix.baseAddress!, prefix.count) == 0 else { return false }
                return !UnsafeBufferPointer(rebasing: bytes[(prefix.count + 1)...]).contains(slash)
            }
        }
    }

    /// `("slug", "index.jsonld")`, or `("", "feed.xml")`.
    static func split(_ path: String) -> (folder: String, name: String) {
        // On the UTF-8 view, which is much faster than on characters; a slash is never part of another character.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}
