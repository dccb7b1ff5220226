// ldpub — MIT licence.

import BuildCache

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open folder, used with the `*at` system calls so that no path below it is resolved
/// through a symbolic link.
final class DirectoryHandle: Sendable {
    let descriptor: Int32
    /// The path for messages, as the user typed it.
    let displayPath: String

    private init(descriptor: Int32, displayPath: String) {
        self.descriptor = descriptor
        self.displayPath = displayPath
    }

    deinit { close(descriptor) }

    /// Opens a folder by path, following symbolic links (the output folder itself may be one).
    static func open(path: String) throws(OutputError) -> DirectoryHandle {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError("cannot open '\(path)': \(SystemError.text(errno))") }
        return DirectoryHandle(descriptor: descriptor, displayPath: path)
    }

    /// Opens the child folder `name`, creating it when `create` is set; refuses a symbolic link.
    ///
    /// `name` may be a relative path (`images/2024`): each of its folders is opened in turn,
    /// refusing a link at every level; `created` tells whether any of them was created.
    func child(_ name: String, create: Bool) throws(OutputError) -> (handle: DirectoryHandle, created: Bool)? {
        if name.utf8.contains(UInt8(ascii: "/")) {
            var folder = self
            var createdAny = false
            for part in name.split(separator: "/") {
                guard let (next, created) = try folder.child(String(part), create: create) else { return nil }
                folder = next
                createdAny = createdAny || created
            }
            return (folder, createdAny)
        }
        var created = false
        var descriptor = openat(self.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 && errno == ENOENT {
            guard create else { return nil }
            guard mkdirat(self.descriptor, name, 0o755) == 0 || errno == EEXIST else {
                throw OutputError("cannot create folder '\(path(name))': \(SystemError.text(errno))")
            }
            created = true
            descriptor = openat(self.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard descriptor >= 0 else {
            if errno == ELOOP || errno == ENOTDIR {
                throw OutputError("'\(path(name))' is a symbolic link or a file, not a folder; ldpub does not write through links (remove it and build again)")
            }
            throw OutputError("cannot open '\(path(name))': \(SystemError.text(errno))")
        }
        return (DirectoryHandle(descriptor: descriptor, displayPath: path(name)), created)
    }

    /// `displayPath/name`
    func path(_ name: String) -> String { displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name }

    /// The entries of the folder (without `.` and `..`), with whether each is a real folder.
    func entries() -> [(name: String, isDirectory: Bool)] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        // The duplicate shares its position with the original descriptor: start from the top.
        rewinddir(stream)
        var result: [(String, Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            // The entry's type when the file system gives it (a link is not a folder), else `stat`'s.
            let type = Int32(entry.pointee.d_type)
            let isDirectory: Bool
            if type != Int32(DT_UNKNOWN) {
                isDirectory = type == Int32(DT_DIR)
            } else {
                var info = stat()
                isDirectory = fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            result.append((name, isDirectory))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The stamp of the regular file `name` in this folder (not a link) when it holds exactly
    /// `bytes`, else nil; read a megabyte at a time, and not at all when its size differs.
    func stampIfHolding(_ bytes: [UInt8], in name: String) -> FileStamp? {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let stamp = FileStamp.of(descriptor: file) else { return nil }
        var chunk = [UInt8](repeating: 0, count: min(bytes.count, 1 << 20) + 1)
        var compared = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0, compared + count <= bytes.count else { return nil }
            if count == 0 { return compared == bytes.count ? stamp : nil }
            let same = chunk.withUnsafeBytes { part in
                bytes.withUnsafeBytes { memcmp(part.baseAddress!, $0.baseAddress! + compared, count) == 0 }
            }
            guard same else { return nil }
            compared += count
        }
    }

    /// The stamp of the regular file at a relative path below this folder (`slug/index.jsonld`)
    /// when it holds exactly `bytes`, else nil. No component may be a symbolic link.
    func stampIfHolding(_ bytes: [UInt8], atRelativePath path: String) -> FileStamp? {
        let (folder, name) = OutputPaths.split(path)
        if folder.isEmpty { return stampIfHolding(bytes, in: name) }
        guard let child = try? child(folder, create: false)?.handle else { return nil }
        return child.stampIfHolding(bytes, in: name)
    }

    /// The bytes of a regular file in this folder, or nil when there is none (or it is a link).
    func contents(of name: String) -> [UInt8]? {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        var probe: UInt8 = 0
        return read(file, &probe, 1) == 0 ? bytes : nil
    }

    /// The size of the regular file `name` and its bytes at each of `ranges` (nil for a range it
    /// does not hold whole), read without reading the file whole; nil when there is no such file.
    func contents(of name: String, at ranges: [Range<Int>]) -> (size: Int, parts: [[UInt8]?])? {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        return (size, ranges.map { range in
            range.lowerBound >= 0 && range.upperBound <= size ? FileDescriptorIO.read(range.count, from: file, at: range.lowerBound) : nil
        })
    }

    /// The bytes of a regular file at a relative path below this folder (`slug/index.jsonld`),
    /// or nil when there is none. No component may be a symbolic link.
    func contents(ofRelativePath path: String) -> [UInt8]? {
        let (folder, name) = OutputPaths.split(path)
        if folder.isEmpty { return contents(of: name) }
        guard let child = try? child(folder, create: false)?.handle else { return nil }
        return child.contents(of: name)
    }

    /// Takes an exclusive lock on the folder, or says who holds it.
    ///
    /// A lock held for a moment is waited for (up to half a second): a process started by another
    /// thread of this one holds our descriptors between its fork and its exec.
    func lockExclusively() throws(OutputError) {
        var attempts = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK && attempts < 50 {
                attempts += 1
                usleep(10_000)
                continue
            }
            if errno == EWOULDBLOCK {
                throw OutputError("another ldpub build is writing to '\(displayPath)'; run again when it has finished", isBusy: true)
            }
            throw OutputError("cannot lock '\(displayPath)': \(SystemError.text(errno))")
        }
    }
}

/// `strerror` as a Swift string.
enum SystemError {
    static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
