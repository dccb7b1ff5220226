// ldpub — MIT licence.

import BuildCache
import ArticleModel

/// Step 8 of a build: the cache for the next one, unless it is already current.
///
/// The pieces of new and changed articles are appended to the cache's data file, whose bytes
/// already there never change; it is written anew, under a new token, when it has no usable data
/// yet or when more than half of it is pieces no entry uses any more. Then the main file, which
/// names the data file's token.
enum SaveCacheStep {
    /// Writes the cache of a committed build; whether the cache describes it (written now, or current already).
    @discardableResult
    static func run(site: LoadedSite, output: OpenedOutput, articles: ProcessedArticles, acrossFiles: CrossFileStep.Result, siteFiles: SiteFilesStep.Result) -> Bool {
        guard let cache = output.cache, let transaction = output.transaction else { return false }
        cache.folder.pruneAbandonedNeighbours()
        if isCurrent(cache, articles: articles, siteFiles: siteFiles) { return true }
        guard let (token, placed, dropped) = writeData(articles.items, cache: cache, appendable: acrossFiles.appendable) else {
            cache.resident?.keep(nil, in: cache.folder.path, stamp: nil)
            return false
        }
        let left = transaction.leftStamps
        // Made on all cores: restamping a changed article's outputs, looking up 10,000 parts.
        let made = articles.items.concurrentMap { item -> (String, CachedBuild.ArticleEntry)? in
            guard let relative = item.relativePath, var entry = item.entry, !dropped.contains(relative) else { return nil }
            if !item.reused {
                (entry.outputs, entry.folderStamp) = OutputStamps.stamped(entry.outputs.map(\.path), in: transaction, left: left)
            } else if !item.folderVerified {
                // Its files were found as the cache has them (step 4): those stamps stand, so that
                // one changed since is found by the next build. Only its folder is stamped anew.
                entry.folderStamp = OutputStamps.stamped(entry.outputs.map(\.path), in: transaction, left: left).folder
            }
            if let layout = siteFiles.graphLayout { entry.graphPart = layout.parts[entry.slug] }
            if let rows = siteFiles.indexRows { entry.indexPart = rows[entry.slug] }
            if let (location, hash) = placed[relative] {
                entry.location = location
                entry.piecesHash = hash
            }
            entry.pieces = nil
            return (relative, entry)
        }
        let entries = Dictionary(made.compactMap { $0 }, uniquingKeysWith: { _, last in last })
        let written = CachedBuild(key: cache.key, token: token, writtenAt: output.startedAt, siteHash: site.hash, siteOutputs: OutputStamps.stamped(siteFiles.paths, in: transaction, left: left).outputs,
                                 outputFolderStamp: transaction.folderStamp, siteOutputWarnings: siteFiles.warnings,
                                 crossFileDiagnostics: acrossFiles.crossFile, statistics: acrossFiles.statistics, articles: entries,
                                 siteGraphIsPatchable: siteFiles.graphLayout.map { $0.keepsEveryEdge && site.drawing == nil }
                                    ?? (siteFiles.unchanged && cache.last?.siteGraphIsPatchable == true),
                                 feedSlugs: siteFiles.feedSlugs, feedWarnings: siteFiles.feedWarnings)
        let saved = cache.folder.write(CachedBuild.fileName, bytes: written.encoded())
        // Kept as written (it has no pieces, as a decoded one has none): what the next build would read.
        cache.resident?.keep(saved ? written : nil, in: cache.folder.path, stamp: saved ? cache.folder.stamp(of: CachedBuild.fileName) : nil)
        // Articles whose pieces could not be had are left out: they are processed next time.
        return saved && dropped.isEmpty
    }

    /// The cache describes this build already: nothing changed, and every output was found as it was.
    private static func isCurrent(_ cache: OpenedOutput.CacheState, articles: ProcessedArticles, siteFiles: SiteFilesStep.Result) -> Bool {
        guard let last = cache.last, cache.outputFolderAsCached, articles.nothingChanged, siteFiles.unchanged else { return false }
        return articles.items.allSatisfy { item in
            item.reused && item.folderVerified && item.relativePath.flatMap { last.articles[$0]?.stamp } == item.entry?.stamp
        }
    }

    /// Writes the pieces of new and changed articles (and, into a new data file, of every
    /// article); returns the data file's token, where each article's pieces are, and the articles
    /// whose pieces could not be had (left out, to be processed next time). Nil when the data file
    /// cannot be written.
    private static func writeData(_ items: [ProcessedArticle], cache: OpenedOutput.CacheState, appendable: Bool)
        -> (token: UInt64, placed: [String: (location: Range<Int>, hash: UInt64)], dropped: Set<String>)? {
        // The articles whose pieces go into the data file, by index (an item is large).
        var toWrite = items.indices.filter { items[$0].relativePath != nil && items[$0].entry != nil }
        toWrite.sort { items[$0].relativePath! < items[$1].relativePath! }
        var token = cache.last?.token ?? 0
        var placed: [String: (location: Range<Int>, hash: UInt64)] = [:]
        var dropped = Set<String>()
        guard cache.last == nil || toWrite.contains(where: { !items[$0].reused }) else { return (token, placed, dropped) }
        let appending = appendable ? cache.folder.appending(CachedBuild.DataFile.fileName) : nil
        let writer: CacheFileWriter
        if let appending {
            writer = appending
            toWrite = toWrite.filter { !items[$0].reused }
        } else if let replacing = cache.folder.replacing(CachedBuild.DataFile.fileName) {
            writer = replacing
            token = UInt64.random(in: 1...UInt64.max)
            CachedBuild.DataFile.writeHeader(token: token, to: writer)
        } else {
            return nil
        }
        // New pieces are encoded on all cores, a batch at a time, so that they are never all in memory at once.
        let batchSize = 512
        for start in stride(from: 0, to: toWrite.count, by: batchSize) {
            let batch = Array(toWrite[start..<min(toWrite.count, start + batchSize)])
            let pieces = batch.concurrentMap { index -> ArticlePieces? in
                let item = items[index]
                if let made = item.made, let article = item.decoded.value, let summary = item.summary {
                    return made.serialized(cache.spill).map {
                        ArticlePieces(kept: KeptArticle(forSiteFiles: article, summary: summary), serializedFragment: $0)
                    }
                }
                return item.entry?.pieces
            }
            for (index, pieces) in zip(batch, pieces) {
                let relative = items[index].relativePath!
                guard let pieces else {
                    dropped.insert(relative)
                    continue
                }
                placed[relative] = (writer.append(pieces), pieces.hash)
                writer.flushIfFull()
            }
        }
        guard writer.finish() else { return nil }
        return (token, placed, dropped)
    }
}
