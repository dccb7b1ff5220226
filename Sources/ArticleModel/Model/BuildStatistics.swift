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
        var counter = Counter(siteReferenceIDs: site.references.lazy.map(\.id), expectedArticles: articles.count)
        for article in articles {
            let claims = article.sections.lazy.flatMap(\.claims)
            counter.add(referenceIDs: article.references.lazy.map(\.id), claims: claims.count, unsupportedClaims: claims.count { !$0.isSupported },
                        citedIDs: claims.flatMap(\.sources).map(\.reference.id))
        }
        self = counter.statistics
    }

    /// The one way the site's totals are counted, article by article, from whatever an article is
    /// kept as (the article, a report's row, the cache's summary).
    public struct Counter: Sendable {
        private var articles = 0, claims = 0, unsupported = 0
        private var references: Set<String>
        private var cited = Set<String>()

        /// A count of a site whose own references have these ids.
        public init(siteReferenceIDs: some Sequence<String>, expectedArticles: Int = 0) {
            references = Set(minimumCapacity: 8 * expectedArticles + 64)
            for id in siteReferenceIDs { references.insert(id) }
        }

        /// Counts one article: the ids of its references, its claims, how many no source supports,
        /// and the ids its claims cite.
        public mutating func add(referenceIDs: some Sequence<String>, claims: Int, unsupportedClaims: Int, citedIDs: some Sequence<String>) {
            articles += 1
            for id in referenceIDs { references.insert(id) }
            self.claims += claims
            unsupported += unsupportedClaims
            for id in citedIDs { cited.insert(id) }
        }

        /// The totals so far.
        public var statistics: BuildStatistics {
            BuildStatistics(articles: articles, claims: claims, unsupportedClaims: unsupported, sources: references.count,
                            uncitedSources: references.count { !cited.contains($0) })
        }
    }
}

extension BuildStatistics {
    /// Counts the publication of `site` and the articles these summarise.
    package init(site: Site, summaries: [ArticleSummary]) {
        var counter = Counter(siteReferenceIDs: site.references.lazy.map(\.id), expectedArticles: summaries.count)
        for summary in summaries {
            counter.add(referenceIDs: summary.references.lazy.map(\.id), claims: summary.claims.count,
                        unsupportedClaims: summary.claims.count { !$0.isSupported }, citedIDs: summary.claims.lazy.flatMap(\.sources).map(\.id))
        }
        self = counter.statistics
    }
}
