// ldpub — MIT licence.

import InterfaceText

extension BuiltInLayout {
    // The parts of the template `article`, in the order the page has them.

    /// The facts list's items: dates, authors, review, category.
    static func facts(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
        let catalog = page.frame.catalog
        html.append("<dt>")
        html.append(templateEscaped: catalog[.published])
        html.append("</dt><dd>")
        time(page.published, to: &html)
        html.append("</dd>\n<dt>")
        html.append(templateEscaped: catalog[.modified])
        html.append("</dt><dd>")
        time(page.modified, to: &html)
        html.append("</dd>\n")
        if !page.authors.isEmpty {
            html.append("<dt>")
            html.append(templateEscaped: page.authorsLabel)
            html.append("</dt><dd lang=\"")
            html.append(templateEscaped: page.frame.site.language)
            html.append("\">")
            for author in page.authors {
                if !author.isFirst { html.append(", ") }
                html.append(templateEscaped: author.name)
            }
            html.append("</dd>\n")
        }
        html.append("<dt>")
        html.append(templateEscaped: catalog[.medicalReview])
        html.append("</dt><dd>")
        if let review = page.review {
            html.append("<span lang=\"")
            html.append(templateEscaped: page.frame.site.language)
            html.append("\">")
            html.append(templateEscaped: review.reviewer)
            html.append("</span>, ")
            time(review.date, to: &html)
        } else {
            html.append(templateEscaped: catalog[.notReviewed])
        }
        html.append("</dd>\n")
        if let category = page.category {
            html.append("<dt>")
            html.append(templateEscaped: catalog[.category])
            html.append("</dt><dd>")
            html.append(templateEscaped: category)
            html.append("</dd>\n")
        }
    }

    /// "Evidence at a glance" and the links below it.
    static func summary(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
        let catalog = page.frame.catalog, summary = page.summary
        html.append("<section class=\"summary\" aria-labelledby=\"")
        html.append(templateEscaped: page.anchors.summary)
        html.append("\">\n<h2 id=\"")
        html.append(templateEscaped: page.anchors.summary)
        html.append("\">")
        html.append(templateEscaped: catalog[.summaryHeading])
        html.append("</h2>\n<ul>\n<li>")
        if summary.hasClaims {
            html.append("<strong>")
            html.append(templateEscaped: summary.claims)
            html.append("</strong>: ")
            html.append(templateEscaped: summary.supported)
            if let text = summary.noSourceCited {
                html.append(", ")
                html.append(templateEscaped: text)
            }
            if let text = summary.onlyDisputedOrMentioned {
                html.append(", ")
                html.append(templateEscaped: text)
            }
            html.append(".")
        } else {
            html.append(templateEscaped: catalog[.summaryNoClaims])
        }
        html.append("</li>\n<li><strong>")
        html.append(templateEscaped: summary.sources)
        html.append("</strong>")
        if let cited = summary.cited {
            html.append(", ")
            html.append(templateEscaped: cited)
        }
        html.append(".</li>\n</ul>\n<p><a href=\"#")
        html.append(templateEscaped: page.anchors.sources)
        html.append("\">")
        html.append(templateEscaped: catalog[.sourcesHeading])
        html.append("</a> · <a href=\"#")
        html.append(templateEscaped: page.anchors.graph)
        html.append("\">")
        html.append(templateEscaped: catalog[.graphHeading])
        html.append("</a> · <a href=\"")
        html.append(templateEscaped: page.frame.root)
        html.append("index.html\">")
        html.append(templateEscaped: catalog[.allArticles])
        html.append("</a></p>\n</section>\n")
    }

    /// One of the article's sections.
    static func section(_ section: ArticlePage.SectionValues, to html: inout HTMLBuffer) {
        html.append("<section class=\"article-section\" aria-labelledby=\"")
        html.append(templateEscaped: section.anchor)
        html.append("\">\n<h2 id=\"")
        html.append(templateEscaped: section.anchor)
        html.append("\">")
        html.append(templateEscaped: section.heading)
        html.append("</h2>\n")
        if let body = section.bodyHTML {
            html.append("<div class=\"prose\">\n")
            html.append(raw: body)
            html.append("\n</div>\n")
        }
        if let head = section.claimsHead {
            html.append("<div class=\"claims\">\n<h3 id=\"")
            html.append(templateEscaped: head.anchor)
            html.append("\">")
            html.append(templateEscaped: head.heading)
            html.append("</h3>\n<ol class=\"claim-list\" start=\"")
            html.append(number: head.firstNumber)
            html.append("\" aria-labelledby=\"")
            html.append(templateEscaped: head.anchor)
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
        html.append(templateEscaped: page.anchors.sources)
        html.append("\">\n<h2 id=\"")
        html.append(templateEscaped: page.anchors.sources)
        html.append("\">")
        html.append(templateEscaped: catalog[.sourcesHeading])
        html.append("</h2>\n")
        guard !page.references.isEmpty else {
            html.append("<p>")
            html.append(templateEscaped: catalog[.noSources])
            html.append("</p>\n</section>\n")
            return
        }
        html.append("<ol class=\"references\">\n")
        for reference in page.references {
            html.append("<li id=\"")
            html.append(templateEscaped: reference.anchor)
            html.append(reference.citedBy.isEmpty ? "\" class=\"reference uncited\" value=\"" : "\" class=\"reference\" value=\"")
            html.append(number: reference.number)
            html.append("\">\n<p class=\"citation\"><strong>")
            html.append(templateEscaped: reference.label)
            html.append("</strong> · ")
            html.append(raw: reference.citationHTML)
            html.append("</p>\n<p class=\"cited-by\">")
            if reference.citedBy.isEmpty {
                html.append(templateEscaped: catalog[.notCitedByAClaim])
            } else {
                html.append(templateEscaped: catalog[.citedBy])
                html.append(" ")
                for use in reference.citedBy {
                    if !use.isFirst { html.append(", ") }
                    html.append("<a href=\"#")
                    html.append(templateEscaped: use.anchor)
                    html.append("\">")
                    html.append(templateEscaped: use.claim)
                    html.append("</a> (")
                    html.append(templateEscaped: use.relationText)
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
        html.append(templateEscaped: page.anchors.graph)
        html.append("\">\n<h2 id=\"")
        html.append(templateEscaped: page.anchors.graph)
        html.append("\">")
        html.append(templateEscaped: catalog[.graphHeading])
        html.append("</h2>\n")
        if let svg = page.graph.svg {
            html.append("<p>")
            html.append(templateEscaped: catalog[.graphExplanation])
            html.append("</p>\n<div class=\"graph-frame\">\n")
            html.append(raw: svg)
            html.append("\n</div>\n")
        } else {
            html.append("<p class=\"note\">")
            html.append(templateEscaped: catalog[.graphNotDrawn])
            html.append("</p>\n")
        }
        html.append("<ul class=\"downloads\">\n")
        if page.graph.svg != nil {
            html.append("<li><a href=\"claims.svg\">")
            html.append(templateEscaped: catalog[.graphAsSVG])
            html.append("</a></li>\n")
        }
        html.append("<li><a href=\"claims.dot\" download>")
        html.append(templateEscaped: catalog[.graphAsDOT])
        html.append("</a></li>\n</ul>\n</section>\n")
    }
}
