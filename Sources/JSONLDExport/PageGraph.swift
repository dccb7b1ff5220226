// ldpub — MIT licence.

import ArticleModel
import LinkedDataJSON

/// The schema.org JSON-LD of article pages: one `@graph` per page, as `index.jsonld` and as a
/// `<script>` snippet for a CMS.
///
/// Each document describes the `MedicalWebPage`, the `Article` that is its `mainEntity`, the
/// page's image, the `WebSite`, the publisher, every author and reviewer (and the
/// organizations they belong to), every claim as a `Claim` and every reference the page
/// cites, linked by absolute `@id`s built from the site and page URLs. Keys and nodes come
/// in a fixed order, so the same input always gives the same bytes.
///
/// What every page shares (the website, the publisher, people, site references) is built
/// once, when the graph is created; rendering a page only builds that page's own nodes.
public struct PageGraph: Sendable {
    private let publication: Publication
    private let identifiers: NodeIdentifiers
    private let website: DescribedNode
    private let publisher: DescribedNode
    /// People (and the publisher, when it has an id) by their input id.
    private let agents: [String: DescribedNode]
    /// The input id of the organization each person or organization belongs to, by input id.
    private let affiliations: [String: String]
    /// Site references by their input id.
    private let siteReferences: [String: DescribedNode]

    /// Prepares the graphs of a validated publication.
    ///
    /// - Parameter publication: the site and its articles; ids it uses are expected to resolve.
    public init(publication: Publication) {
        self.publication = publication
        let site = publication.site
        let identifiers = NodeIdentifiers(site: site)
        self.identifiers = identifiers

        var affiliations: [String: String] = [:]
        func affiliationID(of agent: Agent) -> String? {
            guard let reference = agent.affiliation, let organization = publication.agent(reference.id),
                  organization.kind == .organization else { return nil }
            if let id = agent.id { affiliations[id] = reference.id }
            return identifiers.agent(organization)
        }

        let publisherValue = AgentNodeBuilder.node(for: site.publisher, id: identifiers.publisher,
                                                   affiliationID: affiliationID(of: site.publisher), siteURL: site.url)
        publisher = DescribedNode(id: identifiers.publisher, value: publisherValue)
        var agents: [String: DescribedNode] = [:]
        if let id = site.publisher.id { agents[id] = publisher }
        for person in site.people {
            guard let id = person.id, id != site.publisher.id else { continue }
            let iri = identifiers.agent(person)
            let value = AgentNodeBuilder.node(for: person, id: iri, affiliationID: affiliationID(of: person), siteURL: site.url)
            agents[id] = DescribedNode(id: iri, value: value)
        }
        self.agents = agents
        self.affiliations = affiliations

        var websiteNode = JSONObject.node(id: identifiers.website, type: "WebSite")
        websiteNode.append("url", .string(site.url))
        websiteNode.append("name", .string(site.title))
        websiteNode.append("description", text: site.description)
        websiteNode.append("inLanguage", .string(site.language))
        websiteNode.append("publisher", reference: identifiers.publisher)
        website = DescribedNode(id: identifiers.website, value: .object(websiteNode))

        var siteReferences: [String: DescribedNode] = [:]
        for item in site.references {
            let doiURL = NodeIdentifiers.doiURL(of: item)
            let iri = identifiers.siteReference(item, doiURL: doiURL)
            siteReferences[item.id] = DescribedNode(id: iri, value: ReferenceNodeBuilder.node(for: item, id: iri, doiURL: doiURL))
        }
        self.siteReferences = siteReferences
    }

