// ldpub — MIT licence.

import BinaryRecords
import ClaimGraphExport

extension SiteClaimGraph.Fragment {
    /// The first bytes of a serialized fragment; the number changes with the format.
    private static let formatMark = Array("ldpub-claims-fragment-2\n".utf8)

    /// The fragment as bytes, to keep between builds; ``init(serialized:)`` reads them back.
    ///
    /// The format belongs to this version of ldpub: a cache keyed to the ldpub binary is the
    /// place for them.
    package var serialized: [UInt8] {
        var writer = BinaryWriter(capacity: nodes.count + edges.count + 64 * sources.count + 128)
        writer.write(raw: Self.formatMark)
        writer.write(slug)
        writer.write(raw: nodes)
        writer.write(raw: edges)
        writer.write(edgesToOtherSources) { writer, edge in
            writer.write(edge.referenceID)
            writer.write(edge.bytes.lowerBound)
            writer.write(edge.bytes.upperBound)
        }
        Self.write(sources, to: &writer)
        writer.write(otherCitedIDs) { $0.write($1) }
        return writer.bytes
    }

    /// The source nodes of a fragment, as ``serialized`` and ``sourcesSignature`` write them.
    private static func write(_ sources: [ClaimGraphSource], to writer: inout BinaryWriter) {
        writer.write(sources) { writer, source in
            writer.write(source.referenceID)
            writer.write(source.citation.author)
            writer.write(source.citation.year)
            writer.write(raw: source.nodeID.quoted)
            writer.write(raw: source.escapedLabel)
            writer.write(source.isCited)
        }
    }

    /// The fragment that ``serialized`` wrote; nil when `serialized` is not one (another
    /// format, truncated or damaged).
    package init?(serialized: [UInt8]) {
        var reader = BinaryReader(serialized)
        do {
            try self.init(reading: &reader)
        } catch {
            return nil
        }
    }

    private init(reading reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        guard try reader.readRaw() == Self.formatMark else { throw BinaryReader.Malformed() }
        let slug = try reader.readString()
        let nodes = try reader.readRaw()
        let edges = try reader.readRaw()
        var end = 0
        let edgesToOtherSources = try reader.readArray { (reader: inout BinaryReader) throws(BinaryReader.Malformed) -> ClaimGraphDrawing.UnplacedEdge in
            let referenceID = try reader.readString()
            let lowerBound = try reader.readInt()
            let upperBound = try reader.readInt()
            // Assembling cuts the edges out in order.
            guard end <= lowerBound, lowerBound <= upperBound, upperBound <= edges.count else { throw BinaryReader.Malformed() }
            end = upperBound
            return (referenceID, lowerBound..<upperBound)
        }
        let sources = try reader.readArray { (reader: inout BinaryReader) throws(BinaryReader.Malformed) in
            ClaimGraphSource(referenceID: try reader.readString(),
                             citation: ShortCitation(author: try reader.readString(), year: try reader.readString()),
                             nodeID: ClaimGraphNodeID(quoted: try reader.readRaw()), escapedLabel: try reader.readRaw(),
                             isCited: try reader.readBool())
        }
        let otherCitedIDs = try reader.readStrings()
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
        self.init(slug: slug, nodes: nodes, edges: edges, edgesToOtherSources: edgesToOtherSources, sources: sources,
                  otherCitedIDs: otherCitedIDs)
    }
}

extension SiteClaimGraph.Fragment {
    /// A hash of what the rest of the site graph depends on in this fragment: its own sources
    /// (ids, citations, labels, whether cited) and the ids it cites elsewhere. While it is the
    /// same, the article's new fragment can replace the old one's part of the assembled graph
    /// (``SiteClaimGraph/Layout``) and the source nodes stay as they were.
    package var sourcesSignature: UInt64 {
        var writer = BinaryWriter(capacity: 64 * sources.count + 64)
        writer.write(slug)
        Self.write(sources, to: &writer)
        writer.write(otherCitedIDs) { $0.write($1) }
        writer.write(edgesToOtherSources) { writer, edge in writer.write(edge.referenceID) }
        return ContentHash.of(writer.bytes)
    }
}
