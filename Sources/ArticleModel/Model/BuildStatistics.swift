// ldpub — MIT licence.

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
    package init(articles: Int, claims: Int, unsupportedClaims: Int, sources: Int, uncitedSources: Int) {
        self.articles = articles
        self.claims = claims
        self.unsupportedClaims = unsupportedClaims
        self.sources = sources
        self.uncitedSources = uncitedSources
    }

    /// Counts `publication`.
    public init(_ publication: Publication) {
        self.init(site: publication.site, articles: publication.articles)
    }

    /// Counts the publication of `site` and `articles`, without making it.
    package init(site: Site, articles: [Article]) {
        var claimCount = 0, unsupported = 0
        var cited = Set<String>()
        var references = Set<String>(minimumCapacity: site.references.count + 8 * articles.count)
        for item in site.references { references.insert(item.id) }
        for article in articles {
            for item in article.references { references.insert(item.id) }
            for section in article.sections {
                for claim in section.claims {
                    claimCount += 1
                    if !claim.isSupported { unsupported += 1 }
                    for source in claim.sources { cited.insert(source.reference.id) }
                }
            }
        }
        self.articles = articles.count
        claims = claimCount
        unsupportedClaims = unsupported
        sources = references.count
        uncitedSources = references.count { !cited.contains($0) }
    }
}