    /// The JSON-LD document of an article's page: `@context` and `@graph`.
    ///
    /// - Parameter article: an article of the publication the graph was created with.
    /// - Returns: the document as an ordered JSON value.
    public func document(for article: Article) -> JSONValue {
        let pageURL = publication.pageURL(of: article)
        let pageID = NodeIdentifiers.webPage(pageURL: pageURL)
        let articleID = NodeIdentifiers.article(pageURL: pageURL)
        // References to the page's own nodes, each built once and shared by the nodes that use it.
        let pageReference = JSONObject.reference(pageID)
        let articleReference = JSONObject.reference(articleID)
        let language = publication.language(of: article)
        let authors = article.authors.compactMap { agents[$0.id] }
        let reviewer = article.review.flatMap { agents[$0.reviewer.id] }
        let image = publication.imageURL(of: article).map { url in
            let imageID = NodeIdentifiers.primaryImage(pageURL: pageURL)
            return DescribedNode(id: imageID, value: .object(.imageObject(url: url, id: imageID, caption: article.image?.alt)))
        }
        let references = referenceNodes(of: article, pageURL: pageURL)
        let referencesByItemID = Dictionary(references.map { ($0.itemID, $0.node) }, uniquingKeysWith: { first, _ in first })
        let claims = article.claims
        let published = JSONValue.string(article.published.description)
        let lastModified = JSONValue.string(article.lastModified.description)

        var graph = GraphCollector(capacity: 6 + authors.count + claims.count + references.count)
        var page = JSONObject.node(id: pageID, type: "MedicalWebPage", capacity: 21)
        page.append("url", .string(pageURL))
        page.append("name", .string(article.title))
        page.append("description", .string(article.description))
        page.append("inLanguage", .string(language))
        page.append("isPartOf", website.reference)
        if let image {
            page.append("primaryImageOfPage", image.reference)
            page.append("image", image.reference)
        }
        page.append("datePublished", published)
        page.append("dateModified", lastModified)
        if let review = article.review {
            // `lastReviewed` takes a Date only: a date-time contributes its (local) date.
            page.append("lastReviewed", .string(review.date.dateString))
        }
        if let reviewer { page.append("reviewedBy", reviewer.reference) }
        page.append("author", referencesTo: authors)
        page.append("publisher", publisher.reference)
        if !article.about.isEmpty {
            page.append("about", .array(article.about.map(Self.aboutNode)))
        }
        if let audience = article.audience {
            page.append("medicalAudience", Self.audienceValue(audience))
        }
        if let specialty = article.specialty, !specialty.isEmpty {
            page.append("specialty", Self.enumerationMember(specialty))
        }
        page.append("mainEntity", articleReference)
        graph.add(.object(page), id: pageID)

        var articleNode = JSONObject.node(id: articleID, type: "Article", capacity: 15)
        articleNode.append("headline", .string(article.title))
        articleNode.append("name", .string(article.title))
        articleNode.append("description", .string(article.description))
        articleNode.append("inLanguage", .string(language))
        articleNode.append("author", referencesTo: authors)
        articleNode.append("publisher", publisher.reference)
        articleNode.append("datePublished", published)
        articleNode.append("dateModified", lastModified)
        if let image { articleNode.append("image", image.reference) }
        articleNode.append("keywords", texts: article.keywords)
        articleNode.append("articleSection", text: article.category)
        articleNode.append("mainEntityOfPage", pageReference)
        articleNode.append("citation", referencesTo: references.map(\.node))
        graph.add(.object(articleNode), id: articleID)

        if let image { graph.add(image) }
        graph.add(website)
        graph.add(publisher)
        for author in authors { graph.add(author) }
        if let reviewer { graph.add(reviewer) }
        addAffiliations(of: article, to: &graph)

        for claim in claims {
            let claimID = NodeIdentifiers.claim(claim, pageURL: pageURL)
            var claimNode = JSONObject.node(id: claimID, type: "Claim", capacity: 5)
            claimNode.append("text", .string(claim.text))
            claimNode.append("appearance", articleReference)
            var cited: [DescribedNode] = []
            for source in claim.sources {
                if let node = referencesByItemID[source.reference.id], !cited.contains(where: { $0.id == node.id }) { cited.append(node) }
            }
            claimNode.append("citation", referencesTo: cited)
            graph.add(.object(claimNode), id: claimID)
        }
        for reference in references { graph.add(reference.node) }

        var document = JSONObject()
        document.reserveCapacity(2)
        document.append("@context", "https://schema.org")
        document.append("@graph", .array(graph.nodes))
        return .object(document)
    }

    /// The text of `<slug>/index.jsonld`: the document, pretty-printed, with a final newline.
    public func file(for article: Article) -> String {
        Self.file(of: document(for: article))
    }

