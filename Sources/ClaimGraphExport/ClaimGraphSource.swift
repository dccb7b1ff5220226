// ldpub — MIT licence.

import ArticleModel

/// One reference as a source node needs it, prepared once: its id, its short citation, and its
/// node ID and label already escaped.
package struct ClaimGraphSource: Sendable {
    /// The reference id.
    package let referenceID: String
    /// The short citation, the label when no other source of the graph has the same one.
    package let citation: ShortCitation
    /// `"source:<reference id>"`.
    package let nodeID: ClaimGraphNodeID
    /// The short citation, wrapped and escaped.
    package let escapedLabel: [UInt8]
    /// True when a claim is known to cite the reference: one of the article's claims, for the
    /// article's own references. ``ClaimGraphSources`` combines what every list knows.
    package var isCited = false

    /// The source node of `item`; `noDate` stands for the year of an undated one.
    init(_ item: CSLItem, noDate: String) {
        self.init(referenceID: item.id, citation: ShortCitation(item, noDate: noDate))
    }

    /// The source node of the reference `referenceID`, whose short citation is `citation`.
    init(referenceID: String, citation: ShortCitation) {
        self.referenceID = referenceID
        self.citation = citation
        nodeID = .source(referenceID)
        escapedLabel = Self.escapedLabel(citation.description)
    }

    /// A source node of its parts, as ``init(referenceID:citation:)`` makes them.
    package init(referenceID: String, citation: ShortCitation, nodeID: ClaimGraphNodeID, escapedLabel: [UInt8], isCited: Bool) {
        self.referenceID = referenceID
        self.citation = citation
        self.nodeID = nodeID
        self.escapedLabel = escapedLabel
        self.isCited = isCited
    }

    /// `label` as a source node shows it: wrapped and escaped.
    static func escapedLabel(_ label: String) -> [UInt8] {
        var writer = DOTWriter()
        writer.appendLabel(.wrapped(label))
        return writer.bytes
    }
}
