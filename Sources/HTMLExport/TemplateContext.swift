// ldpub — MIT licence.

import InterfaceText

/// The names a page template can use, as Docs/Templates.md documents them: the keys of the
/// article page's context and of the index's, each a dotted path (`sections.claims.text`: the
/// `text` of each claim of each section).
///
/// A list's members are named after the list (`sections.heading`), as Mustache looks them up
/// inside `{{#sections}}`. Every message key of the catalogue is under `labels.`
/// (`labels.sources.heading`).
public enum TemplateContext {
    /// What every page has.
    public static let shared: [String] = [
        "language", "root", "style", "site.title", "site.description", "site.url", "site.language",
        "feeds", "feeds.href", "feeds.type", "feeds.name", "nav", "nav.href", "nav.name", "nav.isCurrent",
    ]

    /// The keys of the article page's context (`article.mustache`), besides ``shared`` and ``labels``.
    public static let article: [String] = [
        "title", "description", "url", "jsonLD",
        "anchors.main", "anchors.title", "anchors.summary", "anchors.sources", "anchors.graph",
        "published", "published.datetime", "published.text", "modified", "modified.datetime", "modified.text",
        "hasAuthors", "authorsLabel", "authors", "authors.name", "authors.profileURL", "authors.isFirst",
        "review", "review.reviewer", "review.reviewerURL", "review.date", "review.date.datetime", "review.date.text",
        "category", "image", "image.src", "image.url", "image.alt",
        "summary.hasClaims", "summary.claims", "summary.supported", "summary.noSourceCited",
        "summary.onlyDisputedOrMentioned", "summary.sources", "summary.cited", "summary.noSourceMeaning",
        "sections", "sections.anchor", "sections.heading", "sections.bodyHTML", "sections.hasClaims",
        "sections.claimsAnchor", "sections.claimsHeading", "sections.firstClaimNumber", "sections.claims",
        "sections.claims.anchor", "sections.claims.number", "sections.claims.numberText", "sections.claims.isSupported",
        "sections.claims.status", "sections.claims.text", "sections.claims.citations", "sections.claims.citations.number",
        "sections.claims.citations.anchor", "sections.claims.citations.label", "sections.claims.hasSources", "sections.claims.sourcesLabel",
        "sections.claims.sources", "sections.claims.sources.inList", "sections.claims.sources.number",
        "sections.claims.sources.anchor", "sections.claims.sources.label", "sections.claims.sources.id",
        "sections.claims.sources.locator", "sections.claims.sources.relation", "sections.claims.sources.relationText",
        "hasReferences", "references", "references.anchor", "references.number", "references.label",
        "references.citationHTML", "references.isCited", "references.citedBy", "references.citedBy.anchor",
        "references.citedBy.claim", "references.citedBy.relationText", "references.citedBy.isFirst",
        "graph.drawn", "graph.svg",
    ]

    /// The keys of the readers' index's context (`index.mustache`), besides ``shared`` and ``labels``.
    public static let index: [String] = [
        "hasArticles", "articles", "articles.href", "articles.title", "articles.description", "articles.language",
        "articles.otherLanguage", "articles.isModified", "articles.publishedLine", "articles.modifiedLine", "articles.reviewLine",
    ]

    /// The names whose values are HTML (marked **HTML** in Docs/Templates.md): the only ones a
    /// template may write without escaping, `{{{name}}}` or `{{&name}}`.
    public static let html: Set<String> = [
        "style", "jsonLD", "sections.bodyHTML", "references.citationHTML", "graph.svg",
        "articles.publishedLine", "articles.modifiedLine", "articles.reviewLine",
    ]

    /// `labels.<key>` for every message key: the catalogue's texts as written, placeholders unfilled.
    public static let labels: [String] = MessageKey.allCases.map { "labels." + $0.rawValue }

    /// Every name of the context of the page a template named `name` renders, or nil for a partial
    /// (whose names are those of the page that includes it).
    static func names(forPage name: String) -> Set<String>? {
        switch name {
        case "article": articleNames
        case "index": indexNames
        default: nil
        }
    }

    private static let articleNames = withPrefixes(shared + article + labels)
    private static let indexNames = withPrefixes(shared + index + labels)

    /// The keys and every path leading to one (`sections.claims` for `sections.claims.text`).
    private static func withPrefixes(_ keys: [String]) -> Set<String> {
        var names = Set<String>()
        for key in keys {
            var path = ""
            for component in key.split(separator: ".") {
                path = path.isEmpty ? String(component) : path + "." + component
                names.insert(path)
            }
        }
        return names
    }
}
