// ldpub — MIT licence.

import ArticleModel

/// The site's references as source nodes, prepared once per publication: their short
/// citations and labels are the same in every graph that shows them.
struct SiteSources: Sendable {
    /// Every site reference, in the order of site.yaml.
    let inOrder: [ClaimGraphSource]
    /// By reference id, the last of each id, as `Publication.citedReferences(of:)` finds them.
    private let byID: [String: ClaimGraphSource]

    init(site: Site) {
        inOrder = site.references.map(ClaimGraphSource.init)
        var byID = [String: ClaimGraphSource](minimumCapacity: inOrder.count)
        for source in inOrder { byID[source.referenceID] = source }
        self.byID = byID
    }

    /// The sources of an article's graph, as `Publication.citedReferences(of:)` lists the
    /// references: the article's own, in order, then the site references its claims cite, in
    /// the order cited (a reference may come more than once; the first counts). Those that
    /// `citedIDs` has are cited.
    func candidates(for nodes: ArticleNodes, citedIDs: Set<String>) -> [ClaimGraphSource] {
        var candidates = nodes.article.references.map { item in
            var source = ClaimGraphSource(item)
            source.isCited = citedIDs.contains(item.id)
            return source
        }
        for claim in nodes.claims {
            for citation in claim.sources {
                guard var source = byID[citation.reference.id] else { continue }
                source.isCited = true
                candidates.append(source)
            }
        }
        return candidates
    }
}
