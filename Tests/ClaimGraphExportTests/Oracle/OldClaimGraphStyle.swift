// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport

/// ``ClaimGraphStyle``'s attributes as the oracle's writer takes them.
enum OldClaimGraphStyle {
    static var graph: [OldDOTAttribute] { old(ClaimGraphStyle.graph) }
    static var nodeDefaults: [OldDOTAttribute] { old(ClaimGraphStyle.nodeDefaults) }
    static var edgeDefaults: [OldDOTAttribute] { old(ClaimGraphStyle.edgeDefaults) }
    static var article: [OldDOTAttribute] { old(ClaimGraphStyle.article) }
    static var supportedClaim: [OldDOTAttribute] { old(ClaimGraphStyle.supportedClaim) }
    static var unsupportedClaim: [OldDOTAttribute] { old(ClaimGraphStyle.unsupportedClaim) }
    static var citedSource: [OldDOTAttribute] { old(ClaimGraphStyle.citedSource) }
    static var uncitedSource: [OldDOTAttribute] { old(ClaimGraphStyle.uncitedSource) }
    static var section: [OldDOTAttribute] { old(ClaimGraphStyle.section) }
    static func legend(_ label: String) -> [OldDOTAttribute] { old(ClaimGraphStyle.legend(label: label)) }
    static func makes(_ label: String) -> [OldDOTAttribute] { old(ClaimGraphStyle.makes(label: label)) }
    static func citation(_ relation: CitationRelation) -> [OldDOTAttribute] { old(ClaimGraphStyle.citation(relation)) }

    private static func old(_ list: DOTAttributeList) -> [OldDOTAttribute] {
        list.attributes.map { OldDOTAttribute($0.name, $0.value) }
    }
}
