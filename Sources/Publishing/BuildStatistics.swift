// ldpub — MIT licence.

import ArticleModel

/// The counts a build reports: articles, claims, how many stand on nothing, sources, how many
/// no claim cites.
public struct BuildStatistics: Sendable, Hashable {
    public let articles: Int
    public let claims: Int
    public let unsupportedClaims: Int
    /// Distinct references in the site (site.yaml and every article).
    public let sources: Int
    /// References no claim cites.
    public let uncitedSources: Int

    /// Counts given as they are (as a build cache keeps them).
    init(articles: Int, claims: Int, unsupportedClaims: Int, sources: Int, uncitedSources: Int) {
        self.articles = articles
        self.claims = claims
        self.unsupportedClaims = unsupportedClaims
        self.sources = sources
        self.uncitedSources = uncitedSources
    }

    /// Counts `publication`.
    public init(_ publication: Publication) {
        let claims = publication.articles.flatMap(\.claims)
        let cited = Set(claims.flatMap { $0.sources.map(\.reference.id) })
        let references = Set(publication.site.references.map(\.id) + publication.articles.flatMap { $0.references.map(\.id) })
        articles = publication.articles.count
        self.claims = claims.count
        unsupportedClaims = claims.count { !$0.isSupported }
        sources = references.count
        uncitedSources = references.subtracting(cited).count
    }
}
