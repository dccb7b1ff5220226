// ldpub — MIT licence.

import ArticleModel

/// The site's references as source nodes, prepared once per publication in the site's
/// language: their short citations and labels are the same in every graph of that language
/// that shows them.
struct SiteSources: Sendable {
    /// Every site reference, in the order of site.yaml.
    let inOrder: [ClaimGraphSource]
    /// By reference id, the last of each id, as `Publication.citedReferences(of:)` finds them.
    private let byID: [String: ClaimGraphSource]
    /// The references themselves by id, for a graph in another language.
    private let itemsByID: [String: CSLItem]
    /// What stands for the year of an undated reference in the prepared labels.
    private let noDate: String

    init(site: Site, noDate: String) {
        self.noDate = noDate
        inOrder = site.references.map { ClaimGraphSource($0, noDate: noDate) }
        var byID = [String: ClaimGraphSource](minimumCapacity: inOrder.count)
        for source in inOrder { byID[source.referenceID] = source }
        self.byID = byID
        itemsByID = Dictionary(site.references.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    /// The sources of an article's graph, as `Publication.citedReferences(of:)` lists the
    /// references: the article's own, in order, then the site references its claims cite, in
    /// the order cited (a reference may come more than once; the first counts). Those that
    /// `citedIDs` has are cited; `noDate` is the graph's word for an undated source's year.
    func candidates(for nodes: ArticleNodes, citedIDs: Set<String>, noDate: String) -> [ClaimGraphSource] {
        var candidates = nodes.article.references.map { item in
            var source = ClaimGraphSource(item, noDate: noDate)
            source.isCited = citedIDs.contains(item.id)
            return source
        }
        for claim in nodes.claims {
            for citation in claim.sources {
                let id = citation.reference.id
                guard var source = noDate == self.noDate ? byID[id] : itemsByID[id].map({ ClaimGraphSource($0, noDate: noDate) })
                else { continue }
                source.isCited = true
                candidates.append(source)
            }
        }
        return candidates
    }
}
