// ldpub — MIT licence.

import ArticleModel

/// An article and its claims in document order, with their node IDs escaped once, since each
/// claim's ID is written in its node, its "makes" edge and each of its citation edges.
struct ArticleNodes {
    let article: Article
    /// Every claim, section by section.
    let claims: [Claim]
    /// `"article:<slug>"`.
    let articleID: ClaimGraphNodeID
    /// `"claim:<slug>/<claim id>"` of each claim, in the order of `claims`.
    let claimIDs: [ClaimGraphNodeID]

    init(_ article: Article) {
        self.article = article
        claims = article.claims
        articleID = .article(article.slug)
        claimIDs = claims.map { .claim($0.id, inArticle: article.slug) }
    }

    /// The distinct reference ids the claims cite.
    var citedReferenceIDs: Set<String> {
        var ids = Set<String>(minimumCapacity: 2 * claims.count)
        for claim in claims {
            for citation in claim.sources { ids.insert(citation.reference.id) }
        }
        return ids
    }
}
