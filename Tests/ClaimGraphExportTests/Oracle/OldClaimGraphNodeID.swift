// ldpub — MIT licence.

@testable import ClaimGraphExport

/// ``ClaimGraphNodeID`` as it was before it wrote bytes: the oracle the differential tests compare with.
enum OldClaimGraphNodeID {
    static func article(_ slug: String) -> String { "article:" + slug }
    static func claim(_ claimID: String, inArticle slug: String) -> String { "claim:" + slug + "/" + claimID }
    static func source(_ referenceID: String) -> String { "source:" + referenceID }
    static func legend(_ entry: String) -> String { "legend:" + entry }
    static func sectionCluster(_ position: Int, inArticle slug: String) -> String { "cluster_section:" + slug + "/" + String(position) }
    static let legendCluster = "cluster_legend"
    static let sourceRank = "rank:sources"
}
