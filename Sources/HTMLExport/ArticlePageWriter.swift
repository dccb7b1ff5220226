// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// Writes one ``ArticlePage`` into a single byte buffer, part by part, with what the parts
/// share (claims, reference list and labels, anchors, which claims cite each reference)
/// worked out once for the page.
struct ArticlePageWriter {
    /// A claim citing a reference, for the reference's "Cited by" line.
    private typealias Use = (number: Int, relation: CitationRelation, claimID: String)

    private let article: Article
    private let publication: Publication
    private let siteParts: ArticlePage.SiteParts
    private let body: SectionBody
    /// Every claim of the article, in order.
    private let claims: [Claim]
    /// The claim numbers by id (the first claim's, should two share an id).
    private let claimNumbers: [String: Int]
    /// The claims citing each reference, by reference id, in claim order.
    private let uses: [String: [Use]]
    /// What the page cites, in reading order: the article's references, then the site
    /// references its claims cite (``Publication/citedReferences(of:)``).
    private let references: ReferenceList
    private let anchors: PageAnchors
    private let pageURL: String
    /// The page so far.
    private(set) var html = HTMLBuffer(capacity: 0)

    init(article: Article, publication: Publication, siteParts: ArticlePage.SiteParts, body: SectionBody) {
        self.article = article
        self.publication = publication
        self.siteParts = siteParts
        self.body = body
        claims = article.claims
        var claimNumbers: [String: Int] = [:]
        claimNumbers.reserveCapacity(claims.count)
        var uses: [String: [Use]] = [:]
        uses.reserveCapacity(article.references.count + claims.count)
        for (index, claim) in claims.enumerated() {
            if claimNumbers[claim.id] == nil { claimNumbers[claim.id] = index + 1 }
            for source in claim.sources {
                uses[source.reference.id, default: []].append((index + 1, source.relation, claim.id))
            }
        }
        self.claimNumbers = claimNumbers
        self.uses = uses
        let citedReferences = publication.citedReferences(of: article)
        let ownCount = article.references.count
        references = ReferenceList(citedReferences, labelling: citedReferences.enumerated().map { position, item in
            position < ownCount ? ReferenceList.Labelling(item) : siteParts.references[item.id]?.labelling ?? ReferenceList.Labelling(item)
        })
        anchors = PageAnchors(article: article, references: citedReferences)
        pageURL = publication.pageURL(of: article)
    }

    /// The words of the page's language.
    private var catalog: MessageCatalog { siteParts.catalog }

    /// Writes the whole page.
    mutating func writePage(jsonLDSnippet: String, claimsSVG: String?) {
        html = HTMLBuffer(capacity: estimatedSize + jsonLDSnippet.utf8.count + (claimsSVG?.utf8.count ?? 0))
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.append(escaped: publication.language(of: article))
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.append("<title>")
        html.append(escaped: article.title)
        html.append(raw: siteParts.titleSuffix)
        html.append("</title>\n<meta name=\"description\" content=\"")
        html.append(escaped: article.description)
        html.append("\">\n<link rel=\"canonical\" href=\"")
        html.append(escaped: pageURL)
        html.append("\">\n")
        html.append(raw: siteParts.headEnd)
        html.append(raw: jsonLDSnippet)
        html.append("</head>\n<body>\n<a class=\"skip-link\" href=\"#")
        html.append(raw: anchors.main)
        html.append("\">")
        html.append(.skipToArticle, in: catalog)
        html.append("</a>\n")
        html.append(raw: siteParts.siteHeader)
        html.append("<main id=\"")
        html.append(raw: anchors.main)
        html.append("\">\n<article aria-labelledby=\"")
        html.append(raw: anchors.title)
        html.append("\">\n")
        writeHeader()
        for section in article.sections { write(section) }
        html.append("</article>\n")
        writeSources()
        writeGraph(claimsSVG: claimsSVG)
        html.append("</main>\n<footer class=\"site-footer\">\n<p>")
        html.append(.articleFooter, in: catalog)
        html.append(" <a href=\"index.jsonld\">JSON-LD</a> (<a href=\"jsonld.html\">")
        html.append(.jsonLDAsScript, in: catalog)
        html.append("</a>), <a href=\"claims.dot\">")
        html.append(.graphDOT, in: catalog)
        html.append("</a>. ")
        html.append(.publishedAt, in: catalog)
        html.append(" <a href=\"")
        html.append(escaped: pageURL)
        html.append("\">")
        html.append(escaped: pageURL)
        html.append("</a>.</p>\n</footer>\n</body>\n</html>\n")
    }

