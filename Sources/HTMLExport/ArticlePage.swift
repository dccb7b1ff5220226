// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import JSONLDExport
import LinkedDataJSON
import MarkdownRendering

/// The article's page, `Output/<slug>/index.html`: a static, self-contained HTML5 page that
/// shows the article with its provenance.
///
/// The page has the article (title, description, dates, authors, medical review, image as its
/// alternative text, and the body) with every claim in the section that makes it, numbered
/// 1, 2, … across the article, each with its sources (`#ref-<id>`), their relation and
/// locator; unsupported claims say so in words and in colour. Then come the sources as a
/// reference list (uncited ones marked), and the claims graph: the SVG rendered by Graphviz
/// when the build made one, and the DOT file either way. `<head>` holds the title, the meta
/// description, the canonical URL, links to the feeds, the style sheet and the page's
/// JSON-LD exactly as `jsonld.html` has it. No scripts, web fonts or images: opening the page
/// from disk makes no request.
///
/// The interface text is English (`<html lang="en">`); the article keeps its own language
/// (`lang` on `<article>`, claim texts and titles). Output is deterministic, LF-only, with a
/// final newline.
public struct ArticlePage: Sendable {
    /// The publication the articles belong to.
    public let publication: Publication
    private let body: SectionBody

    /// A page renderer for articles of `publication`.
    public init(publication: Publication, renderer: CommonMarkRenderer = CommonMarkRenderer()) {
        self.publication = publication
        body = SectionBody(renderer: renderer)
    }

    /// The path of an article's page inside the output folder: `<slug>/index.html`.
    public static func relativePath(of article: Article) -> String { article.slug + "/index.html" }

    /// The page of `article`.
    ///
    /// - Parameters:
    ///   - article: An article of the publication.
    ///   - jsonLD: The article's JSON-LD document (``PageGraph/document(for:)``), embedded in
    ///     `<head>` as ``PageGraph/htmlSnippet(of:)`` writes it, byte for byte as `jsonld.html`.
    ///   - claimsSVG: The article's claims graph as `dot -Tsvg` wrote it, or nil when the build
    ///     rendered none; the page then says so and links the DOT file only.
    /// - Returns: The HTML document.
    public func render(_ article: Article, jsonLD: JSONValue, claimsSVG: String? = nil) -> String {
        render(article, jsonLDSnippet: PageGraph.htmlSnippet(of: jsonLD), claimsSVG: claimsSVG)
    }

