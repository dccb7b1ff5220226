// ldpub — MIT licence.

import InterfaceText

extension BuiltInLayout {
    // The parts of the template `article`, in the order the page has them.

    /// `text`, as a link to `url` when there is one (a person's or team's page: who wrote and who
    /// reviewed the article, as a reader can check).
    private static func link(_ text: String, to url: String?, in html: inout HTMLBuffer) {
        guard let url else { return html.append(escaped: text) }
        html.append("<a href=\"")
        html.append(escaped: url)
        html.append("\">")
        html.append(escaped: text)
        html.append("</a>")
    }

    /// The facts list's items: dates, authors, review, category.
    static func facts(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
        let catalog = page.frame.catalog
        html.append("<dt>")
        html.append(escaped: catalog[.published])
        html.append("</dt><dd>")
        time(page.published, to: &html)
        html.append("</dd>\n")
        if let modified = page.modified {
            html.append("<dt>")
            html.append(escaped: catalog[.modified])
            html.append("</dt><dd>")
            time(modified, to: &html)
            html.append("</dd>\n")
        }
        if !page.authors.isEmpty {
            html.append("<dt>")
            html.append(escaped: page.authorsLabel)
            html.append("</dt><dd lang=\"")
            html.append(escaped: page.frame.site.language)
            html.append("\">")
            for author in page.authors {
                if !author.isFirst { html.append(", ") }
                link(author.name, to: author.profileURL, in: &html)
            }
            html.append("</dd>\n")
        }
        html.append("<dt>")
        html.append(escaped: catalog[.medicalReview])
        html.append("</dt><dd>")
        if let review = page.review {
            html.append("<span lang=\"")
            html.append(escaped: page.frame.site.language)
            html.append("\">")
            link(review.reviewer, to: review.reviewerURL, in: &html)
            html.append("</span>, ")
            time(review.date, to: &html)
        } else {
            html.append(escaped: catalog[.notReviewed])
        }
        html.append("</dd>\n")
        if let category = page.category {
            html.append("<dt>")
            html.append(escaped: catalog[.category])
            html.append("</dt><dd>")
            html.append(escaped: category)
            html.append("</dd>\n")
        }
    }

    /// "Evidence at a glance" and the links below it.
    static func summary(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
        let catalog = page.frame.catalog, summary = page.summary
        html.append("<section class=\"summary\" aria-labelledby=\"")
        html.append(escaped: page.anchors.summary)
        html.append("\">\n<h2 id=\"")
        html.append(escaped: page.anchors.summary)
        html.append("\">")
        html.append(escaped: catalog[.summaryHeading])
        html.append("</h2>\n<ul>\n<li>")
        if summary.hasClaims {
            html.append("<strong>")
            html.append(escaped: summary.claims)
            html.append("</strong>: ")
            html.append(escaped: summary.supported)
            if let text = summary.noSourceCited {
                html.append(", ")
                html.append(escaped: text)
            }
            if let text = summary.onlyDisputedOrMentioned {
                html.append(", ")
                html.append(escaped: text)
            }
            html.append(".")
        } else {
            html.append(escaped: catalog[.summaryNoClaims])
        }
        html.append("</li>\n<li><strong>")
        html.append(escaped: summary.sources)
        html.append("</strong>")
        if let cited = summary.cited {
            html.append(", ")
            html.append(escaped: cited)
        }
        html.append(".</li>\n</ul>\n")
        if let meaning = summary.noSourceMeaning {
            html.append("<p>")
            html.append(escaped: meaning)
            html.append("</p>\n")
        }
        html.append("<p><a href=\"#")
        html.append(escaped: page.anchors.sources)
        html.append("\">")
        html.append(escaped: catalog[.sourcesHeading])
        html.append("</a> · <a href=\"#")
        html.append(escaped: page.anchors.graph)
        html.append("\">")
        html.append(escaped: catalog[.graphHeading])
        html.append("</a> · <a href=\"")
        html.append(escaped: page.frame.root)
        html.append("index.html\">")
        html.append(escaped: catalog[.allArticles])
        html.append("</a></p>\n</section>\n")
    }

