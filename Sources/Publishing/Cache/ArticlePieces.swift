// ldpub — MIT licence.

import ArticleModel
import BinaryRecords
import ClaimGraphExport
import InterfaceText

/// What the build keeps of one article for the checks across files and the site-wide outputs,
/// encoded: the article without its body (``DigestWriter``), which the index of articles is
/// made from too, and its part of the site graph (``SiteClaimGraph/Fragment/serialized``).
///
/// Kept in the cache's data file and read only by a build that needs them: one where something
/// changed. Each is decoded on its own, so a damaged one costs only that article's work.
struct ArticlePieces: Sendable {
    var digest: ArraySlice<UInt8>
    var fragment: ArraySlice<UInt8>

    /// The pieces of `digest`, an article without its bodies, and of its fragment.
    init(digest: Article, parts: SiteParts) {
        var writer = DigestWriter()
        writer.article(digest)
        self.digest = writer.writer.bytes[...]
        fragment = parts.fragment.serialized[...]
    }

    private init(digest: ArraySlice<UInt8>, fragment: ArraySlice<UInt8>) {
        self.digest = digest
        self.fragment = fragment
    }

    /// A hash of both, so that pieces damaged on disk are never taken for good ones.
    var hash: UInt64 {
        ContentHash.of(fragment, seed: ContentHash.of(digest, seed: 1))
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

    func write(to writer: inout BinaryWriter) {
        writer.write(raw: digest)
        writer.write(raw: fragment)
    }

    static func read(from reader: inout BinaryReader) throws(BinaryReader.Malformed) -> ArticlePieces {
        ArticlePieces(digest: try reader.readSlice(), fragment: try reader.readSlice())
    }
}

/// What the site-wide files need of an article besides its digest: its part of the site graph,
/// as this build made it or the cache kept it.
struct SiteParts: Sendable {
    let fragment: SiteClaimGraph.Fragment

    /// The parts of `digest`, an article without its bodies, in the words of `catalog`, the site's.
    init(digest: Article, catalog: MessageCatalog) {
        fragment = SiteClaimGraph.Fragment(article: digest, catalog: catalog)
    }

    init(fragment: SiteClaimGraph.Fragment) {
        self.fragment = fragment
    }
}

extension BuildCache {
    /// The cache's second file, `cache-data`: every article's ``ArticlePieces``, at the
    /// places the main file's entries give. Both files carry the same token, so a data file of
    /// another build is never taken for this one's.
    struct DataFile: Sendable {
        static let fileName = "cache-data"
        private static let magic = Array("ldpub-cache-data-5\n".utf8)
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
