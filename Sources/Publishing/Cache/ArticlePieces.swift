// ldpub — MIT licence.

import ArticleModel
import BinaryRecords
import ClaimGraphExport
import HTMLExport

/// What the build keeps of one article for the checks across files and the site-wide outputs,
/// encoded: the article without its body (``DigestWriter``), its part of the site graph
/// (``SiteClaimGraph/Fragment/serialized``) and its row of the overview
/// (``SiteOverview/Row/serialized``).
///
/// Kept in the cache's data file and read only by a build that needs them: one where something
/// changed. Each is decoded on its own, so a damaged one costs only that article's work.
struct ArticlePieces: Sendable {
    var digest: ArraySlice<UInt8>
    var fragment: ArraySlice<UInt8>
    var row: ArraySlice<UInt8>

    /// The pieces of `digest`, an article without its bodies, and of its fragment and row.
    init(digest: Article, parts: SiteParts) {
        var writer = DigestWriter()
        writer.article(digest)
        self.digest = writer.writer.bytes[...]
        fragment = parts.fragment.serialized[...]
        row = parts.row.serialized[...]
    }

    private init(digest: ArraySlice<UInt8>, fragment: ArraySlice<UInt8>, row: ArraySlice<UInt8>) {
        self.digest = digest
        self.fragment = fragment
        self.row = row
    }

    /// A hash of all three, so that pieces damaged on disk are never taken for good ones.
    var hash: UInt64 {
        ContentHash.of(row, seed: ContentHash.of(fragment, seed: ContentHash.of(digest, seed: 1)))
    }

    /// The article without its bodies; nil when the bytes are damaged.
    func decodedDigest() -> Article? {
        var reader = DigestReader(digest)
        guard let article = try? reader.article(), reader.reader.isAtEnd else { return nil }
        return article
    }

    /// The site-graph fragment, or nil when damaged.
    func decodedFragment() -> SiteClaimGraph.Fragment? {
        SiteClaimGraph.Fragment(serialized: Array(fragment))
    }

    /// The overview row, or nil when damaged or made for another `graphsRendered`.
    func decodedRow(graphsRendered: Bool) -> SiteOverview.Row? {
        SiteOverview.Row(serialized: Array(row)).flatMap { $0.graphsRendered == graphsRendered ? $0 : nil }
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(raw: digest)
        writer.write(raw: fragment)
        writer.write(raw: row)
    }

    static func read(from reader: inout BinaryReader) throws(BinaryReader.Malformed) -> ArticlePieces {
        ArticlePieces(digest: try reader.readSlice(), fragment: try reader.readSlice(), row: try reader.readSlice())
    }
}

/// An article's part of the site graph and row of the overview, as this build made them.
struct SiteParts: Sendable {
    let fragment: SiteClaimGraph.Fragment
    let row: SiteOverview.Row

    /// The parts of `digest`, an article without its bodies.
    init(digest: Article, context: Publication, graphsRendered: Bool) {
        fragment = SiteClaimGraph.Fragment(article: digest)
        row = SiteOverview.Row(article: digest, publication: context, graphsRendered: graphsRendered)
    }

    init(fragment: SiteClaimGraph.Fragment, row: SiteOverview.Row) {
        self.fragment = fragment
        self.row = row
    }
}

extension BuildCache {
    /// The cache's second file, `cache-data`: every article's ``ArticlePieces``, at the
    /// places the main file's entries give. Both files carry the same token, so a data file of
    /// another build is never taken for this one's.
    struct DataFile: Sendable {
        static let fileName = "cache-data"
        private static let magic = Array("ldpub-cache-data-4\n".utf8)
        let bytes: [UInt8]

        /// Reads the data file of the cache whose token is `token`; nil when it is missing or another's.
        init?(_ bytes: [UInt8], token: UInt64) {
            var reader = BinaryReader(bytes)
            guard (try? reader.readRaw()) == Self.magic, (try? reader.readUInt64()) == token else { return nil }
            self.bytes = bytes
        }

        /// The pieces at `range` whose hash is `hash`, or nil when they are not there.
        func pieces(at range: Range<Int>, hash: UInt64) -> ArticlePieces? {
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
            var reader = BinaryReader(bytes[range])
            guard let pieces = try? ArticlePieces.read(from: &reader), reader.isAtEnd, pieces.hash == hash else { return nil }
            return pieces
        }

        /// Writes the start of a data file for the cache whose token is `token`.
        static func writeHeader(token: UInt64, to writer: inout BinaryWriter) {
            writer.write(raw: magic)
            writer.write(token)
        }
    }
}