    /// One of the article's sections.
    static func section(_ section: ArticlePage.SectionValues, to html: inout HTMLBuffer) {
        html.append("<section class=\"article-section\" aria-labelledby=\"")
        html.append(escaped: section.anchor)
        html.append("\">\n<h2 id=\"")
        html.append(escaped: section.anchor)
        html.append("\">")
        html.append(escaped: section.heading)
        html.append("</h2>\n")
        if let body = section.bodyHTML {
            html.append("<div class=\"prose\">\n")
            html.append(raw: body)
            html.append("\n</div>\n")
        }
        if let head = section.claimsHead {
            html.append("<div class=\"claims\">\n<h3 id=\"")
            html.append(escaped: head.anchor)
            html.append("\">")
            html.append(escaped: head.heading)
            html.append("</h3>\n<ol class=\"claim-list\" start=\"")
            html.append(number: head.firstNumber)
            html.append("\" aria-labelledby=\"")
            html.append(escaped: head.anchor)
            html.append("\">\n")
            for claim in section.claims { self.claim(claim, to: &html) }
            html.append("</ol>\n</div>\n")
        }
        html.append("</section>\n")
    }

    /// The reference list's section.
    static func references(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
        let catalog = page.frame.catalog
        html.append("<section aria-labelledby=\"")
        html.append(escaped: page.anchors.sources)
        html.append("\">\n<h2 id=\"")
        html.append(escaped: page.anchors.sources)
        html.append("\">")
        html.append(escaped: catalog[.sourcesHeading])
        html.append("</h2>\n")
        guard !page.references.isEmpty else {
            html.append("<p>")
            html.append(escaped: catalog[.noSources])
            html.append("</p>\n</section>\n")
            return
        }
        html.append("<ol class=\"references\">\n")
        for reference in page.references {
            html.append("<li id=\"")
            html.append(escaped: reference.anchor)
            html.append(reference.citedBy.isEmpty ? "\" class=\"reference uncited\" value=\"" : "\" class=\"reference\" value=\"")
            html.append(number: reference.number)
            html.append("\">\n<p class=\"citation\"><strong>")
            html.append(escaped: reference.label)
            html.append("</strong> · ")
            html.append(raw: reference.citationHTML)
            html.append("</p>\n<p class=\"cited-by\">")
            if reference.citedBy.isEmpty {
                html.append(escaped: catalog[.notCitedByAClaim])
            } else {
                html.append(escaped: catalog[.citedBy])
                html.append(" ")
                for use in reference.citedBy {
                    if !use.isFirst { html.append(", ") }
                    html.append("<a href=\"#")
                    html.append(escaped: use.anchor)
                    html.append("\">")
                    html.append(escaped: use.claim)
                    html.append("</a> (")
                    html.append(escaped: use.relationText)
                    html.append(")")
                }
            }
            html.append("</p>\n</li>\n")
        }
        html.append("</ol>\n</section>\n")
    }

    /// The claims graph's section.
    static func graph(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
        let catalog = page.frame.catalog
        html.append("<section aria-labelledby=\"")
        html.append(escaped: page.anchors.graph)
        html.append("\">\n<h2 id=\"")
        html.append(escaped: page.anchors.graph)
        html.append("\">")
        html.append(escaped: catalog[.graphHeading])
        html.append("</h2>\n")
        if let svg = page.graph.svg {
            html.append("<p>")
            html.append(escaped: catalog[.graphExplanation])
            html.append("</p>\n<div class=\"graph-frame\">\n")
            html.append(raw: svg)
            html.append("\n</div>\n")
        } else {
            html.append("<p>")
            html.append(escaped: catalog[.graphNotDrawn])
            html.append("</p>\n")
        }
        html.append("<ul class=\"downloads\">\n")
        if page.graph.svg != nil {
            html.append("<li><a href=\"claims.svg\">")
            html.append(escaped: catalog[.graphAsSVG])
            html.append("</a></li>\n")
        }
        html.append("<li><a href=\"claims.dot\" download>")
        html.append(escaped: catalog[.graphAsDOT])
        html.append("</a></li>\n</ul>\n</section>\n")
    }
}
