// ldpub — MIT licence.

/// A validated site: the configuration, its articles, and lookups that exporters need.
///
/// ``InputValidator`` creates one only when the input has no errors, so every id an article
/// uses resolves. Articles are ordered by slug.
public struct Publication: Sendable {
    /// site.yaml.
    public let site: Site
    /// Every article, ordered by slug.
    public let articles: [Article]
    private let agentsByID: [String: Agent]
    private let referencesByID: [String: CSLItem]
    private let siteReferencesByID: [String: CSLItem]

    /// Creates a publication and its lookups. Callers outside ``InputValidator`` (tests,
    /// generators) are responsible for the input being valid.
    public init(site: Site, articles: [Article]) {
        self.site = site
        self.articles = articles.sorted { $0.slug < $1.slug }
        var agents: [String: Agent] = [:]
        if let id = site.publisher.id { agents[id] = site.publisher }
        for person in site.people {
            if let id = person.id { agents[id] = person }
        }
        agentsByID = agents
        var references: [String: CSLItem] = [:]
        for item in site.references { references[item.id] = item }
        siteReferencesByID = references
        for article in articles {
            for item in article.references { references[item.id] = item }
        }
        referencesByID = references
    }

    /// The person or organization with this id (the publisher counts when it has an id).
    public func agent(_ id: String) -> Agent? { agentsByID[id] }

    /// The reference with this id, from site.yaml or any article.
    public func reference(_ id: String) -> CSLItem? { referencesByID[id] }

    /// The page URL of an article: the site URL, the slug and a slash.
    public func pageURL(of article: Article) -> String { site.url + article.slug + "/" }

    /// The article's language, or the site's.
    public func language(of article: Article) -> String { article.language ?? site.language }

    /// The article's authors, in order.
    public func authors(of article: Article) -> [Agent] { article.authors.compactMap { agent($0.id) } }

    /// The reviewer of the article, if it was reviewed.
    public func reviewer(of article: Article) -> Agent? { article.review.flatMap { agent($0.reviewer.id) } }

    /// What a page cites: the article's own references, in order, then every site reference
    /// one of its claims cites, in the order first cited.
    ///
    /// Needs only the site and the article, so a publication made of the site alone can serve
    /// any article (the build exports articles one at a time).
    public func citedReferences(of article: Article) -> [CSLItem] {
        var result = article.references
        var seen = Set(result.map(\.id))
        for claim in article.claims {
            for source in claim.sources where !seen.contains(source.reference.id) {
                if let item = siteReferencesByID[source.reference.id] {
                    result.append(item)
                    seen.insert(item.id)
                }
            }
        }
        return result
    }

    /// The absolute URL of the article's image: as written when absolute, else resolved
    /// against the site URL (`images/a.jpg` → `<site url>images/a.jpg`, `/a.jpg` → the site's origin).
    public func imageURL(of article: Article) -> String? {
        article.image.map { URLResolution.resolve($0.url, against: site.url) }
    }
}
