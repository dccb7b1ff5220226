// ldpub — MIT licence.

import ArticleModel

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

    /// Writes the whole page.
    mutating func writePage(jsonLDSnippet: String, claimsSVG: String?) {
        html = HTMLBuffer(capacity: estimatedSize + jsonLDSnippet.utf8.count + (claimsSVG?.utf8.count ?? 0))
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
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
        html.append("\">Skip to the article</a>\n")
        html.append(raw: siteParts.siteHeader)
        html.append("<main id=\"")
        html.append(raw: anchors.main)
        html.append("\">\n<article lang=\"")
        html.append(escaped: publication.language(of: article))
        html.append("\" aria-labelledby=\"")
        html.append(raw: anchors.title)
        html.append("\">\n")
        writeHeader()
        for section in article.sections { write(section) }
        html.append("</article>\n")
        writeSources()
        writeGraph(claimsSVG: claimsSVG)
        html.append("</main>\n<footer class=\"site-footer\">\n<p>Made by ldpub from the article’s YAML. Machine-readable: ")
        html.append("<a href=\"index.jsonld\">JSON-LD</a> (<a href=\"jsonld.html\">as a script element</a>), ")
        html.append("<a href=\"claims.dot\">claims graph (DOT)</a>. Published at <a href=\"")
        html.append(escaped: pageURL)
        html.append("\">")
        html.append(escaped: pageURL)
        html.append("</a>.</p>\n</footer>\n</body>\n</html>\n")
    }

    // MARK: - Parts

    /// The article's `<header>`: title, description, facts and the evidence summary.
    private mutating func writeHeader() {
        html.append("<header>\n<p class=\"kicker\" lang=\"en\">Article and its evidence</p>\n<h1 id=\"")
        html.append(raw: anchors.title)
        html.append("\">")
        html.append(escaped: article.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(escaped: article.description)
        html.append("</p>\n<dl class=\"facts\" lang=\"en\">\n<dt>Published</dt><dd>")
        TimeElement.append(article.published, to: &html)
        html.append("</dd>\n<dt>Modified</dt><dd>")
        TimeElement.append(article.lastModified, to: &html)
        html.append("</dd>\n")
        let authors = publication.authors(of: article)
        if !authors.isEmpty {
            html.append(authors.count == 1 ? "<dt>Author</dt><dd lang=\"" : "<dt>Authors</dt><dd lang=\"")
            html.append(raw: siteParts.language)
            html.append("\">")
            for (index, author) in authors.enumerated() {
                if index > 0 { html.append(", ") }
                html.append(escaped: author.name)
            }
            html.append("</dd>\n")
        }
        html.append("<dt>Medical review</dt><dd>")
        if let review = article.review {
            html.append("<span lang=\"")
            html.append(raw: siteParts.language)
            html.append("\">")
            html.append(escaped: publication.reviewer(of: article)?.name ?? review.reviewer.id)
            html.append("</span>, ")
            TimeElement.append(review.date, to: &html)
        } else {
            html.append("<span class=\"status overdue\">Not reviewed</span> no medical review is recorded")
        }
        html.append("</dd>\n")
        if let category = article.category {
            html.append("<dt>Category</dt><dd lang=\"")
            html.append(escaped: publication.language(of: article))
            html.append("\">")
            html.append(escaped: category)
            html.append("</dd>\n")
        }
        html.append("</dl>\n")
        if let image = article.image {
            html.append("<p class=\"image-note\"><span class=\"label\" lang=\"en\">Image not loaded here; its description:</span> ")
            html.append(escaped: image.alt)
            html.append("</p>\n")
        }
        writeSummary()
        html.append("</header>\n")
    }

    /// "Evidence at a glance": claims supported and unsupported, sources cited and not.
    private mutating func writeSummary() {
        let supported = claims.count(where: \.isSupported)
        let uncited = references.items.count { uses[$0.id] == nil }
        html.append("<section class=\"summary\" lang=\"en\" aria-labelledby=\"")
        html.append(raw: anchors.summary)
        html.append("\">\n<h2 id=\"")
        html.append(raw: anchors.summary)
        html.append("\">Evidence at a glance</h2>\n<ul>\n")
        if claims.isEmpty {
            html.append("<li>The article makes no claims.</li>\n")
        } else {
            html.append("<li><strong>")
            html.append(count: claims.count, "claim")
            html.append("</strong>: ")
            html.append(number: supported)
            html.append(" supported by a source, ")
            let unsupported = claims.count - supported
            if unsupported == 0 {
                html.append("none unsupported.</li>\n")
            } else {
                html.append("<strong class=\"weak\">")
                html.append(number: unsupported)
                html.append(" unsupported</strong>.</li>\n")
            }
        }
        html.append("<li><strong>")
        html.append(count: references.entries.count, "source")
        html.append("</strong>")
        if uncited == 0 {
            html.append(", each cited by a claim.</li>\n")
        } else {
            html.append(", ")
            html.append(number: uncited)
            html.append(" not cited by any claim.</li>\n")
        }
        html.append("</ul>\n<p><a href=\"#")
        html.append(raw: anchors.sources)
        html.append("\">Sources</a> · <a href=\"#")
        html.append(raw: anchors.graph)
        html.append("\">Claims graph</a> · <a href=\"../index.html\">Site overview</a></p>\n</section>\n")
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
        body.appendProse(section.body, pageURL: pageURL, to: &html)
        if let first = section.claims.first {
            html.append("<div class=\"claims\" lang=\"en\">\n<h3 id=\"")
            anchors.appendClaimsHeading(ofSection: section.anchor, to: &html)
            html.append(section.claims.count == 1 ? "\">Claim in this section</h3>\n" : "\">Claims in this section</h3>\n")
            html.append("<ol class=\"claim-list\" start=\"")
            html.append(number: claimNumbers[first.id] ?? 1)
            html.append("\" aria-labelledby=\"")
            anchors.appendClaimsHeading(ofSection: section.anchor, to: &html)
            html.append("\">\n")
            for claim in section.claims { write(claim, number: claimNumbers[claim.id] ?? 0) }
            html.append("</ol>\n</div>\n")
        }
        html.append("</section>\n")
    }

    /// A claim's list item: number, status, id, text and its sources.
    private mutating func write(_ claim: Claim, number: Int) {
        let supporting = claim.sources.count { $0.relation == .supports }
        html.append("<li id=\"")
        anchors.appendClaim(claim.id, to: &html)
        html.append(supporting > 0 ? "\" class=\"claim supported\" value=\"" : "\" class=\"claim unsupported\" value=\"")
        html.append(number: number)
        html.append("\">\n<p class=\"claim-head\"><span class=\"claim-number\">Claim ")
        html.append(number: number)
        html.append("</span> ")
        if supporting > 0 {
            html.append("<span class=\"status supported\">Supported by ")
            html.append(count: supporting, "source")
            html.append("</span>")
        } else {
            html.append("<span class=\"status unsupported\">Unsupported: no source supports this claim</span>")
        }
        html.append(" <code class=\"claim-id\">")
        html.append(escaped: claim.id)
        html.append("</code></p>\n<p class=\"claim-text\" lang=\"")
        html.append(escaped: publication.language(of: article))
        html.append("\">")
        html.append(escaped: claim.text)
        html.append("</p>\n")
        if claim.sources.isEmpty {
            html.append("<p class=\"no-sources\">No source cited.</p>\n")
        } else {
            html.append("<ul class=\"claim-sources\">\n")
            for source in claim.sources {
                let id = source.reference.id
                html.append("<li><span class=\"relation ")
                html.append(raw: source.relation.rawValue)
                html.append("\">")
                html.append(raw: source.relation.rawValue)
                html.append("</span> ")
                if let label = references.label(of: id) {
                    html.append("<a href=\"#")
                    anchors.appendReference(id, to: &html)
                    html.append("\">")
                    html.append(escaped: label)
                    html.append("</a>")
                } else {
                    html.append("<code>")
                    html.append(escaped: id)
                    html.append("</code>")
                }
                if let locator = source.locator {
                    html.append(", ")
                    html.append(escaped: locator)
                }
                html.append("</li>\n")
            }
            html.append("</ul>\n")
        }
        html.append("</li>\n")
    }

    /// The reference list, each reference with the claims citing it.
    private mutating func writeSources() {
        html.append("<section aria-labelledby=\"")
        html.append(raw: anchors.sources)
        html.append("\">\n<h2 id=\"")
        html.append(raw: anchors.sources)
        html.append("\">Sources</h2>\n")
        guard !references.entries.isEmpty else {
            html.append("<p>The article cites no sources.</p>\n</section>\n")
            return
        }
        html.append("<ul class=\"references\">\n")
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
                CitationFormatter.append(item, to: &html)
            }
            html.append("</p>\n")
            if uses.isEmpty {
                html.append("<p class=\"cited-by\"><span class=\"status uncited\">Uncited</span> No claim cites this source.</p>\n")
            } else {
                html.append("<p class=\"cited-by\">Cited by ")
                for (index, use) in uses.enumerated() {
                    if index > 0 { html.append(", ") }
                    html.append("<a href=\"#")
                    anchors.appendClaim(use.claimID, to: &html)
                    html.append("\">claim ")
                    html.append(number: use.number)
                    html.append("</a> (")
                    html.append(raw: use.relation.rawValue)
                    html.append(")")
                }
                html.append("</p>\n")
            }
            html.append("</li>\n")
        }
        html.append("</ul>\n</section>\n")
    }

    /// The claims graph: the inline SVG when the build drew one, and the downloads.
    private mutating func writeGraph(claimsSVG: String?) {
        html.append("<section aria-labelledby=\"")
        html.append(raw: anchors.graph)
        html.append("\">\n<h2 id=\"")
        html.append(raw: anchors.graph)
        html.append("\">Claims graph</h2>\n")
        if let svg = claimsSVG.flatMap({ InlineSVG.element(from: $0, label: graphLabel()) }) {
            html.append("<p>The article (left) makes each claim (middle), which cites its sources (right): solid edges support, ")
            html.append("red edges with a bar dispute, dotted edges mention. Unsupported claims are red and say “unsupported”; ")
            html.append("uncited sources are grey and dashed.</p>\n<div class=\"graph-frame\">\n")
            html.append(raw: svg)
            html.append("\n</div>\n<ul class=\"downloads\">\n<li><a href=\"claims.svg\">The graph as an SVG file</a></li>\n")
            html.append("<li><a href=\"claims.dot\" download>The graph in Graphviz DOT (claims.dot)</a></li>\n</ul>\n")
        } else {
            html.append("<p class=\"note\">No drawing of the graph was made in this build. Build with <code>ldpub build --svg</code> ")
            html.append("with Graphviz installed to see it here, or open the DOT file with Graphviz.</p>\n")
            html.append("<ul class=\"downloads\">\n<li><a href=\"claims.dot\" download>The graph in Graphviz DOT (claims.dot)</a></li>\n</ul>\n")
        }
        html.append("</section>\n")
    }

    /// The accessible name of the drawing (plain text).
    private func graphLabel() -> String {
        let unsupported = claims.count { !$0.isSupported }
        return "Claims-to-sources graph of this article: " + PlainText.count(claims.count, "claim") + " (" + String(unsupported)
            + " unsupported, drawn in red and labelled unsupported) linked to the sources they cite; uncited sources are grey and dashed."
    }

    /// Room for the page but its JSON-LD and SVG: the shared head, then a generous share per
    /// byte of text, per claim and per reference.
    private var estimatedSize: Int {
        let text = article.sections.reduce(0) { $0 + $1.body.utf8.count + $1.heading.utf8.count }
        return siteParts.headEnd.count + siteParts.siteHeader.count + 8 * 1024 + text * 5 / 4 + claims.count * 1024
            + references.items.count * 1024
    }
}