    /// The text of `<slug>/jsonld.html`: a `<script type="application/ld+json">` element
    /// holding the document, ready to paste into a CMS.
    ///
    /// `<`, `>` and `&` in the JSON are written as `\u003c`, `\u003e` and `\u0026`, so no
    /// text in the input can close the element or start markup.
    public func htmlSnippet(for article: Article) -> String {
        Self.htmlSnippet(of: document(for: article))
    }

    /// Both files of a page, from one build of its document.
    ///
    /// - Returns: the text of `index.jsonld` and of `jsonld.html`.
    public func files(for article: Article) -> (jsonLD: String, htmlSnippet: String) {
        let document = document(for: article)
        return (Self.file(of: document), Self.htmlSnippet(of: document))
    }

    /// The text of `index.jsonld` for a document built by ``document(for:)``: pretty-printed
    /// JSON with a final newline.
    public static func file(of document: JSONValue) -> String {
        String(decoding: fileBytes(of: document), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``file(of:)``, for writing without making a `String` first.
    public static func fileBytes(of document: JSONValue) -> [UInt8] {
        JSONWriter(prettyPrinted: true).bytes(document, prefix: "", suffix: "\n")
    }

    /// The text of `jsonld.html` for a document built by ``document(for:)``: a
    /// `<script type="application/ld+json">` element with `<`, `>` and `&` escaped.
    public static func htmlSnippet(of document: JSONValue) -> String {
        // Compact, as CMS plugins emit it: the snippet is for machines; index.jsonld is the readable copy.
        JSONWriter(prettyPrinted: false, escapesHTML: true)
            .string(document, prefix: "<script type=\"application/ld+json\">\n", suffix: "\n</script>\n")
    }

    /// Every reference the page cites, with its node: site references as built once,
    /// the article's own references named after the page.
    private func referenceNodes(of article: Article, pageURL: String) -> [(itemID: String, node: DescribedNode)] {
        let cited = publication.citedReferences(of: article)
        let ownCount = article.references.count
        return cited.indices.map { index in
            let itemID = cited[index].id
            if index >= ownCount, let shared = siteReferences[itemID] { return (itemID, shared) }
            let doiURL = NodeIdentifiers.doiURL(of: cited[index])
            let iri = NodeIdentifiers.articleReference(cited[index], doiURL: doiURL, pageURL: pageURL)
            return (itemID, DescribedNode(id: iri, value: ReferenceNodeBuilder.node(for: cited[index], id: iri, doiURL: doiURL)))
        }
    }

    /// Adds the organizations that the page's authors and reviewer (and, in turn, those
    /// organizations) belong to, so every `affiliation` and `memberOf` points into the graph.
    private func addAffiliations(of article: Article, to graph: inout GraphCollector) {
        var pending = article.authors.map(\.id)
        if let review = article.review { pending.append(review.reviewer.id) }
        if let id = publication.site.publisher.id { pending.append(id) }
        var visited: Set<String> = []
        while let id = pending.popLast() {
            guard visited.insert(id).inserted, let organizationID = affiliations[id] else { continue }
            if let organization = agents[organizationID] { graph.add(organization) }
            pending.append(organizationID)
        }
    }

    /// An `about` entry: a node of its schema.org type with `name`, `alternateName` and `sameAs`.
    private static func aboutNode(_ entity: AboutEntity) -> JSONValue {
        var node = JSONObject.node(id: nil, type: entity.type)
        node.append("name", .string(entity.name))
        node.append("alternateName", texts: entity.alternateNames)
        node.append("sameAs", texts: entity.sameAs)
        return .object(node)
    }

    /// A `Patient` audience node, or the `MedicalAudienceType` member for clinicians and researchers.
    private static func audienceValue(_ audience: Audience) -> JSONValue {
        switch audience {
        case .patient: .object(.node(id: nil, type: "Patient"))
        case .clinician, .medicalResearcher: enumerationMember(audience.rawValue)
        }
    }

    /// A schema.org enumeration member by its IRI, `{"@id": "https://schema.org/<Member>"}`,
    /// so that JSON-LD processors read the member itself rather than a text that looks like it.
    private static func enumerationMember(_ name: String) -> JSONValue {
        if URLResolution.hasScheme(name) { return JSONObject.reference(name) }
        return JSONObject.reference("https://schema.org/" + IRIEncoding.fragment(name))
    }
}
