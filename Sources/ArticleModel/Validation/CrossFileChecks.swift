// ldpub — MIT licence.

import YAMLNodes

/// The checks that need more than one file: unique slugs and ids, references that resolve,
/// and the warnings about evidence and review.
struct CrossFileChecks: Sendable {
    let site: Site
    let articles: [ArticleSummary]
    /// Ids whose definitions had errors; using them is not reported again.
    let incompleteIDs: Set<String>
    private var diagnostics: [Diagnostic] = []
    /// The ids of site references that a claim cites, gathered while the articles are checked.
    private var citedSiteReferences = Set<String>()

    /// Every article file was read: when one was not (an error in its structure), what it cites
    /// is not known, and no site or bibliography reference is said to be never cited.
    let everyArticleRead: Bool

    init(site: Site, articles: [ArticleSummary], incompleteIDs: Set<String> = [], everyArticleRead: Bool = true) {
        self.site = site
        self.articles = articles
        self.incompleteIDs = incompleteIDs
        self.everyArticleRead = everyArticleRead
    }

    /// Runs every check and returns what it found.
    ///
    /// The checks of each article against the site's ids run on all cores; their findings are
    /// put together in the articles' order: the same whatever the scheduling.
    func run() -> [Diagnostic] {
        var checks = self
        let agents = checks.checkPeople()
        let fileOrder = indicesInFileOrder
        checks.checkSlugs(fileOrder)
        let references = checks.checkReferenceIDs(fileOrder)
        let shared = checks
        for found in articles.indices.concurrentMap({ shared.checkArticle($0, agents: agents, references: references) }) {
            checks.diagnostics += found.diagnostics
            checks.citedSiteReferences.formUnion(found.citedSiteReferences)
        }
        if everyArticleRead { checks.warnAboutUncitedSiteReferences() }
        return checks.diagnostics
    }

    /// What the checks of one article found.
    private struct ArticleFindings: Sendable {
        var diagnostics: [Diagnostic] = []
        /// The ids of site references its claims cite.
        var citedSiteReferences = Set<String>()
    }

    // MARK: People

    /// Unique people ids (the publisher's id counts), and affiliations that resolve to organizations.
    private mutating func checkPeople() -> [String: Agent] {
        var agents: [String: Agent] = [:]
        for agent in [site.publisher] + site.people {
            guard let id = agent.id else { continue }
            if let first = agents[id] {
                diagnostics.append(.error("person or organization id '\(id)' is defined twice", at: agent.span,
                                          notes: [.init("'\(id)' first defined here", at: first.span)]))
            } else {
                agents[id] = agent
            }
        }
        for agent in [site.publisher] + site.people {
            guard let affiliation = agent.affiliation else { continue }
            guard let organization = agents[affiliation.id] else {
                if incompleteIDs.contains(affiliation.id) { continue }
                diagnostics.append(.error("affiliation '\(affiliation.id)' is not defined in site.yaml 'people'\(Suggestion.clause(for: affiliation.id, in: agents.keys.sorted()))", at: affiliation.span))
                continue
            }
            if organization.kind != .organization {
                diagnostics.append(.error("affiliation '\(affiliation.id)' is a Person; an affiliation is an Organization", at: affiliation.span,
                                          notes: [.init("'\(affiliation.id)' defined here", at: organization.span)]))
            }
        }
        return agents
    }

    // MARK: Slugs and reference ids

    /// The indices of the articles, in the order of their files.
    private var indicesInFileOrder: [Int] {
        articles.indices.sorted { articles[$0].file < articles[$1].file }
    }

