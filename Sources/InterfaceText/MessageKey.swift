// ldpub — MIT licence.

/// Every piece of interface text a reader sees on a page or in a graph, by the key a message
/// catalogue (`<input>/i18n/<lang>.yaml`) names it with.
///
/// Texts may hold placeholders in braces, filled in when the text is used: `{count}`,
/// `{number}`, `{date}`, `{time}`, `{name}`, `{day}`, `{month}`, `{year}`. Keys ending in
/// `.one` and `.other` are the singular and plural of one text.
public enum MessageKey: String, CaseIterable, Sendable, Hashable, Comparable {
    // The frame of every page.
    case skipToArticle = "page.skip-to-article"
    case skipToIndex = "page.skip-to-index"
    case siteNavigation = "nav.label"
    case allArticles = "nav.all-articles"
    case rssFeed = "feed.rss"
    case atomFeed = "feed.atom"
    case jsonFeed = "feed.json"

    // The article's header.
    case articleKicker = "article.kicker"
    case published = "facts.published"
    case modified = "facts.modified"
    case authorOne = "facts.author.one"
    case authorOther = "facts.author.other"
    case medicalReview = "facts.review"
    case notReviewed = "facts.not-reviewed"
    case category = "facts.category"
    case imageNote = "image.note"
    case imageNoteInline = "image.note-inline"
    case imageWithoutDescription = "image.no-description"

    // "Evidence at a glance".
    case summaryHeading = "summary.heading"
    case summaryClaimsOne = "summary.claims.one"
    case summaryClaimsOther = "summary.claims.other"
    case summarySupported = "summary.supported"
    case summaryNoSourceCited = "summary.no-source-cited"
    case summaryNoSourceMeaning = "summary.no-source-meaning"
    case summaryOnlyDisputedOrMentioned = "summary.only-disputed-or-mentioned"
    case summaryNoClaims = "summary.no-claims"
    case summarySourcesOne = "summary.sources.one"
    case summarySourcesOther = "summary.sources.other"
    case summaryEverySourceCited = "summary.every-source-cited"
    case summaryUncitedSources = "summary.uncited-sources"
    case sourcesHeading = "sources.heading"
    case graphHeading = "graph.heading"

    // Claims.
    case claimsHeadingOne = "claims.heading.one"
    case claimsHeadingOther = "claims.heading.other"
    case claimNumber = "claim.number"
    case claimSupportedOne = "claim.supported.one"
    case claimSupportedOther = "claim.supported.other"
    case claimNoSourceCited = "claim.no-source-cited"
    case claimOnlyDisputedOrMentioned = "claim.only-disputed-or-mentioned"
    case claimSourcesLabel = "claim.sources"
    case relationSupports = "relation.supports"
    case relationDisputes = "relation.disputes"
    case relationMentions = "relation.mentions"

    // The reference list.
    case noSources = "sources.none"
    case citedBy = "sources.cited-by"
    case citingClaim = "sources.claim"
    case notCitedByAClaim = "sources.not-cited"
    case accessed = "sources.accessed"
    /// In place of the year of a work without a date: the CSL locale's "no date" term ("n.d.", "z.d.").
    case noDate = "sources.no-date"

    // The graph on the page, and in DOT and SVG.
    case graphExplanation = "graph.explanation"
    case graphDescription = "graph.description"
    case graphAsSVG = "graph.svg-file"
    case graphAsDOT = "graph.dot-file"
    case graphNotDrawn = "graph.not-drawn"
    case graphLegend = "graph.legend"
    case graphArticle = "graph.article"
    case graphClaim = "graph.claim"
    case graphSource = "graph.source"
    case graphSourceLabel = "graph.source-label"
    case graphLocator = "graph.locator"
    case graphMakes = "graph.makes"
    case graphNoSourceCited = "graph.no-source-cited"
    case graphOnlyDisputedOrMentioned = "graph.only-disputed-or-mentioned"
    case graphUncited = "graph.uncited"

    // The footers.
    case articleFooter = "footer.article"
    case jsonLDAsScript = "footer.jsonld-script"
    case graphDOT = "footer.graph-dot"
    case publishedAt = "footer.published-at"
    case indexFooter = "footer.index"

    // The site's index of articles.
    case indexTitle = "index.title"
    case indexEmpty = "index.empty"
    case indexPublished = "index.published"
    case indexModified = "index.modified"
    case indexReviewed = "index.reviewed"
    case indexReviewedBy = "index.reviewed-by"
    case indexNotReviewed = "index.not-reviewed"

    // Dates.
    case datePattern = "date.pattern"
    case dateTimePattern = "date.time-pattern"
    case january = "month.1"
    case february = "month.2"
    case march = "month.3"
    case april = "month.4"
    case may = "month.5"
    case june = "month.6"
    case july = "month.7"
    case august = "month.8"
    case september = "month.9"
    case october = "month.10"
    case november = "month.11"
    case december = "month.12"

    /// The month names, January first.
    public static let months: [MessageKey] = [.january, .february, .march, .april, .may, .june, .july, .august, .september,
                                              .october, .november, .december]

    /// Orders keys by name, as a catalogue file lists them.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
