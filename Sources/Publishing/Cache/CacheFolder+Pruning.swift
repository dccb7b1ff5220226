// ldpub — MIT licence.

import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cache folders whose output folder is gone are removed, so that builds into passing folders
/// (`ldpub serve --output /tmp/preview-…`, CI runs) do not fill the cache root for ever.
extension CacheFolder {
    /// The file in a cache folder that names the real path of the output folder it serves.
    static let outputRecordName = "output-folder"

    /// How old a cache folder's record must be before the folder may be removed (an hour): a
    /// build that has just made its folder, and not yet its output folder, is never raced.
    static let pruningAge: TimeInterval = 3600

    /// Records `outputPath`'s real path in the folder, unless it is there already (best effort).
    func recordOutputFolder(_ outputPath: String) {
        let real = Array(URL(fileURLWithPath: outputPath).resolvingSymlinksInPath().path.utf8)
        if contents(of: Self.outputRecordName) != real { write(Self.outputRecordName, bytes: real) }
    }

    /// The cache roots pruned by this process: once each is enough (`ldpub serve` rebuilds
    /// without listing the root every time).
    private static let prunedRoots = Mutex<Set<String>>([])

    /// Removes the other cache folders beside this one whose recorded output folder no longer
    /// exists, when their record is older than ``pruningAge``, the first time this process asks
    /// for this cache root; returns the names removed. A
    /// folder is only ever one of ldpub's: named by a hash (hexadecimal digits), with a record
    /// and a `cache` file. Folders without a record (from an ldpub before records) are left.
    @discardableResult
    func pruneAbandonedNeighbours(now: Date = Date()) -> [String] {
        let root = (path as NSString).deletingLastPathComponent
        guard Self.prunedRoots.withLock({ $0.insert(root).inserted }) else { return [] }
        let own = (path as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where name != own && !name.isEmpty && name.allSatisfy(\.isHexDigit) {
            let folder = root + "/" + name
            var info = stat()
            guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                  lstat(folder + "/cache", &info) == 0 || lstat(folder + "/cache-data", &info) == 0,
                  lstat(folder + "/" + Self.outputRecordName, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                  now.timeIntervalSince1970 - TimeInterval(info.st_mtim.tv_sec) > Self.pruningAge,
                  let record = FileManager.default.contents(atPath: folder + "/" + Self.outputRecordName),
                  let outputPath = String(data: record, encoding: .utf8), outputPath.hasPrefix("/"),
                  lstat(outputPath, &info) != 0, errno == ENOENT else { continue }
            if (try? FileManager.default.removeItem(atPath: folder)) != nil { removed.append(name) }
        }
        return removed
    }
}