    /// The page of `article`, with its JSON-LD snippet already written (``PageGraph/htmlSnippet(of:)``),
    /// so a build that also writes `jsonld.html` serializes the document once.
    public func render(_ article: Article, jsonLDSnippet: String, claimsSVG: String? = nil) -> String {
        let references = ReferenceList(publication.citedReferences(of: article))
        let anchors = PageAnchors(article: article, references: publication.citedReferences(of: article))
        let language = HTMLEscaping.escape(publication.language(of: article))
        let pageURL = publication.pageURL(of: article)
        var html = ""
        html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + HTMLEscaping.escape(article.title + " — " + publication.site.title) + "</title>\n"
        html += "<meta name=\"description\" content=\"" + HTMLEscaping.escape(article.description) + "\">\n"
        html += "<link rel=\"canonical\" href=\"" + HTMLEscaping.escape(pageURL) + "\">\n"
        html += PageChrome.feedLinks(prefix: "../")
        html += "<style>\n" + PageStyle.css + "</style>\n"
        html += jsonLDSnippet
        html += "</head>\n<body>\n"
        html += "<a class=\"skip-link\" href=\"#" + anchors.main + "\">Skip to the article</a>\n"
        html += PageChrome.header(site: publication.site, prefix: "../", current: nil)
        html += "<main id=\"" + anchors.main + "\">\n"
        html += "<article lang=\"" + language + "\" aria-labelledby=\"" + anchors.title + "\">\n"
        html += articleHeader(article, anchors: anchors, references: references)
        for section in article.sections {
            html += sectionHTML(section, of: article, pageURL: pageURL, anchors: anchors, references: references)
        }
        html += "</article>\n"
        html += sourcesHTML(article, anchors: anchors, references: references)
        html += graphHTML(article, anchors: anchors, claimsSVG: claimsSVG)
        html += "</main>\n"
        html += "<footer class=\"site-footer\">\n<p>Made by ldpub from the article’s YAML. Machine-readable: "
            + "<a href=\"index.jsonld\">JSON-LD</a> (<a href=\"jsonld.html\">as a script element</a>), "
            + "<a href=\"claims.dot\">claims graph (DOT)</a>. Published at <a href=\"" + HTMLEscaping.escape(pageURL) + "\">"
            + HTMLEscaping.escape(pageURL) + "</a>.</p>\n</footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: - Parts

    private func articleHeader(_ article: Article, anchors: PageAnchors, references: ReferenceList) -> String {
        var html = "<header>\n"
        html += "<p class=\"kicker\" lang=\"en\">Article and its evidence</p>\n"
        html += "<h1 id=\"" + anchors.title + "\">" + HTMLEscaping.escape(article.title) + "</h1>\n"
        html += "<p class=\"description\">" + HTMLEscaping.escape(article.description) + "</p>\n"
        html += "<dl class=\"facts\" lang=\"en\">\n"
        html += "<dt>Published</dt><dd>" + TimeElement.html(article.published) + "</dd>\n"
        html += "<dt>Modified</dt><dd>" + TimeElement.html(article.lastModified) + "</dd>\n"
        let authors = publication.authors(of: article).map { HTMLEscaping.escape($0.name) }
        if !authors.isEmpty {
            html += "<dt>" + (authors.count == 1 ? "Author" : "Authors") + "</dt><dd lang=\""
                + HTMLEscaping.escape(publication.site.language) + "\">" + authors.joined(separator: ", ") + "</dd>\n"
        }
        html += "<dt>Medical review</dt><dd>"
        if let review = article.review {
            let name = publication.reviewer(of: article)?.name ?? review.reviewer.id
            html += "<span lang=\"" + HTMLEscaping.escape(publication.site.language) + "\">" + HTMLEscaping.escape(name)
                + "</span>, " + TimeElement.html(review.date)
        } else {
            html += "<span class=\"status overdue\">Not reviewed</span> no medical review is recorded"
        }
        html += "</dd>\n"
        if let category = article.category {
            html += "<dt>Category</dt><dd lang=\"" + HTMLEscaping.escape(publication.language(of: article)) + "\">"
                + HTMLEscaping.escape(category) + "</dd>\n"
        }
        html += "</dl>\n"
        if let image = article.image {
            html += "<p class=\"image-note\"><span class=\"label\" lang=\"en\">Image not loaded here; its description:</span> "
                + HTMLEscaping.escape(image.alt) + "</p>\n"
        }
        html += summaryHTML(article, anchors: anchors, references: references)
        html += "</header>\n"
        return html
    }

    private func summaryHTML(_ article: Article, anchors: PageAnchors, references: ReferenceList) -> String {
        let claims = article.claims
        let supported = claims.count(where: \.isSupported)
        let cited = Set(claims.flatMap { $0.sources.map(\.reference.id) })
        let uncited = references.entries.count { !cited.contains($0.item.id) }
        var html = "<section class=\"summary\" lang=\"en\" aria-labelledby=\"" + anchors.summary + "\">\n"
        html += "<h2 id=\"" + anchors.summary + "\">Evidence at a glance</h2>\n<ul>\n"
        if claims.isEmpty {
            html += "<li>The article makes no claims.</li>\n"
        } else {
            html += "<li><strong>" + PlainText.count(claims.count, "claim") + "</strong>: " + String(supported) + " supported by a source, "
            let unsupported = claims.count - supported
            html += unsupported == 0 ? "none unsupported.</li>\n"
                : "<strong class=\"weak\">" + String(unsupported) + " unsupported</strong>.</li>\n"
        }
        html += "<li><strong>" + PlainText.count(references.entries.count, "source") + "</strong>"
        html += uncited == 0 ? ", each cited by a claim.</li>\n" : ", " + String(uncited) + " not cited by any claim.</li>\n"
        html += "</ul>\n<p><a href=\"#" + anchors.sources + "\">Sources</a> · <a href=\"#" + anchors.graph
            + "\">Claims graph</a> · <a href=\"../index.html\">Site overview</a></p>\n</section>\n"
        return html
    }

    private func sectionHTML(_ section: Section, of article: Article, pageURL: String, anchors: PageAnchors,
                             references: ReferenceList) -> String {
        let anchor = HTMLEscaping.escape(section.anchor)
        var html = "<section class=\"article-section\" aria-labelledby=\"" + anchor + "\">\n"
        html += "<h2 id=\"" + anchor + "\">" + HTMLEscaping.escape(section.heading) + "</h2>\n"
        let rendered = body.html(section.body, pageURL: pageURL)
        if !rendered.isEmpty { html += "<div class=\"prose\">\n" + rendered + "\n</div>\n" }
        if !section.claims.isEmpty {
            let numbers = Dictionary(article.claims.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            let headingID = HTMLEscaping.escape(anchors.claimsHeading(ofSection: section.anchor))
            html += "<div class=\"claims\" lang=\"en\">\n<h3 id=\"" + headingID + "\">"
                + (section.claims.count == 1 ? "Claim" : "Claims") + " in this section</h3>\n"
            html += "<ol class=\"claim-list\" start=\"" + String(numbers[section.claims[0].id] ?? 1) + "\" aria-labelledby=\"" + headingID + "\">\n"
            for claim in section.claims {
                html += claimHTML(claim, number: numbers[claim.id] ?? 0, language: publication.language(of: article),
                                  anchors: anchors, references: references)
            }
            html += "</ol>\n</div>\n"
        }
        html += "</section>\n"
        return html
    }

    private func claimHTML(_ claim: Claim, number: Int, language: String, anchors: PageAnchors, references: ReferenceList) -> String {
        let supporting = claim.sources.count { $0.relation == .supports }
        var html = "<li id=\"" + HTMLEscaping.escape(anchors.claim(claim.id)) + "\" class=\"claim"
            + (claim.isSupported ? " supported" : " unsupported") + "\" value=\"" + String(number) + "\">\n"
        html += "<p class=\"claim-head\"><span class=\"claim-number\">Claim " + String(number) + "</span> "
        if claim.isSupported {
            html += "<span class=\"status supported\">Supported by " + PlainText.count(supporting, "source") + "</span>"
        } else {
            html += "<span class=\"status unsupported\">Unsupported: no source supports this claim</span>"
        }
        html += " <code class=\"claim-id\">" + HTMLEscaping.escape(claim.id) + "</code></p>\n"
        html += "<p class=\"claim-text\" lang=\"" + HTMLEscaping.escape(language) + "\">" + HTMLEscaping.escape(claim.text) + "</p>\n"
        if claim.sources.isEmpty {
            html += "<p class=\"no-sources\">No source cited.</p>\n"
        } else {
            html += "<ul class=\"claim-sources\">\n"
            for source in claim.sources {
                let id = source.reference.id
                html += "<li><span class=\"relation " + source.relation.rawValue + "\">" + source.relation.rawValue + "</span> "
                if let label = references.label(of: id) {
                    html += "<a href=\"#" + HTMLEscaping.escape(anchors.reference(id)) + "\">" + HTMLEscaping.escape(label) + "</a>"
                } else {
                    html += "<code>" + HTMLEscaping.escape(id) + "</code>"
                }
                if let locator = source.locator { html += ", " + HTMLEscaping.escape(locator) }
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        html += "</li>\n"
        return html
    }

    private func sourcesHTML(_ article: Article, anchors: PageAnchors, references: ReferenceList) -> String {
        var citations: [String: [(number: Int, relation: CitationRelation, claimID: String)]] = [:]
        for (index, claim) in article.claims.enumerated() {
            for source in claim.sources {
                citations[source.reference.id, default: []].append((index + 1, source.relation, claim.id))
            }
        }
        let headingID = anchors.sources
        var html = "<section aria-labelledby=\"" + headingID + "\">\n"
        html += "<h2 id=\"" + headingID + "\">Sources</h2>\n"
        guard !references.entries.isEmpty else {
            return html + "<p>The article cites no sources.</p>\n</section>\n"
        }
        html += "<ul class=\"references\">\n"
        for entry in references.entries {
            let uses = citations[entry.item.id] ?? []
            html += "<li id=\"" + HTMLEscaping.escape(anchors.reference(entry.item.id)) + "\" class=\"reference"
                + (uses.isEmpty ? " uncited" : "") + "\">\n"
            html += "<p class=\"citation\"><strong>" + HTMLEscaping.escape(entry.label) + "</strong> · "
                + CitationFormatter.html(entry.item) + "</p>\n"
            if uses.isEmpty {
                html += "<p class=\"cited-by\"><span class=\"status uncited\">Uncited</span> No claim cites this source.</p>\n"
            } else {
                let links = uses.map { use in
                    "<a href=\"#" + HTMLEscaping.escape(anchors.claim(use.claimID)) + "\">claim " + String(use.number) + "</a> ("
                        + use.relation.rawValue + ")"
                }
                html += "<p class=\"cited-by\">Cited by " + links.joined(separator: ", ") + "</p>\n"
            }
            html += "</li>\n"
        }
        html += "</ul>\n</section>\n"
        return html
    }

    private func graphHTML(_ article: Article, anchors: PageAnchors, claimsSVG: String?) -> String {
        let headingID = anchors.graph
        var html = "<section aria-labelledby=\"" + headingID + "\">\n"
        html += "<h2 id=\"" + headingID + "\">Claims graph</h2>\n"
        let claims = article.claims
        let unsupported = claims.count { !$0.isSupported }
        let label = "Claims-to-sources graph of this article: " + PlainText.count(claims.count, "claim") + " (" + String(unsupported)
            + " unsupported, drawn in red and labelled unsupported) linked to the sources they cite; uncited sources are grey and dashed."
        if let svg = claimsSVG.flatMap({ InlineSVG.element(from: $0, label: label) }) {
            html += "<p>The article (left) makes each claim (middle), which cites its sources (right): solid edges support, "
                + "red edges with a bar dispute, dotted edges mention. Unsupported claims are red and say “unsupported”; "
                + "uncited sources are grey and dashed.</p>\n"
            html += "<div class=\"graph-frame\">\n" + svg + "\n</div>\n"
            html += "<ul class=\"downloads\">\n<li><a href=\"claims.svg\">The graph as an SVG file</a></li>\n"
            html += "<li><a href=\"claims.dot\" download>The graph in Graphviz DOT (claims.dot)</a></li>\n</ul>\n"
        } else {
            html += "<p class=\"note\">No drawing of the graph was made in this build. Build with <code>ldpub build --svg</code> "
                + "with Graphviz installed to see it here, or open the DOT file with Graphviz.</p>\n"
            html += "<ul class=\"downloads\">\n<li><a href=\"claims.dot\" download>The graph in Graphviz DOT (claims.dot)</a></li>\n</ul>\n"
        }
        html += "</section>\n"
        return html
    }
}
