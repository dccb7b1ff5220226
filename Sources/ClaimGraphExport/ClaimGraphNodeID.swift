// ldpub — MIT licence.

/// The ID of a node or cluster in the claim graphs, quoted and escaped once, so a node that
/// several statements name is escaped only once.
///
/// Every ID has a prefix naming its kind, so no article, claim, source or legend entry can take
/// another's ID: `article:<slug>`, `claim:<slug>/<claim id>` (claim ids are unique only within
/// their article), `source:<reference id>` (reference ids are unique site-wide, so a source
/// cited by several articles is one node), `legend:<entry>`; clusters are
/// `cluster_section:<slug>/<n>` (the n-th section, 1-based) and `cluster_legend`; the
/// subgraph that puts the sources in one rank is `rank:sources`.
package struct ClaimGraphNodeID: Sendable, Hashable {
    /// The ID as a DOT double-quoted string, quotes included.
    package let quoted: [UInt8]

    /// The ID whose quoted, escaped form is `quoted`.
    package init(quoted: [UInt8]) {
        self.quoted = quoted
    }

    /// `"<kind><text>"`.
    private init(_ kind: StaticString, _ text: String) {
        var quoted: [UInt8] = []
        quoted.reserveCapacity(kind.utf8CodeUnitCount + text.utf8.count + 2)
        quoted.append(UInt8(ascii: "\""))
        kind.withUTF8Buffer { quoted.append(contentsOf: $0) }
        DOTString.appendEscaped(text, to: &quoted)
        quoted.append(UInt8(ascii: "\""))
        self.quoted = quoted
    }

    /// `"<kind><slug>/<text>"`: each part escaped apart, which is the escape of the joined
    /// text, as only an LF after a CR would escape differently.
    private init(_ kind: StaticString, _ slug: String, _ text: String) {
        var quoted: [UInt8] = []
        quoted.reserveCapacity(kind.utf8CodeUnitCount + slug.utf8.count + text.utf8.count + 3)
        quoted.append(UInt8(ascii: "\""))
        kind.withUTF8Buffer { quoted.append(contentsOf: $0) }
        DOTString.appendEscaped(slug, to: &quoted)
        quoted.append(UInt8(ascii: "/"))
        DOTString.appendEscaped(text, to: &quoted)
        quoted.append(UInt8(ascii: "\""))
        self.quoted = quoted
    }

    static func article(_ slug: String) -> Self { Self("article:", slug) }
    static func claim(_ claimID: String, inArticle slug: String) -> Self { Self("claim:", slug, claimID) }
    static func source(_ referenceID: String) -> Self { Self("source:", referenceID) }
    static func legend(_ entry: String) -> Self { Self("legend:", entry) }
    static func sectionCluster(_ position: Int, inArticle slug: String) -> Self {
        Self("cluster_section:", slug, String(position))
    }
    static let legendCluster = Self("cluster_legend", "")
    static let sourceRank = Self("rank:sources", "")
}