    private mutating func checkSlugs(_ fileOrder: [Int]) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(articles.count)
        for index in fileOrder {
            let slug = articles[index].slug
            if let first = seen.updateValue(index, forKey: slug) {
                seen[slug] = first
                let article = articles[index]
                diagnostics.append(.error("slug '\(article.slug)' is also the slug of '\(articles[first].file)'; every article needs its own", at: article.span,
                                          notes: [.init("'\(article.slug)' used here first", at: articles[first].span)]))
            }
        }
    }

    /// Where each reference is defined: site.yaml, or the one article that defines it (indices,
    /// so that no article or reference is copied).
    private struct ReferenceHome: Sendable {
        /// The index of the article, or nil for site.yaml.
        let article: Int?
        /// The index of the item in its file's references.
        let item: Int
    }

    /// Where the reference at `home` is defined.
    private func definitionSpan(at home: ReferenceHome) -> SourceSpan {
        home.article.map { articles[$0].references[home.item].span } ?? site.references[home.item].span
    }

    /// Reference ids are unique across the whole site.
    private mutating func checkReferenceIDs(_ fileOrder: [Int]) -> [String: ReferenceHome] {
        var homes: [String: ReferenceHome] = [:]
        homes.reserveCapacity(articles.reduce(site.references.count) { $0 + $1.references.count })
        for (index, item) in site.references.enumerated() {
            if let first = homes.updateValue(ReferenceHome(article: nil, item: index), forKey: item.id) {
                homes[item.id] = first
                diagnostics.append(.error("reference '\(item.id)' is defined twice in site.yaml", at: item.span,
                                          notes: [.init("'\(item.id)' first defined here", at: self.definitionSpan(at: first))]))
            }
        }
        for articleIndex in fileOrder {
            for (index, id) in articles[articleIndex].references.lazy.map(\.id).enumerated() {
                guard let first = homes.updateValue(ReferenceHome(article: articleIndex, item: index), forKey: id) else { continue }
                homes[id] = first
                let article = articles[articleIndex]
                let item = article.references[index]
                let message: String
                if let firstArticle = first.article {
                    if articles[firstArticle].file == article.file {
                        message = "reference '\(item.id)' is defined twice in this article"
                    } else {
                        message = "reference '\(item.id)' is also defined in '\(articles[firstArticle].file)'; move the shared item to site.yaml"
                    }
                } else {
                    message = "reference '\(item.id)' is also defined in site.yaml; define it once there and remove it here"
                }
                diagnostics.append(.error(message, at: item.span, notes: [.init("'\(item.id)' first defined here", at: self.definitionSpan(at: first))]))
            }
        }
        return homes
    }

    // MARK: One article

    private func checkArticle(_ articleIndex: Int, agents: [String: Agent], references: [String: ReferenceHome]) -> ArticleFindings {
        var found = ArticleFindings()
        let article = articles[articleIndex]
        // Suggestions are looked for only when something is wrong: these lists cost.
        func peopleIDs() -> [String] { agents.keys.sorted() }
        for author in article.authors where agents[author.id] == nil && !incompleteIDs.contains(author.id) {
            found.diagnostics.append(.error("author '\(author.id)' is not defined in site.yaml 'people'\(Suggestion.clause(for: author.id, in: peopleIDs()))", at: author.span))
        }
        // An article without `reviewed` is warned about when it is decoded (a `reviewed` with an
        // error is no missing review).
        if let review = article.review, agents[review.reviewer.id] == nil && !incompleteIDs.contains(review.reviewer.id) {
            found.diagnostics.append(.error("reviewer '\(review.reviewer.id)' is not defined in site.yaml 'people'\(Suggestion.clause(for: review.reviewer.id, in: peopleIDs()))", at: review.reviewer.span))
        }
        func visibleIDs() -> [String] { site.references.map(\.id) + article.references.map(\.id) }
        var cited = Set<String>(minimumCapacity: article.references.count * 2)
        for claim in article.claims {
            for source in claim.sources {
                let id = source.id
                cited.insert(id)
                guard let home = references[id] else {
                    if incompleteIDs.contains(id) { continue }
                    found.diagnostics.append(.error("claim '\(claim.id)' cites unknown source '\(id)'\(Suggestion.clause(for: id, in: visibleIDs()))", at: source.span))
                    continue
                }
                guard let owner = home.article else {
                    found.citedSiteReferences.insert(id)
                    continue
                }
                // An article that defines the id itself has its error at that definition (defined
                // twice): its claims cite its own item, not the other article's.
                if articles[owner].file != article.file && !article.references.contains(where: { $0.id == id }) {
                    found.diagnostics.append(.error("claim '\(claim.id)' cites '\(id)', a reference of '\(articles[owner].file)'; move it to site.yaml to share it", at: source.span,
                                              notes: [.init("'\(id)' defined here", at: definitionSpan(at: home))]))
                }
            }
            if claim.sources.isEmpty {
                found.diagnostics.append(.warning("claim '\(claim.id)' cites no source: unsupported claim", at: claim.span))
            } else if !claim.isSupported {
                found.diagnostics.append(.warning("claim '\(claim.id)' has sources that only dispute or mention it: unsupported claim", at: claim.span))
            }
        }
        for item in article.references where !cited.contains(item.id) {
            found.diagnostics.append(.warning("reference '\(item.id)' is never cited by a claim", at: item.span))
        }
        return found
    }

    private mutating func warnAboutUncitedSiteReferences() {
        for item in site.references where !citedSiteReferences.contains(item.id) {
            diagnostics.append(.warning("reference '\(item.id)' is never cited by a claim", at: item.span))
        }
    }
}
