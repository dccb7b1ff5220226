// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// The words of a claims graph in one language (``MessageCatalog``): the legend, the label of
/// article-to-claim edges, and the second line of a claim without a supporting source (what
/// the data says of it: no source cited, or sources that only dispute or mention it) and of a
/// source no claim cites.
struct ClaimGraphText: Sendable {
    let catalog: MessageCatalog
    /// The second line of a claim that cites no source.
    let noSourceCited: String
    /// The second line of a claim whose sources only dispute or mention it.
    let onlyDisputedOrMentioned: String
    /// The second line of a source no claim cites.
    let uncited: String
    /// An article-to-claim edge, labelled "makes".
    let makes: DOTAttributeList
    /// In place of the year of an undated source: "n.d.", "z.d.".
    let noDate: String

    init(_ catalog: MessageCatalog) {
        self.catalog = catalog
        noSourceCited = catalog[.graphNoSourceCited]
        onlyDisputedOrMentioned = catalog[.graphOnlyDisputedOrMentioned]
        uncited = catalog[.graphUncited]
        makes = ClaimGraphStyle.makes(label: catalog[.graphMakes])
        noDate = catalog[.noDate]
    }

    /// The second line of `claim`'s node: nil when a source supports it.
    func note(for claim: Claim) -> String? {
        if claim.isSupported { return nil }
        return claim.sources.isEmpty ? noSourceCited : onlyDisputedOrMentioned
    }

    /// The relation of a citation in words.
    func relation(_ relation: CitationRelation) -> String {
        switch relation {
        case .supports: catalog[.relationSupports]
        case .disputes: catalog[.relationDisputes]
        case .mentions: catalog[.relationMentions]
        }
    }
}
