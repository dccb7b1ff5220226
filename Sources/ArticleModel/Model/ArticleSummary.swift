// ldpub — MIT licence.

import YAMLNodes

/// What the checks across files (and the review-age check) need of one article: its ids,
/// files and spans, without any text. Validating a folder keeps one per article instead of
/// the article, so memory stays small whatever the size of the bodies.
public struct ArticleSummary: Sendable, Hashable {
    /// The file the article was read from, as the user typed its path.
    public let file: String
    /// The article's slug.
    public let slug: String
    /// Where the article's root mapping starts.
    public let span: SourceSpan
    /// `datePublished`.
    public let published: Timestamp
    /// The medical review, if there was one.
    public let review: Review?
    /// The authors, by people id.
    public let authors: [IDReference]
    /// The ids of the article's own references, where each item is defined.
    public let references: [IDReference]
    /// Every claim, section by section.
    public let claims: [ClaimSummary]

    /// The summary of `article`.
    public init(_ article: Article) {
        var claims: [ClaimSummary] = []
        claims.reserveCapacity(article.sections.reduce(0) { $0 + $1.claims.count })
        for section in article.sections {
            for claim in section.claims { claims.append(ClaimSummary(claim)) }
        }
        self.init(of: article, references: article.references.map { IDReference($0.id, span: $0.span) }, claims: claims)
    }
}

/// What the checks across files need of one claim: its id, span and the ids it cites.
public struct ClaimSummary: Sendable, Hashable {
    /// The claim's id.
    public let id: String
    /// Where the claim starts.
    public let span: SourceSpan
    /// The reference ids of its sources, in the order written.
    public let sources: [IDReference]
    /// True when at least one source supports the claim (``Claim/isSupported``).
    public let isSupported: Bool

    /// The summary of `claim`.
    public init(_ claim: Claim) {
        id = claim.id
        span = claim.span
        sources = claim.sources.map(\.reference)
        isSupported = claim.isSupported
    }
}

extension ArticleSummary {
    /// The summary of `article` with these references and claims (as a build cache keeps them,
    /// beside the article without its sections and references, ``Article/forSiteFiles()``).
    package init(of article: Article, references: [IDReference], claims: [ClaimSummary]) {
        file = article.file
        slug = article.slug
        span = article.span
        published = article.published
        review = article.review
        authors = article.authors
        self.references = references
        self.claims = claims
    }
}

extension ClaimSummary {
    /// A summary of these parts.
    package init(id: String, span: SourceSpan, sources: [IDReference], isSupported: Bool) {
        self.id = id
        self.span = span
        self.sources = sources
        self.isSupported = isSupported
    }
}
