// ldpub — MIT licence.

import YAMLNodes

/// The checks that need more than one file: unique slugs and ids, references that resolve,
/// and the warnings about evidence and review.
struct CrossFileChecks {
    let site: Site
    let articles: [Article]
    /// Ids whose definitions had errors; using them is not reported again.
    let incompleteIDs: Set<String>
    private var diagnostics: [Diagnostic] = []

    init(site: Site, articles: [Article], incompleteIDs: Set<String> = []) {
        self.site = site
        self.articles = articles
        self.incompleteIDs = incompleteIDs
    }

    /// Runs every check and returns what it found.
    func run() -> [Diagnostic] {
        var checks = self
        let agents = checks.checkPeople()
        checks.checkSlugs()
        let references = checks.checkReferenceIDs()
        for article in articles {
            checks.checkArticle(article, agents: agents, references: references)
        }
        checks.warnAboutUncitedSiteReferences()
        return checks.diagnostics
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

    private mutating func checkSlugs() {
        var seen: [String: Article] = [:]
        for article in articles.sorted(by: { $0.file < $1.file }) {
            if let first = seen[article.slug] {
                diagnostics.append(.error("slug '\(article.slug)' is also the slug of '\(first.file)'; every article needs its own", at: article.span,
                                          notes: [.init("'\(article.slug)' used here first", at: first.span)]))
            } else {
                seen[article.slug] = article
            }
        }
    }

    /// Where each reference is defined: site.yaml, or the one article that defines it.
    private struct ReferenceHome {
        let item: CSLItem
        let article: Article?
    }

    /// Reference ids are unique across the whole site.
    private mutating func checkReferenceIDs() -> [String: ReferenceHome] {
        var homes: [String: ReferenceHome] = [:]
        for item in site.references {
            if let first = homes[item.id] {
                diagnostics.append(.error("reference '\(item.id)' is defined twice in site.yaml", at: item.span,
                                          notes: [.init("'\(item.id)' first defined here", at: first.item.span)]))
            } else {
                homes[item.id] = ReferenceHome(item: item, article: nil)
            }
        }
        for article in articles.sorted(by: { $0.file < $1.file }) {
            for item in article.references {
                guard let first = homes[item.id] else {
                    homes[item.id] = ReferenceHome(item: item, article: article)
                    continue
                }
                let message: String
                if first.article == nil {
                    message = "reference '\(item.id)' is also defined in site.yaml; define it once there and remove it here"
                } else if first.article?.file == article.file {
                    message = "reference '\(item.id)' is defined twice in this article"
                } else {
                    message = "reference '\(item.id)' is also defined in '\(first.article!.file)'; move the shared item to site.yaml"
                }
                diagnostics.append(.error(message, at: item.span, notes: [.init("'\(item.id)' first defined here", at: first.item.span)]))
            }
        }
        return homes
    }

    // MARK: One article

    private mutating func checkArticle(_ article: Article, agents: [String: Agent], references: [String: ReferenceHome]) {
        // Suggestions are looked for only when something is wrong: these lists cost.
        func peopleIDs() -> [String] { agents.keys.sorted() }
        for author in article.authors where agents[author.id] == nil && !incompleteIDs.contains(author.id) {
            diagnostics.append(.error("author '\(author.id)' is not defined in site.yaml 'people'\(Suggestion.clause(for: author.id, in: peopleIDs()))", at: author.span))
        }
        if let review = article.review {
            if agents[review.reviewer.id] == nil && !incompleteIDs.contains(review.reviewer.id) {
                diagnostics.append(.error("reviewer '\(review.reviewer.id)' is not defined in site.yaml 'people'\(Suggestion.clause(for: review.reviewer.id, in: peopleIDs()))", at: review.reviewer.span))
            }
        } else {
            diagnostics.append(.warning("article has no medical review ('reviewed'); every page is a medical page", at: article.span))
        }
        func visibleIDs() -> [String] { site.references.map(\.id) + article.references.map(\.id) }
        var cited = Set<String>()
        for claim in article.claims {
            for source in claim.sources {
                let id = source.reference.id
                cited.insert(id)
                guard let home = references[id] else {
                    if incompleteIDs.contains(id) { continue }
                    diagnostics.append(.error("claim '\(claim.id)' cites unknown source '\(id)'\(Suggestion.clause(for: id, in: visibleIDs()))", at: source.reference.span))
                    continue
                }
                if let owner = home.article, owner.file != article.file {
                    diagnostics.append(.error("claim '\(claim.id)' cites '\(id)', a reference of '\(owner.file)'; move it to site.yaml to share it", at: source.reference.span,
                                              notes: [.init("'\(id)' defined here", at: home.item.span)]))
                }
            }
            if claim.sources.isEmpty {
                diagnostics.append(.warning("claim '\(claim.id)' cites no source: unsupported claim", at: claim.span))
            } else if !claim.isSupported {
                diagnostics.append(.warning("claim '\(claim.id)' has sources that only dispute or mention it: unsupported claim", at: claim.span))
            }
        }
        for item in article.references where !cited.contains(item.id) {
            diagnostics.append(.warning("reference '\(item.id)' is never cited by a claim", at: item.span))
        }
    }

    private mutating func warnAboutUncitedSiteReferences() {
        let cited = Set(articles.flatMap { $0.claims.flatMap { $0.sources.map(\.reference.id) } })
        for item in site.references where !cited.contains(item.id) {
            diagnostics.append(.warning("reference '\(item.id)' is never cited by a claim", at: item.span))
        }
    }
}
