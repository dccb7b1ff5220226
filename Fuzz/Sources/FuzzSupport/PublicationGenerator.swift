// ldpub — MIT licence.

import ArticleModel
import YAMLNodes

/// Derives a valid ``Publication`` from fuzz bytes: every value is one the decoder and the
/// cross-file checks accept (ids and slugs well-formed and unique, dates real, `modified` not
/// before `published`, every id resolving), while texts are arbitrary Unicode without the
/// characters XML 1.0 forbids.
public struct PublicationGenerator {
    private var bytes: FuzzBytes
    private var usedReferenceIDs: Set<String> = []

    /// Reads choices from `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = FuzzBytes(bytes)
    }

    private static let span = SourceSpan(file: "Fuzz/site.yaml", at: Mark(line: 1, column: 1))

    /// The publication.
    public mutating func make() -> Publication {
        // Read first, so that short inputs still have articles.
        let articleCount = bytes.int(in: 0...6)
        let (publisher, people) = makeAgents()
        let agentIDs = ([publisher] + people).compactMap(\.id)
        let siteReferences = (0..<bytes.count(upTo: 4)).map { _ in makeReference() }
        let site = Site(
            title: bytes.nonEmptyText(), url: bytes.absoluteURL(siteBase: true), language: bytes.languageTag(),
            description: bytes.nonEmptyText(), publisher: publisher, people: people, references: siteReferences,
            feeds: FeedSettings(limit: bytes.oneIn(4) ? bytes.int(in: 1...3) : bytes.int(in: 1...40),
                                copyright: bytes.bool() ? bytes.nonEmptyText() : nil),
            span: Self.span)
        var slugs = Set<String>()
        var articles: [Article] = []
        for _ in 0..<articleCount {
            var slug = bytes.slug()
            while !slugs.insert(slug).inserted { slug += "-\(slugs.count)" }
            articles.append(makeArticle(slug: slug, agentIDs: agentIDs, siteReferences: siteReferences.map(\.id)))
        }
        return Publication(site: site, articles: articles)
    }

    // MARK: - People

    private mutating func makeAgents() -> (Agent, [Agent]) {
        var ids = Set<String>()
        func uniqueSlug(_ bytes: inout FuzzBytes) -> String {
            var id = bytes.slug()
            while !ids.insert(id).inserted { id += "-\(ids.count)" }
            return id
        }
        let publisherKind: Agent.Kind = bytes.oneIn(4) ? .person : .organization
        let publisherID = bytes.oneIn(5) ? nil : uniqueSlug(&bytes)
        var kinds: [(String, Agent.Kind)] = []
        for _ in 0...bytes.count(upTo: 5) {
            kinds.append((uniqueSlug(&bytes), bytes.bool() ? .person : .organization))
        }
        var organizations = kinds.filter { $0.1 == .organization }.map(\.0)
        if publisherKind == .organization, let publisherID { organizations.append(publisherID) }
        let publisher = makeAgent(id: publisherID, kind: publisherKind, organizations: organizations)
        let people = kinds.map { makeAgent(id: $0.0, kind: $0.1, organizations: organizations) }
        return (publisher, people)
    }

    private mutating func makeAgent(id: String?, kind: Agent.Kind, organizations: [String]) -> Agent {
        Agent(
            id: id, kind: kind, name: bytes.nonEmptyText(),
            url: bytes.bool() ? bytes.absoluteURL() : nil,
            logo: kind == .organization && bytes.bool() ? bytes.absoluteURL() : nil,
            jobTitle: bytes.oneIn(3) ? bytes.nonEmptyText() : nil,
            affiliation: !organizations.isEmpty && bytes.oneIn(3) ? IDReference(bytes.pick(organizations), span: Self.span) : nil,
            sameAs: (0..<bytes.count(upTo: 3)).map { _ in bytes.absoluteURL() },
            span: Self.span)
    }

    // MARK: - References

    private mutating func makeReference() -> CSLItem {
        var id = bytes.identifier()
        while !usedReferenceIDs.insert(id).inserted { id += "-\(usedReferenceIDs.count)" }
        let authors = (0..<bytes.count(upTo: 5)).map { _ -> CSLName in
            bytes.oneIn(3)
                ? CSLName(literal: bytes.nonEmptyText())
                : CSLName(family: bytes.nonEmptyText(), given: bytes.bool() ? bytes.nonEmptyText() : nil)
        }
        return CSLItem(
            id: id, type: bytes.pick(CSLVocabulary.itemTypes), title: bytes.nonEmptyText(), authors: authors,
            issued: bytes.bool() ? bytes.cslDate() : nil,
            containerTitle: bytes.bool() ? bytes.nonEmptyText() : nil,
            volume: bytes.bool() ? numberLike() : nil, issue: bytes.bool() ? numberLike() : nil, page: bytes.bool() ? numberLike() : nil,
            doi: bytes.bool() ? doi() : nil,
            pmid: bytes.bool() ? String(bytes.int(in: 0...99_999_999)) : nil,
            url: bytes.bool() ? bytes.absoluteURL() : nil,
            publisher: bytes.bool() ? bytes.nonEmptyText() : nil,
            accessed: bytes.bool() ? bytes.cslDate() : nil,
            span: Self.span)
    }

    /// CSL number variables keep a YAML number's text as written (`0x1F`, `.inf`, `1e3`), or any text.
    private mutating func numberLike() -> String {
        bytes.bool() ? bytes.pick(["12", "0x1F", "0o17", ".inf", "-.inf", ".nan", "1e3", "-0", "856-864", "12a", "S1"]) : bytes.nonEmptyText(maxPieces: 4)
    }

    /// `10.<digits and dots>/<suffix>`: the suffix is anything without white space.
    private mutating func doi() -> String {
        let prefix = "10." + String((0...bytes.int(in: 0...5)).map { _ in bytes.pick(Array("0123456789.")) })
        var suffix = bytes.text(maxPieces: 6).filter { !$0.isWhitespace }
        if suffix.isEmpty { suffix = "x" }
        return prefix + "/" + suffix
    }

    // MARK: - Articles

    private mutating func makeArticle(slug: String, agentIDs: [String], siteReferences: [String]) -> Article {
        let published = bytes.timestamp()
        var modified: Timestamp?
        if bytes.bool() {
            let candidate = bytes.timestamp()
            modified = candidate < published ? published : candidate
        }
        let references = (0..<bytes.count(upTo: 4)).map { _ in makeReference() }
        let citable = siteReferences + references.map(\.id)
        var anchors = Set<String>()
        var claimIDs = Set<String>()
        var sections: [Section] = []
        for _ in 0...bytes.count(upTo: 4) {
            var anchor = bytes.identifier()
            while !anchors.insert(anchor).inserted { anchor += "-\(anchors.count)" }
            var claims: [Claim] = []
            for _ in 0..<bytes.count(upTo: 5) {
                var id = bytes.identifier()
                while !claimIDs.insert(id).inserted { id += "-\(claimIDs.count)" }
                let sources = citable.isEmpty ? [] : (0..<bytes.count(upTo: 4)).map { _ in
                    SourceCitation(reference: IDReference(bytes.pick(citable), span: Self.span),
                                   locator: bytes.bool() ? bytes.nonEmptyText(maxPieces: 4) : nil,
                                   relation: bytes.pick(CitationRelation.allCases))
                }
                claims.append(Claim(id: id, text: bytes.nonEmptyText(), sources: sources, span: Self.span))
            }
            sections.append(Section(heading: bytes.nonEmptyText(), anchor: anchor, body: bytes.text(maxPieces: 40), claims: claims, span: Self.span))
        }
        let authors = (0...bytes.count(upTo: 3)).map { _ in IDReference(bytes.pick(agentIDs.isEmpty ? ["nobody"] : agentIDs), span: Self.span) }
        return Article(
            file: "Fuzz/\(slug).yaml", slug: slug, title: bytes.nonEmptyText(), description: bytes.nonEmptyText(),
            language: bytes.bool() ? bytes.languageTag() : nil, published: published, modified: modified,
            review: !agentIDs.isEmpty && bytes.bool() ? Review(reviewer: IDReference(bytes.pick(agentIDs), span: Self.span), date: bytes.timestamp()) : nil,
            authors: authors, category: bytes.bool() ? bytes.nonEmptyText() : nil,
            keywords: (0..<bytes.count(upTo: 4)).map { _ in bytes.nonEmptyText(maxPieces: 4) },
            image: bytes.bool() ? ImageReference(url: bytes.bool() ? bytes.absoluteURL() : bytes.relativeReference(), alt: bytes.nonEmptyText()) : nil,
            audience: bytes.bool() ? bytes.pick(Audience.allCases) : nil,
            specialty: bytes.bool() ? bytes.pick(FuzzVocabulary.specialties) : nil,
            about: (0..<bytes.count(upTo: 3)).map { _ in
                AboutEntity(type: bytes.pick(FuzzVocabulary.types), name: bytes.nonEmptyText(),
                            sameAs: (0..<bytes.count(upTo: 2)).map { _ in bytes.absoluteURL() },
                            alternateNames: (0..<bytes.count(upTo: 2)).map { _ in bytes.nonEmptyText(maxPieces: 4) })
            },
            sections: sections, references: references, span: Self.span)
    }
}
