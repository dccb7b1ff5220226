// ldpub — MIT licence.

extension SiteClaimGraph.Fragment {
    /// The first bytes of a serialized fragment; the number changes with the format.
    private static let formatMark = Array("ldpub-claims-fragment-1\n".utf8)

    /// The fragment as bytes, to keep between builds; ``init(serialized:)`` reads them back.
    ///
    /// The format belongs to this version of ldpub: a cache keyed to the ldpub binary is the
    /// place for them.
    public var serialized: [UInt8] {
        var encoder = ByteEncoder(capacity: nodes.count + edges.count + 64 * sources.count + 128)
        encoder.encode(Self.formatMark)
        encoder.encode(slug)
        encoder.encode(nodes)
        encoder.encode(edges)
        encoder.encode(edgesToOtherSources.count)
        for edge in edgesToOtherSources {
            encoder.encode(edge.referenceID)
            encoder.encode(edge.bytes.lowerBound)
            encoder.encode(edge.bytes.upperBound)
        }
        encoder.encode(sources.count)
        for source in sources {
            encoder.encode(source.referenceID)
            encoder.encode(source.citation.author)
            encoder.encode(source.citation.year)
            encoder.encode(source.nodeID.quoted)
            encoder.encode(source.escapedLabel)
            encoder.encode(source.isCited ? 1 : 0)
        }
        encoder.encode(otherCitedIDs.count)
        for id in otherCitedIDs { encoder.encode(id) }
        return encoder.bytes
    }

    /// The fragment that ``serialized`` wrote; nil when `serialized` is not one (another
    /// format, truncated or damaged).
    public init?(serialized: [UInt8]) {
        var decoder = ByteDecoder(serialized)
        do {
            try self.init(decoding: &decoder)
        } catch {
            return nil
        }
    }

    private init(decoding decoder: inout ByteDecoder) throws(ByteDecoder.Malformed) {
        guard try decoder.decodeBytes() == Self.formatMark else { throw ByteDecoder.Malformed() }
        let slug = try decoder.decodeString()
        let nodes = try decoder.decodeBytes()
        let edges = try decoder.decodeBytes()
        var edgesToOtherSources: [ClaimGraphDrawing.UnplacedEdge] = []
        var end = 0
        for _ in 0..<(try decoder.decodeInt()) {
            let referenceID = try decoder.decodeString()
            let lowerBound = try decoder.decodeInt()
            let upperBound = try decoder.decodeInt()
            // Assembling cuts the edges out in order.
            guard end <= lowerBound, lowerBound <= upperBound, upperBound <= edges.count else { throw ByteDecoder.Malformed() }
            edgesToOtherSources.append((referenceID, lowerBound..<upperBound))
            end = upperBound
        }
        var sources: [ClaimGraphSource] = []
        for _ in 0..<(try decoder.decodeInt()) {
            let referenceID = try decoder.decodeString()
            let citation = ShortCitation(author: try decoder.decodeString(), year: try decoder.decodeString())
            let nodeID = ClaimGraphNodeID(quoted: try decoder.decodeBytes())
            let escapedLabel = try decoder.decodeBytes()
            let isCited = try decoder.decodeInt()
            guard isCited <= 1 else { throw ByteDecoder.Malformed() }
            sources.append(ClaimGraphSource(referenceID: referenceID, citation: citation, nodeID: nodeID,
                                            escapedLabel: escapedLabel, isCited: isCited == 1))
        }
        var otherCitedIDs: [String] = []
        for _ in 0..<(try decoder.decodeInt()) {
            otherCitedIDs.append(try decoder.decodeString())
        }
        guard decoder.isAtEnd else { throw ByteDecoder.Malformed() }
        self.init(slug: slug, nodes: nodes, edges: edges, edgesToOtherSources: edgesToOtherSources, sources: sources,
                  otherCitedIDs: otherCitedIDs)
    }
}
