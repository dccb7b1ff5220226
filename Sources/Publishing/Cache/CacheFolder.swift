// ldpub — MIT licence.

import BuildCache
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder where the build cache of one output folder lives between builds:
/// `<root>/<hash of the output folder's real path>/`, with `root` typically
/// `$XDG_CACHE_HOME/ldpub` (as Hugo keeps its cache outside `public/`).
///
/// Outside the output folder, so that the output holds only what a build of the same input
/// always writes, byte for byte, and nothing that must not be published. Files in it are read
/// and written without following symbolic links; a file is replaced by writing it under a
/// temporary name beside it and renaming it. Everything here is best effort, as befits a cache.
final class CacheFolder: Sendable {
    private let handle: DirectoryHandle
    /// Where the folder is.
    let path: String

    private init(handle: DirectoryHandle, path: String) {
        self.handle = handle
        self.path = path
    }

    /// The cache folder of the output folder `outputPath` (which must exist) below `root`.
    static func path(root: String, outputPath: String) -> String {
        let real = URL(fileURLWithPath: outputPath).resolvingSymlinksInPath().path
        let name = String(ContentHash.of(Array(real.utf8)), radix: 16)
        return root.hasSuffix("/") ? root + name : root + "/" + name
    }

    /// Opens the cache folder of `outputPath` below `root`, creating it; nil when that fails.
    static func open(root: String, outputPath: String) -> CacheFolder? {
        let path = path(root: root, outputPath: outputPath)
        guard (try? OutputTransaction.createFolderIfNeeded(path)) != nil, let handle = try? DirectoryHandle.open(path: path) else { return nil }
        return CacheFolder(handle: handle, path: path)
    }

    /// The bytes of the regular file `name`, or nil.
    func contents(of name: String) -> [UInt8]? {
        handle.contents(of: name)
    }

    /// The stamp of the regular file `name`, or nil.
    func stamp(of name: String) -> FileStamp? {
        FileStamp.of(name: name, in: handle.descriptor)
    }

    /// The stamp of the regular file `name` and its first `count` bytes (fewer when it is
    /// shorter), both of the same open file; nil when there is no such file.
    func stampAndStart(of name: String, count: Int) -> (stamp: FileStamp, start: [UInt8])? {
        let file = openat(handle.descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let stamp = FileStamp.of(descriptor: file),
              let start = FileDescriptorIO.read(min(count, Int(info.st_size)), from: file, at: 0) else { return nil }
        return (stamp, start)
    }

    /// The size of the regular file `name` and its bytes at each of `ranges`, without reading it whole.
    func contents(of name: String, at ranges: [Range<Int>]) -> (size: Int, parts: [[UInt8]?])? {
        handle.contents(of: name, at: ranges)
    }

    /// Replaces the file `name` with `bytes`; true when it is in place.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> Bool {
        guard let writer = replacing(name) else { return false }
        writer.append(raw: bytes)
        return writer.finish()
    }

    /// A writer that appends to the regular file `name`, or nil when there is no such file.
    func appending(_ name: String) -> CacheFileWriter? {
        let descriptor = openat(handle.descriptor, name, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        return CacheFileWriter(descriptor: descriptor, size: Int(info.st_size)) { $0 }
    }

    /// A new file open for reading and writing that has no name in the folder (it is removed at
    /// once, and goes when it is closed); nil when it cannot be made.
    func unnamedFile() -> Int32? {
        let name = "spill-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor = openat(handle.descriptor, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        unlinkat(handle.descriptor, name, 0)
        return descriptor
    }

    /// A writer of a new file `name`, which replaces the old one atomically when it is finished
    /// (exchanged with it, as the output's large files are: see ``FileExchange``).
    func replacing(_ name: String) -> CacheFileWriter? {
        let temporary = "\(name).new"
        let descriptor = openat(handle.descriptor, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        let handle = self.handle
        return CacheFileWriter(descriptor: descriptor, size: 0) { succeeded in
            if succeeded && FileExchange.exchange(temporary, in: handle.descriptor, with: name, in: handle.descriptor) {
                unlinkat(handle.descriptor, temporary, 0)
                return true
            }
            if succeeded && renameat(handle.descriptor, temporary, handle.descriptor, name) == 0 { return true }
            unlinkat(handle.descriptor, temporary, 0)
            return false
        }
    }
}