    // MARK: - Parts

    /// The article's `<header>`: title, description, facts and the evidence summary.
    private mutating func writeHeader() {
        html.append("<header>\n<p class=\"kicker\">")
        html.append(.articleKicker, in: catalog)
        html.append("</p>\n<h1 id=\"")
        html.append(raw: anchors.title)
        html.append("\">")
        html.append(escaped: article.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(escaped: article.description)
        html.append("</p>\n<dl class=\"facts\">\n<dt>")
        html.append(.published, in: catalog)
        html.append("</dt><dd>")
        TimeElement.append(article.published, in: catalog, to: &html)
        html.append("</dd>\n<dt>")
        html.append(.modified, in: catalog)
        html.append("</dt><dd>")
        TimeElement.append(article.lastModified, in: catalog, to: &html)
        html.append("</dd>\n")
        let authors = publication.authors(of: article)
        if !authors.isEmpty {
            html.append("<dt>")
            html.append(authors.count == 1 ? .authorOne : .authorOther, in: catalog)
            html.append("</dt><dd lang=\"")
            html.append(raw: siteParts.language)
            html.append("\">")
            for (index, author) in authors.enumerated() {
                if index > 0 { html.append(", ") }
                html.append(escaped: author.name)
            }
            html.append("</dd>\n")
        }
        html.append("<dt>")
        html.append(.medicalReview, in: catalog)
        html.append("</dt><dd>")
        if let review = article.review {
            html.append("<span lang=\"")
            html.append(raw: siteParts.language)
            html.append("\">")
            html.append(escaped: publication.reviewer(of: article)?.name ?? review.reviewer.id)
            html.append("</span>, ")
            TimeElement.append(review.date, in: catalog, to: &html)
        } else {
            html.append(.notReviewed, in: catalog)
        }
        html.append("</dd>\n")
        if let category = article.category {
            html.append("<dt>")
            html.append(.category, in: catalog)
            html.append("</dt><dd>")
            html.append(escaped: category)
            html.append("</dd>\n")
        }
        html.append("</dl>\n")
        if let image = article.image {
            html.append("<p class=\"image-note\"><span class=\"label\">")
            html.append(.imageNote, in: catalog)
            html.append("</span> ")
            html.append(escaped: image.alt)
            html.append("</p>\n")
        }
        writeSummary()
        html.append("</header>\n")
    }

    /// "Evidence at a glance": how many claims a source supports, cite no source, or cite only
    /// sources that dispute or mention them; how many sources are listed and cited.
    private mutating func writeSummary() {
        let supported = claims.count(where: \.isSupported)
        let citingNothing = claims.count { $0.sources.isEmpty }
        let onlyDisputedOrMentioned = claims.count - supported - citingNothing
        let uncited = references.items.count { uses[$0.id] == nil }
        html.append("<section class=\"summary\" aria-labelledby=\"")
        html.append(raw: anchors.summary)
        html.append("\">\n<h2 id=\"")
        html.append(raw: anchors.summary)
        html.append("\">")
        html.append(.summaryHeading, in: catalog)
        html.append("</h2>\n<ul>\n<li>")
        if claims.isEmpty {
            html.append(.summaryNoClaims, in: catalog)
        } else {
            html.append("<strong>")
            html.append(count: claims.count, one: .summaryClaimsOne, other: .summaryClaimsOther, in: catalog)
            html.append("</strong>: ")
            html.append(.summarySupported, in: catalog, number: supported)
            if citingNothing > 0 {
                html.append(", ")
                html.append(.summaryNoSourceCited, in: catalog, number: citingNothing)
            }
            if onlyDisputedOrMentioned > 0 {
                html.append(", ")
                html.append(.summaryOnlyDisputedOrMentioned, in: catalog, number: onlyDisputedOrMentioned)
            }
            html.append(".")
        }
        html.append("</li>\n<li><strong>")
        html.append(count: references.entries.count, one: .summarySourcesOne, other: .summarySourcesOther, in: catalog)
        html.append("</strong>")
        if !references.entries.isEmpty {
            html.append(", ")
            if uncited == 0 {
                html.append(.summaryEverySourceCited, in: catalog)
            } else {
                html.append(.summaryUncitedSources, in: catalog, number: uncited)
            }
        }
        html.append(".</li>\n</ul>\n<p><a href=\"#")
        html.append(raw: anchors.sources)
        html.append("\">")
        html.append(.sourcesHeading, in: catalog)
        html.append("</a> · <a href=\"#")
        html.append(raw: anchors.graph)
        html.append("\">")
        html.append(.graphHeading, in: catalog)
        html.append("</a> · <a href=\"../index.html\">")
        html.append(.allArticles, in: catalog)
        html.append("</a></p>\n</section>\n")
    }

    /// A section: heading, body, and the claims it makes.
    private mutating func write(_ section: Section) {
        html.append("<section class=\"article-section\" aria-labelledby=\"")
        html.append(escaped: section.anchor)
        html.append("\">\n<h2 id=\"")
        html.append(escaped: section.anchor)
        html.append("\">")
        html.append(escaped: section.heading)
        html.append("</h2>\n")
        body.appendProse(section.body, pageURL: pageURL, catalog: catalog, to: &html)
        if let first = section.claims.first {
            html.append("<div class=\"claims\">\n<h3 id=\"")
            anchors.appendClaimsHeading(ofSection: section.anchor, to: &html)
            html.append("\">")
            html.append(section.claims.count == 1 ? .claimsHeadingOne : .claimsHeadingOther, in: catalog)
            html.append("</h3>\n<ol class=\"claim-list\" start=\"")
            html.append(number: claimNumbers[first.id] ?? 1)
            html.append("\" aria-labelledby=\"")
            anchors.appendClaimsHeading(ofSection: section.anchor, to: &html)
            html.append("\">\n")
            for claim in section.claims { write(claim, number: claimNumbers[claim.id] ?? 0) }
            html.append("</ol>\n</div>\n")
        }
        html.append("</section>\n")
    }

    /// A claim's list item: its number, its text with citation markers, what is true of its
    /// evidence, and each source with its relation in words.
    private mutating func write(_ claim: Claim, number: Int) {
        let supporting = claim.sources.count { $0.relation == .supports }
        html.append("<li id=\"")
        anchors.appendClaim(claim.id, to: &html)
        html.append(supporting > 0 ? "\" class=\"claim supported\" value=\"" : "\" class=\"claim unsupported\" value=\"")
        html.append(number: number)
        html.append("\">\n<p class=\"claim-head\"><span class=\"claim-number\">")
        html.append(.claimNumber, in: catalog, number: number)
        html.append("</span> <span class=\"claim-status\">")
        if supporting > 0 {
            html.append(count: supporting, one: .claimSupportedOne, other: .claimSupportedOther, in: catalog)
        } else if claim.sources.isEmpty {
            html.append(.claimNoSourceCited, in: catalog)
        } else {
            html.append(.claimOnlyDisputedOrMentioned, in: catalog)
        }
        html.append("</span></p>\n<p class=\"claim-text\">")
        html.append(escaped: claim.text)
        appendCitationMarkers(of: claim)
        html.append("</p>\n")
        if !claim.sources.isEmpty {
            html.append("<ul class=\"claim-sources\" aria-label=\"")
            html.append(.claimSourcesLabel, in: catalog, number: number)
            html.append("\">\n")
            for source in claim.sources {
                let id = source.reference.id
                html.append("<li>")
                if let label = references.label(of: id), let referenceNumber = references.number(of: id) {
                    html.append("<a href=\"#")
                    anchors.appendReference(id, to: &html)
                    html.append("\">[")
                    html.append(number: referenceNumber)
                    html.append("] ")
                    html.append(escaped: label)
                    html.append("</a>")
                } else {
                    html.append(escaped: id)
                }
                if let locator = source.locator {
                    html.append(", ")
                    html.append(escaped: locator)
                }
                html.append(" <span class=\"relation ")
                html.append(raw: source.relation.rawValue)
                html.append("\">")
                html.append(relationKey(source.relation), in: catalog)
                html.append("</span></li>\n")
            }
            html.append("</ul>\n")
        }
        html.append("</li>\n")
    }

    /// `<sup>[1]</sup>` for each distinct source of `claim` in the order cited, linking to its
    /// entry in the reference list.
    private mutating func appendCitationMarkers(of claim: Claim) {
        var shown: [Int] = []
        for source in claim.sources {
            guard let number = references.number(of: source.reference.id), !shown.contains(number) else { continue }
            shown.append(number)
            html.append("<sup class=\"cite\"><a href=\"#")
            anchors.appendReference(source.reference.id, to: &html)
            html.append("\">[")
            html.append(number: number)
            html.append("]</a></sup>")
        }
    }

    /// The message of a relation in words.
    private func relationKey(_ relation: CitationRelation) -> MessageKey {
        switch relation {
        case .supports: .relationSupports
        case .disputes: .relationDisputes
        case .mentions: .relationMentions
        }
    }

    /// The reference list, numbered as the citation markers are, each reference with the claims citing it.
    private mutating func writeSources() {
        html.append("<section aria-labelledby=\"")
        html.append(raw: anchors.sources)
        html.append("\">\n<h2 id=\"")
        html.append(raw: anchors.sources)
        html.append("\">")
        html.append(.sourcesHeading, in: catalog)
        html.append("</h2>\n")
        guard !references.entries.isEmpty else {
            html.append("<p>")
            html.append(.noSources, in: catalog)
            html.append("</p>\n</section>\n")
            return
        }
        html.append("<ol class=\"references\">\n")
        let ownCount = article.references.count
        for entry in references.entries {
            let item = references.item(of: entry)
            let uses = self.uses[item.id] ?? []
            html.append("<li id=\"")
            anchors.appendReference(item.id, to: &html)
            html.append(uses.isEmpty ? "\" class=\"reference uncited\">\n" : "\" class=\"reference\">\n")
            html.append("<p class=\"citation\"><strong>")
            html.append(escaped: entry.label)
            html.append("</strong> · ")
            if entry.position >= ownCount, let citation = siteParts.references[item.id]?.citation {
                html.append(raw: citation)
            } else {
                CitationFormatter.append(item, catalog: catalog, to: &html)
            }
            html.append("</p>\n<p class=\"cited-by\">")
            if uses.isEmpty {
                html.append(.notCitedByAClaim, in: catalog)
            } else {
                html.append(.citedBy, in: catalog)
                html.append(" ")
                for (index, use) in uses.enumerated() {
                    if index > 0 { html.append(", ") }
                    html.append("<a href=\"#")
                    anchors.appendClaim(use.claimID, to: &html)
                    html.append("\">")
                    html.append(.citingClaim, in: catalog, number: use.number)
                    html.append("</a> (")
                    html.append(relationKey(use.relation), in: catalog)
                    html.append(")")
                }
            }
            html.append("</p>\n</li>\n")
        }
        html.append("</ol>\n</section>\n")
    }

    /// The claims graph: the inline SVG when the build drew one, and the downloads.
    private mutating func writeGraph(claimsSVG: String?) {
        html.append("<section aria-labelledby=\"")
        html.append(raw: anchors.graph)
        html.append("\">\n<h2 id=\"")
        html.append(raw: anchors.graph)
        html.append("\">")
        html.append(.graphHeading, in: catalog)
        html.append("</h2>\n")
        let label = catalog.text(.graphDescription, ["count": String(claims.count)])
        if let svg = claimsSVG.flatMap({ InlineSVG.element(from: $0, label: label) }) {
            html.append("<p>")
            html.append(.graphExplanation, in: catalog)
            html.append("</p>\n<div class=\"graph-frame\">\n")
            html.append(raw: svg)
            html.append("\n</div>\n<ul class=\"downloads\">\n<li><a href=\"claims.svg\">")
            html.append(.graphAsSVG, in: catalog)
            html.append("</a></li>\n")
        } else {
            html.append("<p class=\"note\">")
            html.append(.graphNotDrawn, in: catalog)
            html.append("</p>\n<ul class=\"downloads\">\n")
        }
        html.append("<li><a href=\"claims.dot\" download>")
        html.append(.graphAsDOT, in: catalog)
        html.append("</a></li>\n</ul>\n</section>\n")
    }

    /// Room for the page but its JSON-LD and SVG: the shared head, then a generous share per
    /// byte of text, per claim and per reference.
    private var estimatedSize: Int {
        let text = article.sections.reduce(0) { $0 + $1.body.utf8.count + $1.heading.utf8.count }
        return siteParts.headEnd.count + siteParts.siteHeader.count + 8 * 1024 + text * 5 / 4 + claims.count * 1024
            + references.items.count * 1024
    }
}
