// ldpub — MIT licence.

import YAMLNodes

/// One article file.
public struct Article: Sendable, Hashable {
    /// The file it was read from, as the user typed its path.
    public let file: String
    /// The URL path segment and Output/ folder name.
    public let slug: String
    /// `name` and `headline`.
    public let title: String
    /// `description`, and the feeds' summary.
    public let description: String
    /// `inLanguage`, when the article sets one (otherwise the site's).
    public let language: String?
    /// `datePublished`.
    public let published: Timestamp
    /// `dateModified`, when set (otherwise `published`).
    public let modified: Timestamp?
    /// The medical review, if there was one.
    public let review: Review?
    /// The authors, by people id.
    public let authors: [IDReference]
    /// `articleSection`, and a feed category.
    public let category: String?
    /// `keywords`, and feed categories.
    public let keywords: [String]
    /// The main image.
    public let image: ImageReference?
    /// The intended audience.
    public let audience: Audience?
    /// A schema.org MedicalSpecialty member, e.g. `Psychiatric`.
    public let specialty: String?
    /// What the article is about.
    public let about: [AboutEntity]
    /// The body.
    public let sections: [Section]
    /// The article's own bibliography.
    public let references: [CSLItem]
    /// Articles that share a translation key are translations of one another (`translationKey`,
    /// as Hugo calls it): the sitemap links them with `hreflang`.
    public let translationKey: String?
    /// Where the article's root mapping starts.
    public let span: SourceSpan

    /// Creates an article.
    public init(file: String, slug: String, title: String, description: String, language: String? = nil,
                published: Timestamp, modified: Timestamp? = nil, review: Review? = nil, authors: [IDReference],
                category: String? = nil, keywords: [String] = [], image: ImageReference? = nil, audience: Audience? = nil,
                specialty: String? = nil, about: [AboutEntity] = [], sections: [Section], references: [CSLItem] = [],
                translationKey: String? = nil, span: SourceSpan) {
        self.translationKey = translationKey
        self.file = file
        self.slug = slug
        self.title = title
        self.description = description
        self.language = language
        self.published = published
        self.modified = modified
        self.review = review
        self.authors = authors
        self.category = category
        self.keywords = keywords
        self.image = image
        self.audience = audience
        self.specialty = specialty
        self.about = about
        self.sections = sections
        self.references = references
        self.span = span
    }

    /// `modified`, or `published` when the article was never modified.
    public var lastModified: Timestamp { modified ?? published }

    /// Every claim, section by section.
    public var claims: [Claim] { sections.flatMap(\.claims) }

    /// The article without its sections and references: all that the site-wide files need of it
    /// (the readers' index, the sitemap, the feeds' choice of the newest), with ``ArticleSummary``
    /// for the checks across files and the counts.
    public func forSiteFiles() -> Article {
        Article(file: file, slug: slug, title: title, description: description, language: language, published: published,
                modified: modified, review: review, authors: authors, category: category, keywords: keywords, image: image,
                audience: audience, specialty: specialty, about: about, sections: [], references: [], translationKey: translationKey, span: span)
    }
}

/// `reviewed:` — who reviewed the article medically, and when.
public struct Review: Sendable, Hashable {
    /// The reviewer, by people id.
    public let reviewer: IDReference
    /// `lastReviewed`.
    public let date: Timestamp
    /// Where `reviewed.date` is written, when the review was read from a file.
    public let dateSpan: SourceSpan?

    /// Creates a review.
    public init(reviewer: IDReference, date: Timestamp, dateSpan: SourceSpan? = nil) {
        self.reviewer = reviewer
        self.date = date
        self.dateSpan = dateSpan
    }
}

/// `image:` — the article's main image.
public struct ImageReference: Sendable, Hashable {
    /// The URL as written: absolute http(s), or relative to the site URL.
    public let url: String
    /// The alternative text, which becomes the `caption`.
    public let alt: String
    /// Where `url` is written, when the reference was decoded from a file.
    public let urlSpan: SourceSpan?

    /// Creates an image reference.
    public init(url: String, alt: String, urlSpan: SourceSpan? = nil) {
        self.url = url
        self.alt = alt
        self.urlSpan = urlSpan
    }
}

/// `audience:` — as schema.org models each: a `Patient` node, or a MedicalAudienceType member.
public enum Audience: String, Sendable, Hashable, CaseIterable {
    case patient = "Patient"
    case clinician = "Clinician"
    case medicalResearcher = "MedicalResearcher"
}

/// An entry of `about:` — a thing the article is about.
public struct AboutEntity: Sendable, Hashable {
    /// A schema.org type, such as `Drug` or `MedicalCondition`.
    public let type: String
    /// Its name.
    public let name: String
    /// URLs that identify it (Wikidata, MeSH, …).
    public let sameAs: [String]
    /// Other names.
    public let alternateNames: [String]

    /// Creates an entity.
    public init(type: String, name: String, sameAs: [String] = [], alternateNames: [String] = []) {
        self.type = type
        self.name = name
        self.sameAs = sameAs
        self.alternateNames = alternateNames
    }
}
