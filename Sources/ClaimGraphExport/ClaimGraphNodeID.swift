// ldpub — MIT licence.

/// The IDs of nodes and clusters in the claim graphs.
///
/// Every ID has a prefix naming its kind, so no article, claim, source or legend entry can take
/// another's ID: `article:<slug>`, `claim:<slug>/<claim id>` (claim ids are unique only within
/// their article), `source:<reference id>` (reference ids are unique site-wide, so a source
/// cited by several articles is one node), `legend:<entry>`; clusters are
/// `cluster_section:<slug>/<n>` (the n-th section, 1-based) and `cluster_legend`; the
/// subgraph that puts the sources in one rank is `rank:sources`.
enum ClaimGraphNodeID {
    static func article(_ slug: String) -> String { "article:" + slug }
    static func claim(_ claimID: String, inArticle slug: String) -> String { "claim:" + slug + "/" + claimID }
    static func source(_ referenceID: String) -> String { "source:" + referenceID }
    static func legend(_ entry: String) -> String { "legend:" + entry }
    static func sectionCluster(_ position: Int, inArticle slug: String) -> String { "cluster_section:" + slug + "/" + String(position) }
    static let legendCluster = "cluster_legend"
    static let sourceRank = "rank:sources"
}
