// ldpub — MIT licence.

import ArticleModel
import BinaryRecords
import ClaimGraphExport
import InterfaceText

/// What the build keeps of one article for the checks across files and the site-wide outputs,
/// encoded: the ``KeptArticle`` (the article for the site files and its summary) and its part
/// of the site graph (``SiteClaimGraph/Fragment/serialized``).
///
/// Kept in the cache's data file and read only by a build that needs them: one where something
/// changed. Each is decoded on its own, so a damaged one costs only that article's work.
package struct ArticlePieces: Sendable {
    package var kept: ArraySlice<UInt8>
    package var fragment: ArraySlice<UInt8>

    /// The pieces of `kept` and of a fragment as ``SiteClaimGraph/Fragment/serialized`` wrote it.
    package init(kept: KeptArticle, serializedFragment: [UInt8]) {
        var writer = DigestWriter(capacity: 4096)
        writer.kept(kept)
        self.kept = writer.writer.bytes[...]
        self.fragment = serializedFragment[...]
    }

    private init(kept: ArraySlice<UInt8>, fragment: ArraySlice<UInt8>) {
        self.kept = kept
        self.fragment = fragment
    }

    /// A hash of both, so that pieces damaged on disk are never taken for good ones.
    package var hash: UInt64 {
        ContentHash.of(fragment, seed: ContentHash.of(kept, seed: 1))
    }

    /// What is kept of the article; nil when the bytes are damaged.
    package func decodedKept() -> KeptArticle? {
        var reader = DigestReader(kept)
        guard let kept = try? reader.kept(), reader.reader.isAtEnd else { return nil }
        return kept
    }

    /// The site-graph fragment, or nil when damaged.
    package func decodedFragment() -> SiteClaimGraph.Fragment? {
        SiteClaimGraph.Fragment(serialized: Array(fragment))
    }

    package func write(to writer: inout BinaryWriter) {
        writer.write(raw: kept)
        writer.write(raw: fragment)
    }

    package static func read(from reader: inout BinaryReader) throws(BinaryReader.Malformed) -> ArticlePieces {
        ArticlePieces(kept: try reader.readSlice(), fragment: try reader.readSlice())
    }
}

extension CachedBuild {
    /// The cache's second file, `cache-data`: every article's ``ArticlePieces``, at the
    /// places the main file's entries give. Both files carry the same token, so a data file of
    /// another build is never taken for this one's.
    package struct DataFile: Sendable {
        package static let fileName = "cache-data"
        private static let magic = Array("ldpub-cache-data-6\n".utf8)
        package let bytes: [UInt8]

        /// Reads the data file of the cache whose token is `token`; nil when it is missing or another's.
        package init?(_ bytes: [UInt8], token: UInt64) {
            var reader = BinaryReader(bytes)
            guard (try? reader.readRaw()) == Self.magic, (try? reader.readUInt64()) == token else { return nil }
            self.bytes = bytes
        }

        /// The pieces at `range` whose hash is `hash`, or nil when they are not there.
        package func pieces(at range: Range<Int>, hash: UInt64) -> ArticlePieces? {
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
            return Self.pieces(in: bytes[range], hash: hash)
        }

        /// The pieces that are `bytes` (read from a data file alone) when their hash is `hash`.
        package static func pieces(in bytes: ArraySlice<UInt8>, hash: UInt64) -> ArticlePieces? {
            var reader = BinaryReader(bytes)
            guard let pieces = try? ArticlePieces.read(from: &reader), reader.isAtEnd, pieces.hash == hash else { return nil }
            return pieces
        }

        /// Where a data file's header is: its first bytes, enough for ``isHeader(_:of:)`` (the
        /// magic's length takes one byte, the token at most ten).
        package static var headerRange: Range<Int> { 0..<(magic.count + 1 + 10) }

        /// Whether `bytes`, read at ``headerRange``, start the data file of the cache whose token is `token`.
        package static func isHeader(_ bytes: [UInt8], of token: UInt64) -> Bool {
            DataFile(bytes, token: token) != nil
        }

        /// Whether new pieces may be appended to a data file of `size` bytes of which `live` are
        /// pieces still in use, rather than the file written anew: while at most half is unused
        /// (and 16 MB more).
        package static func isAppendable(size: Int, live: Int) -> Bool {
            size <= 2 * live + (16 << 20)
        }

        /// Writes the start of a data file for the cache whose token is `token`.
        package static func writeHeader(token: UInt64, to writer: CacheFileWriter) {
            writer.buffer.write(raw: magic)
            writer.buffer.write(token)
        }
    }
}
