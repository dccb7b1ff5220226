// ldpub — MIT licence.

import ArticleModel
import BinaryRecords
import ClaimGraphExport

/// What the last successful build knew, so the next one can skip what did not change.
///
/// Kept as the file `cache` in the output folder's ``CacheFolder``, outside the output. For
/// each article file: its `stat` stamp and content hash, its own diagnostics, and the stamps
/// of the files it produced, so a file changed or removed by hand is rebuilt; and for the whole
/// site, the diagnostics of the checks across files and the statistics, which a build where
/// nothing changed reports again as they are. What the other builds need of each article (the
/// article without its body, its part of the site graph and its overview row: ``ArticlePieces``)
/// is in a second file, ``DataFile``, read only when something changed. The cache is only a
/// shortcut: a build that ignores it produces the same bytes (the tests check that).
package struct CachedBuild: Sendable {
    /// One article file as the last build saw it.
    package struct ArticleEntry: Sendable {
        package var stamp: FileStamp
        package var contentHash: UInt64
        package var diagnostics: [Diagnostic]
        package var incompleteIDs: [String]
        package var outputs: [OutputStamp]
        /// The stamp of the folder of the outputs after the last build wrote or swept it: while it
        /// is the same, nothing was added to the folder (such as a legacy temporary file).
        package var folderStamp: FileStamp?
        /// Warnings the output check found in this article's JSON-LD.
        package var outputWarnings: Int
        /// Where the article's pieces are in the data file.
        package var location: Range<Int>
        /// Their ``ArticlePieces/hash``.
        package var piecesHash: UInt64
        /// The pieces, when this build made or read them.
        package var pieces: ArticlePieces?
        /// The article's slug.
        package var slug: String
        /// Where the article's nodes and edges are in the site graph the last build wrote.
        package var graphPart: SiteClaimGraph.Layout.Part?
        /// The article's graph fragment's ``ClaimGraphExport/SiteClaimGraph/Fragment/sourcesSignature``.
        package var sourcesSignature: UInt64
        /// Its summary's ``ArticleModel/ArticleSummary/checksHash``.
        package var summaryHash: UInt64
        /// Where the article's entry is in the readers' index the last build wrote (ldpub's built-in index only).
        package var indexPart: Range<Int>?

        /// An entry whose pieces are not placed in the data file yet.
        package init(stamp: FileStamp, contentHash: UInt64, diagnostics: [Diagnostic], incompleteIDs: [String], outputs: [OutputStamp],
                     outputWarnings: Int, slug: String, sourcesSignature: UInt64, summaryHash: UInt64) {
            self.slug = slug
            self.sourcesSignature = sourcesSignature
            self.summaryHash = summaryHash
            self.stamp = stamp
            self.contentHash = contentHash
            self.diagnostics = diagnostics
            self.incompleteIDs = incompleteIDs
            self.outputs = outputs
            folderStamp = nil
            self.outputWarnings = outputWarnings
            location = 0..<0
            piecesHash = 0
        }

        fileprivate init(stamp: FileStamp, contentHash: UInt64, diagnostics: [Diagnostic], incompleteIDs: [String], outputs: [OutputStamp],
                         folderStamp: FileStamp?, outputWarnings: Int, location: Range<Int>, piecesHash: UInt64, slug: String,
                         graphPart: SiteClaimGraph.Layout.Part?, sourcesSignature: UInt64, summaryHash: UInt64, indexPart: Range<Int>?) {
            self.init(stamp: stamp, contentHash: contentHash, diagnostics: diagnostics, incompleteIDs: incompleteIDs, outputs: outputs,
                      outputWarnings: outputWarnings, slug: slug, sourcesSignature: sourcesSignature, summaryHash: summaryHash)
            self.graphPart = graphPart
            self.indexPart = indexPart
            self.folderStamp = folderStamp
            self.location = location
            self.piecesHash = piecesHash
        }
    }

    /// An output file and its stamp when it was last written or found unchanged.
    package struct OutputStamp: Sendable, Hashable {
        package var path: String
        package var stamp: FileStamp

        package init(path: String, stamp: FileStamp) {
            self.path = path
            self.stamp = stamp
        }
    }

    /// Ties the cache to one ldpub binary, input folder and set of options.
    package var key: String
    /// Ties the main file to its data file.
    package var token: UInt64
    /// When the cache was written (ns since 1970): stamps modified after this minus a margin are
    /// not trusted, as a file can change twice within one clock tick.
    package var writtenAt: Int
    package var siteHash: UInt64
    package var siteOutputs: [OutputStamp]
    /// The stamp of the output folder itself when the cache was written. While it is the same,
    /// the folder is the one the cache describes, with no entry added or removed since: a
    /// replaced or refilled folder is cleaned of stale files again.
    package var outputFolderStamp: FileStamp?
    package var siteOutputWarnings: Int
    /// Of those, the warnings in the three feeds.
    package var feedWarnings = 0
    /// The diagnostics of the checks across files.
    package var crossFileDiagnostics: [Diagnostic]
    package var statistics: BuildStatistics
    /// By path relative to the input folder.
    package var articles: [String: ArticleEntry]
    /// The site graph the last build wrote can be patched: every entry's ``ArticleEntry/graphPart``
    /// is where its article is in it (``ClaimGraphExport/SiteClaimGraph/Layout/keepsEveryEdge``).
    package var siteGraphIsPatchable = false
    /// The slugs of the articles in the feeds, newest first.
    package var feedSlugs: [String] = []

    /// A cache to write.
    package init(key: String, token: UInt64, writtenAt: Int, siteHash: UInt64, siteOutputs: [OutputStamp], outputFolderStamp: FileStamp?,
                 siteOutputWarnings: Int, crossFileDiagnostics: [Diagnostic], statistics: BuildStatistics, articles: [String: ArticleEntry],
                 siteGraphIsPatchable: Bool, feedSlugs: [String], feedWarnings: Int) {
        self.feedWarnings = feedWarnings
        self.siteGraphIsPatchable = siteGraphIsPatchable
        self.feedSlugs = feedSlugs
        self.key = key
        self.token = token
        self.writtenAt = writtenAt
        self.siteHash = siteHash
        self.siteOutputs = siteOutputs
        self.outputFolderStamp = outputFolderStamp
        self.siteOutputWarnings = siteOutputWarnings
        self.crossFileDiagnostics = crossFileDiagnostics
        self.statistics = statistics
        self.articles = articles
    }

    package static let fileName = "cache"
    private static let magic = Array("ldpub-cache-13\n".utf8)
    /// Two seconds: generous for every file system's timestamp granularity.
    private static let trustMargin = 2_000_000_000

    /// Whether an unchanged stamp proves an unchanged file.
    package func trusts(_ stamp: FileStamp) -> Bool {
        stamp.modified < writtenAt - Self.trustMargin && stamp.changed < writtenAt - Self.trustMargin
    }

    /// The main file; every entry's ``ArticleEntry/location`` must be set for the data file written with it.
    package func encoded() -> [UInt8] {
        var digest = DigestWriter()
        digest.writer.write(raw: Self.magic)
        digest.writer.write(key)
        digest.writer.write(token)
        digest.writer.write(writtenAt)
        digest.writer.write(siteHash)
        Self.write(siteOutputs, to: &digest.writer)
        digest.writer.write(outputFolderStamp != nil)
        outputFolderStamp?.write(to: &digest.writer)
        digest.writer.write(siteOutputWarnings)
        digest.writer.write(crossFileDiagnostics.count)
        for diagnostic in crossFileDiagnostics { digest.diagnostic(diagnostic) }
        for count in [statistics.articles, statistics.claims, statistics.unsupportedClaims, statistics.sources, statistics.uncitedSources] {
            digest.writer.write(count)
        }
        digest.writer.write(siteGraphIsPatchable)
        digest.strings(feedSlugs)
        digest.writer.write(feedWarnings)
        digest.writer.write(articles.count)
        // The entries in runs, each encoded on its own (a digest of its own) on all cores, and
        // decoded so too; in the order of their paths, so that the bytes do not depend on scheduling.
        let paths = articles.keys.sorted()
        let runs = stride(from: 0, to: paths.count, by: Self.entriesPerRun).map { paths[$0..<min(paths.count, $0 + Self.entriesPerRun)] }
        let encodedRuns = runs.concurrentMap { run in
            var digest = DigestWriter(capacity: run.count * 1024)
            for path in run { Self.write(path, articles[path]!, to: &digest) }
            return digest.writer.bytes
        }
        digest.writer.write(encodedRuns.count)
        for run in encodedRuns { digest.writer.write(raw: run) }
        return digest.writer.bytes
    }

    /// When the build that wrote the main file whose first bytes are `start` began
    /// (``writtenAt``); nil when they are too few or not a main file of this format.
    package static func writtenAt(ofFileStart start: [UInt8]) -> Int? {
        var reader = BinaryReader(start)
        return (try? readHeader(&reader))??.writtenAt
    }

    /// The first fields of a main file; nil when it is not one of this format.
    private static func readHeader(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> (key: String, token: UInt64, writtenAt: Int)? {
        guard try reader.readRaw() == magic else { return nil }
        return (try reader.readString(), try reader.readUInt64(), try reader.readInt())
    }

    /// Reads a cache's main file; nil when the bytes are not a cache of this format (it is then rebuilt).
    package static func decode(_ bytes: [UInt8]) -> CachedBuild? {
        var digest = DigestReader(bytes)
        do {
            guard let (key, token, writtenAt) = try readHeader(&digest.reader) else { return nil }
            let siteHash = try digest.reader.readUInt64()
            let siteOutputs = try readOutputs(&digest.reader)
            let outputFolderStamp = try digest.reader.readBool() ? try FileStamp.read(from: &digest.reader) : nil
            let siteOutputWarnings = try digest.reader.readInt()
            var crossFile: [Diagnostic] = []
            for _ in 0..<(try digest.reader.readCount()) { crossFile.append(try digest.diagnostic()) }
            let statistics = BuildStatistics(articles: try digest.reader.readInt(), claims: try digest.reader.readInt(),
                                             unsupportedClaims: try digest.reader.readInt(), sources: try digest.reader.readInt(),
                                             uncitedSources: try digest.reader.readInt())
            let siteGraphIsPatchable = try digest.reader.readBool()
            let feedSlugs = try digest.reader.readStrings()
            let feedWarnings = try digest.reader.readInt()
            let count = try digest.reader.readCount()
            var runs: [ArraySlice<UInt8>] = []
            for _ in 0..<(try digest.reader.readCount()) { runs.append(try digest.reader.readSlice()) }
            let decodedRuns = runs.concurrentMap { run -> [(path: String, entry: ArticleEntry)]? in
                var digest = DigestReader(run)
                var entries: [(path: String, entry: ArticleEntry)] = []
                do {
                    while !digest.reader.isAtEnd { entries.append(try readEntry(&digest)) }
                } catch {
                    return nil
                }
                return entries
            }
            var articles: [String: ArticleEntry] = [:]
            articles.reserveCapacity(count)
            for run in decodedRuns {
                guard let run else { return nil }
                for (path, entry) in run { articles[path] = entry }
            }
            guard articles.count == count else { return nil }
            guard digest.reader.isAtEnd else { return nil }
            return CachedBuild(key: key, token: token, writtenAt: writtenAt, siteHash: siteHash, siteOutputs: siteOutputs,
                              outputFolderStamp: outputFolderStamp, siteOutputWarnings: siteOutputWarnings, crossFileDiagnostics: crossFile, statistics: statistics,
                              articles: articles, siteGraphIsPatchable: siteGraphIsPatchable, feedSlugs: feedSlugs,
                              feedWarnings: feedWarnings)
        } catch {
            return nil
        }
    }

    /// How many entries each run of the main file holds.
    private static let entriesPerRun = 1024

    private static func write(_ path: String, _ entry: ArticleEntry, to digest: inout DigestWriter) {
        digest.writer.write(path)
        entry.stamp.write(to: &digest.writer)
        digest.writer.write(entry.contentHash)
        digest.writer.write(entry.diagnostics.count)
        for diagnostic in entry.diagnostics { digest.diagnostic(diagnostic) }
        digest.strings(entry.incompleteIDs)
        Self.write(entry.outputs, to: &digest.writer)
        digest.writer.write(entry.folderStamp != nil)
        entry.folderStamp?.write(to: &digest.writer)
        digest.writer.write(entry.outputWarnings)
        digest.writer.write(entry.location.lowerBound)
        digest.writer.write(entry.location.count)
        digest.writer.write(entry.piecesHash)
        digest.writer.write(entry.slug)
        digest.writer.write(entry.graphPart != nil)
        if let part = entry.graphPart {
            for bound in [part.nodes.lowerBound, part.nodes.count, part.edges.lowerBound, part.edges.count] { digest.writer.write(bound) }
        }
        digest.writer.write(entry.sourcesSignature)
        digest.writer.write(entry.summaryHash)
        digest.writer.write(entry.indexPart != nil)
        if let part = entry.indexPart {
            digest.writer.write(part.lowerBound)
            digest.writer.write(part.count)
        }
    }

    private static func readEntry(_ digest: inout DigestReader) throws(BinaryReader.Malformed) -> (path: String, entry: ArticleEntry) {
        let path = try digest.reader.readString()
        let stamp = try FileStamp.read(from: &digest.reader)
        let hash = try digest.reader.readUInt64()
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try digest.reader.readCount()) { diagnostics.append(try digest.diagnostic()) }
        let incomplete = try digest.reader.readStrings()
        let outputs = try readOutputs(&digest.reader)
        let folderStamp = try digest.reader.readBool() ? try FileStamp.read(from: &digest.reader) : nil
        let warnings = try digest.reader.readInt()
        let offset = try digest.reader.readInt(), length = try digest.reader.readInt()
        let piecesHash = try digest.reader.readUInt64()
        guard offset >= 0, length >= 0, offset <= Int.max - length else { throw BinaryReader.Malformed() }
        let slug = try digest.reader.readString()
        let graphPart = try digest.reader.readBool() ? try readPart(&digest.reader) : nil
        let sourcesSignature = try digest.reader.readUInt64()
        let summaryHash = try digest.reader.readUInt64()
        var indexPart: Range<Int>?
        if try digest.reader.readBool() {
            let start = try digest.reader.readInt(), count = try digest.reader.readInt()
            guard start >= 0, count >= 0, start <= Int.max - count else { throw BinaryReader.Malformed() }
            indexPart = start..<(start + count)
        }
        return (path, ArticleEntry(stamp: stamp, contentHash: hash, diagnostics: diagnostics, incompleteIDs: incomplete,
                                      outputs: outputs, folderStamp: folderStamp, outputWarnings: warnings, location: offset..<(offset + length),
                                      piecesHash: piecesHash, slug: slug, graphPart: graphPart, sourcesSignature: sourcesSignature,
                                      summaryHash: summaryHash, indexPart: indexPart))
    }

    private static func readPart(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> SiteClaimGraph.Layout.Part {
        let nodesStart = try reader.readInt(), nodesCount = try reader.readInt(), edgesStart = try reader.readInt(), edgesCount = try reader.readInt()
        guard nodesStart >= 0, nodesCount >= 0, edgesStart >= 0, edgesCount >= 0, nodesStart <= Int.max - nodesCount,
              edgesStart <= Int.max - edgesCount else { throw BinaryReader.Malformed() }
        return SiteClaimGraph.Layout.Part(nodes: nodesStart..<(nodesStart + nodesCount), edges: edgesStart..<(edgesStart + edgesCount))
    }

    private static func write(_ outputs: [OutputStamp], to writer: inout BinaryWriter) {
        writer.write(outputs.count)
        for output in outputs {
            writer.write(output.path)
            output.stamp.write(to: &writer)
        }
    }

    private static func readOutputs(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> [OutputStamp] {
        var outputs: [OutputStamp] = []
        for _ in 0..<(try reader.readCount()) {
            outputs.append(OutputStamp(path: try reader.readString(), stamp: try FileStamp.read(from: &reader)))
        }
        return outputs
    }
}
