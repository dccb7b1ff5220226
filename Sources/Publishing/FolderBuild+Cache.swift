// ldpub — MIT licence.

import ArticleModel
import Foundation

/// The build cache's side of a build: reusing an article, checking that outputs are as the last
/// build left them, and writing the cache for the next build.
extension FolderBuild {
    /// Where a build with `cacheRoot` as ``Options/cacheRoot`` keeps the cache of the output
    /// folder `outputPath` (an existing folder): a subfolder named after its real path.
    public static func cacheFolder(root: String, outputPath: String) -> String {
        CacheFolder.path(root: root, outputPath: outputPath)
    }

    /// Writes the cache's data file, then its main file (which names the data file's token).
    ///
    /// The pieces of new and changed articles are appended to the data file, whose bytes already
    /// there never change; it is written anew, under a new token, when it has no usable data yet
    /// or when more than half of it is pieces no entry uses any more.
    func writeCache(_ processed: [Processed], to folder: CacheFolder, key: String, old: BuildCache?, data: BuildCache.DataFile?, appendable: Bool, writtenAt: Int,
                    siteHash: UInt64, siteOutputs: [BuildCache.OutputStamp], outputFolderStamp: FileStamp?, siteWarnings: Int, crossFile: [Diagnostic],
                    statistics: BuildStatistics, in transaction: OutputTransaction) {
        var kept = processed.filter { $0.relativePath != nil && $0.entry != nil }
        kept.sort { $0.relativePath! < $1.relativePath! }
        var token = old?.token ?? 0
        var placed: [String: (location: Range<Int>, hash: UInt64)] = [:]
        var dropped = Set<String>()
        if old == nil || kept.contains(where: { !$0.reused }) {
            let appending = appendable ? folder.appending(BuildCache.DataFile.fileName) : nil
            let writer: CacheFileWriter
            if let appending {
                writer = appending
                kept = kept.filter { !$0.reused } + kept.filter(\.reused)
            } else if let replacing = folder.replacing(BuildCache.DataFile.fileName) {
                writer = replacing
                token = UInt64.random(in: 1...UInt64.max)
                BuildCache.DataFile.writeHeader(token: token, to: &writer.buffer)
            } else {
                return
            }
            // New pieces are encoded on all cores, a batch at a time, so that they are never all in memory at once.
            let batchSize = 512
            for start in stride(from: 0, to: kept.count, by: batchSize) {
                let batch = kept[start..<min(kept.count, start + batchSize)]
                if appending != nil && batch.first?.reused == true { break }
                let pieces = Array(batch).concurrentMap { item -> ArticlePieces? in
                    if let made = item.made, let digest = item.decoded.value { return ArticlePieces(digest: digest, parts: made) }
                    guard let entry = item.entry else { return nil }
                    return entry.pieces ?? data?.pieces(at: entry.location, hash: entry.piecesHash)
                }
                for (item, pieces) in zip(batch, pieces) {
                    if appending != nil && item.reused { break }
                    guard let pieces else {
                        // Pieces that could not be read: the entry is left out, and its article processed next time.
                        dropped.insert(item.relativePath!)
                        continue
                    }
                    let begin = writer.offset
                    pieces.write(to: &writer.buffer)
                    placed[item.relativePath!] = (begin..<writer.offset, pieces.hash)
                    writer.flushIfFull()
                }
            }
            guard writer.finish() else { return }
        }
        var entries: [String: BuildCache.ArticleEntry] = [:]
        entries.reserveCapacity(kept.count)
        for item in kept {
            guard let relative = item.relativePath, var entry = item.entry, !dropped.contains(relative) else { continue }
            if !item.reused || !item.folderVerified {
                (entry.outputs, entry.folderStamp) = Self.stamped(entry.outputs.map(\.path), in: transaction)
            }
            if let (location, hash) = placed[relative] {
                entry.location = location
                entry.piecesHash = hash
            }
            entry.pieces = nil
            entries[relative] = entry
        }
        let cache = BuildCache(key: key, token: token, writtenAt: writtenAt, siteHash: siteHash, siteOutputs: siteOutputs,
                               outputFolderStamp: outputFolderStamp, siteOutputWarnings: siteWarnings, crossFileDiagnostics: crossFile,
                               statistics: statistics, articles: entries)
        folder.write(BuildCache.fileName, bytes: cache.encoded())
    }

    func reuse(_ entry: BuildCache.ArticleEntry, source: InputFolder.Entry, relative: String, folderVerified: Bool) -> Processed {
        Processed(source: source, relativePath: relative,
                  decoded: .init(value: nil, diagnostics: entry.diagnostics, incompleteIDs: Set(entry.incompleteIDs)),
                  entry: entry, made: nil, checked: nil, paths: entry.outputs.map(\.path), reused: true, folderVerified: folderVerified)
    }

    /// Whether every output still has the stamp it had when the last build wrote it; and whether
    /// they are all in one folder whose stamp is still `folderStamp`.
    func isIntact(_ outputs: [BuildCache.OutputStamp], folderStamp: FileStamp? = nil,
                          in transaction: OutputTransaction) -> (intact: Bool, folderUnchanged: Bool) {
        guard let first = outputs.first else { return (false, false) }
        // An article's outputs are all in its folder: checked without grouping them.
        let folder = OutputPaths.split(first.path).folder
        let names = outputs.map { OutputPaths.split($0.path) }
        if names.allSatisfy({ $0.folder == folder }) {
            let stamps = transaction.stamps(ofFilesIn: folder, named: names.map(\.name))
            for (file, stamp) in zip(outputs, stamps.files) where stamp != file.stamp { return (false, false) }
            return (true, folderStamp != nil && stamps.folder == folderStamp)
        }
        var byFolder: [String: [BuildCache.OutputStamp]] = [:]
        for output in outputs { byFolder[OutputPaths.split(output.path).folder, default: []].append(output) }
        var folderUnchanged = byFolder.count == 1 && folderStamp != nil
        for (folder, files) in byFolder {
            let stamps = transaction.stamps(ofFilesIn: folder, named: files.map { OutputPaths.split($0.path).name })
            for (file, stamp) in zip(files, stamps.files) where stamp != file.stamp { return (false, false) }
            if stamps.folder != folderStamp { folderUnchanged = false }
        }
        return (true, folderUnchanged)
    }

    /// The stamps of `paths`, and of their folder when they are all in one.
    static func stamped(_ paths: [String], in transaction: OutputTransaction) -> (outputs: [BuildCache.OutputStamp], folder: FileStamp?) {
        var byFolder: [String: [String]] = [:]
        for path in paths { byFolder[OutputPaths.split(path).folder, default: []].append(path) }
        var result: [BuildCache.OutputStamp] = []
        var folderStamp: FileStamp?
        for (folder, files) in byFolder.sorted(by: { $0.key < $1.key }) {
            let stamps = transaction.stamps(ofFilesIn: folder, named: files.map { OutputPaths.split($0).name })
            folderStamp = byFolder.count == 1 ? stamps.folder : nil
            for (path, stamp) in zip(files, stamps.files) {
                result.append(BuildCache.OutputStamp(path: path, stamp: stamp ?? FileStamp(size: -1, modified: 0, changed: 0, inode: 0)))
            }
        }
        return (result, folderStamp)
    }
}
