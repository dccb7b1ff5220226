// ldpub — MIT licence.

import YAMLNodes

/// A section of an article's body.
public struct Section: Sendable, Hashable {
    /// The heading.
    public let heading: String
    /// The anchor (`id`), by default a slug of the heading.
    public let anchor: String
    /// The body, CommonMark.
    public let body: String
    /// The claims the section makes.
    public let claims: [Claim]
    /// Where the section starts.
    public let span: SourceSpan

    /// Creates a section.
    public init(heading: String, anchor: String, body: String, claims: [Claim] = [], span: SourceSpan) {
        self.heading = heading
        self.anchor = anchor
        self.body = body
        self.claims = claims
        self.span = span
    }
}

/// One claim: a sentence the article asserts, and the sources it rests on.
public struct Claim: Sendable, Hashable {
    /// Unique in the article.
    public let id: String
    /// The claim in plain words.
    public let text: String
    /// Its sources, in the order written.
    public let sources: [SourceCitation]
    /// Where the claim starts.
    public let span: SourceSpan

    /// Creates a claim.
    public init(id: String, text: String, sources: [SourceCitation] = [], span: SourceSpan) {
        self.id = id
        self.text = text
        self.sources = sources
        self.span = span
    }

    /// True when at least one source supports the claim (disputing or mentioning does not).
    public var isSupported: Bool { sources.contains { $0.relation == .supports } }
}

/// How a source bears on a claim, after CiTO's citation intents.
public enum CitationRelation: String, Sendable, Hashable, CaseIterable {
    /// cito:citesAsEvidence (the default).
    case supports
    /// cito:disputes.
    case disputes
    /// cito:citesForInformation.
    case mentions
}

/// A claim's citation of one reference.
public struct SourceCitation: Sendable, Hashable {
    /// The reference id (a site or article reference).
    public let reference: IDReference
    /// Where in the source, e.g. "p. 960".
    public let locator: String?
    /// How the source bears on the claim.
    public let relation: CitationRelation

    /// Creates a citation.
    public init(reference: IDReference, locator: String? = nil, relation: CitationRelation = .supports) {
        self.reference = reference
        self.locator = locator
        self.relation = relation
    }
}
