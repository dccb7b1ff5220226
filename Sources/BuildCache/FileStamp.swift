// ldpub — MIT licence.

import BinaryRecords
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file, to notice that it changed: size, modification time (ns), inode
/// and change time. A stamp that differs means "look again"; an equal stamp means unchanged
/// unless the file was modified within the same clock tick as the last build (see
/// ``CachedBuild/isTrusted(_:)``), which is what git's index does too.
package struct FileStamp: Hashable, Sendable {
    package var size: Int
    package var modified: Int
    package var changed: Int
    package var inode: UInt64
    /// How many names the file has (hard links): a file with another name can change unheard
    /// under that name (``KnownChanges`` does not trust it).
    package var links: Int

    /// The stamp of the file at `path`, not following a final symbolic link when `followingLink` is false.
    package static func of(path: String, followingLink: Bool = true) -> FileStamp? {
        var info = stat()
        let status = followingLink ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return nil }
        return FileStamp(info)
    }

    /// The stamp of the regular file `name` (a path) below the folder open as `descriptor`;
    /// nil when it is not a regular file or is a link.
    package static func of(name: String, in descriptor: Int32) -> FileStamp? {
        of(name, in: descriptor, type: S_IFREG)
    }

    /// The stamp of the folder `name` (a path below the folder open as `descriptor`); nil when
    /// it is not a folder or is a link.
    package static func of(folder name: String, in descriptor: Int32) -> FileStamp? {
        of(name, in: descriptor, type: S_IFDIR)
    }

    private static func of(_ name: String, in descriptor: Int32, type: mode_t) -> FileStamp? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == type else { return nil }
        return FileStamp(info)
    }

    /// The stamp of the file or folder open as `descriptor`.
    package static func of(descriptor: Int32) -> FileStamp? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    private init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        links = Int(info.st_nlink)
    }

    /// Whether `other` is the same file with the same size and modification time: what a rename
    /// changes (the change time) does not count.
    package func isSameFile(as other: FileStamp) -> Bool {
        inode == other.inode && size == other.size && modified == other.modified
    }

    /// The stamp of a file not (yet) looked at: equal to no real file's.
    package static let unknown = FileStamp(size: -1, modified: 0, changed: 0, inode: 0)

    package init(size: Int, modified: Int, changed: Int, inode: UInt64, links: Int = 1) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.links = links
    }

    package func write(to writer: inout BinaryWriter) {
        writer.write(size)
        writer.write(modified)
        writer.write(changed)
        writer.write(inode)
        writer.write(links)
    }

    package static func read(from reader: inout BinaryReader) throws(BinaryReader.Malformed) -> FileStamp {
        FileStamp(size: try reader.readInt(), modified: try reader.readInt(), changed: try reader.readInt(), inode: try reader.readUInt64(),
                  links: try reader.readInt())
    }
}
