// ldpub — MIT licence.

import InterfaceText

/// ldpub's own layouts written directly as bytes: exactly what swift-mustache renders from
/// ``BuiltInTemplates`` for the same context, several times faster.
///
/// The templates stay the documented contract: a page goes through them (and Mustache) whenever
/// the site replaces its template or a partial it includes (``PageTemplates/rendersAsBuiltIn(_:)``),
/// and a test renders many pages both ways and compares the bytes. Each function follows its
/// template line by line; a line of the template that holds only a section tag or a partial
/// (a "standalone" tag) leaves no line of its own, as Mustache specifies. `{{name}}` is escaped
/// as swift-mustache escapes it (``HTMLBuffer/append(templateEscaped:)``), `{{{name}}}` is not.
enum BuiltInLayout {
    /// The template `article` with `page`.
    static func article(_ page: ArticlePage.Values) -> [UInt8] {
        let frame = page.frame, catalog = frame.catalog
        var html = HTMLBuffer(capacity: 24_576 + page.jsonLD.utf8.count + (page.graph.svg?.utf8.count ?? 0))
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.append(templateEscaped: page.language)
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.append(templateEscaped: page.title)
        html.append(" — ")
        html.append(templateEscaped: frame.site.title)
        html.append("</title>\n<meta name=\"description\" content=\"")
        html.append(templateEscaped: page.description)
        html.append("\">\n<link rel=\"canonical\" href=\"")
        html.append(templateEscaped: page.url)
        html.append("\">\n")
        head(frame, to: &html)
        html.append(raw: page.jsonLD)
        html.append("</head>\n<body>\n<a class=\"skip-link\" href=\"#")
        html.append(templateEscaped: page.anchors.main)
        html.append("\">")
        html.append(templateEscaped: catalog[.skipToArticle])
        html.append("</a>\n")
        siteHeader(frame, to: &html)
        html.append("<main id=\"")
        html.append(templateEscaped: page.anchors.main)
        html.append("\">\n<article aria-labelledby=\"")
        html.append(templateEscaped: page.anchors.title)
        html.append("\">\n<header>\n<p class=\"kicker\">")
        html.append(templateEscaped: catalog[.articleKicker])
        html.append("</p>\n<h1 id=\"")
        html.append(templateEscaped: page.anchors.title)
        html.append("\">")
        html.append(templateEscaped: page.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(templateEscaped: page.description)
        html.append("</p>\n<dl class=\"facts\">\n")
        facts(page, to: &html)
        html.append("</dl>\n")
        if let image = page.image {
            if let src = image.src {
                html.append("<figure class=\"article-image\"><img src=\"")
                html.append(templateEscaped: src)
                html.append("\" alt=\"")
                html.append(templateEscaped: image.alt)
                html.append("\"></figure>\n")
            } else {
                html.append("<p class=\"image-note\"><span class=\"label\">")
                html.append(templateEscaped: catalog[.imageNote])
                html.append("</span> <a href=\"")
                html.append(templateEscaped: image.url)
                html.append("\">")
                html.append(templateEscaped: image.alt)
                html.append("</a></p>\n")
            }
        }
        summary(page, to: &html)
        html.append("</header>\n")
        for section in page.sections { self.section(section, to: &html) }
        html.append("</article>\n")
        references(page, to: &html)
        graph(page, to: &html)
        html.append("</main>\n<footer class=\"site-footer\">\n<p>")
        html.append(templateEscaped: catalog[.articleFooter])
        html.append(" <a href=\"index.jsonld\">JSON-LD</a> (<a href=\"jsonld.html\">")
        html.append(templateEscaped: catalog[.jsonLDAsScript])
        html.append("</a>), <a href=\"claims.dot\">")
        html.append(templateEscaped: catalog[.graphDOT])
        html.append("</a>. ")
        html.append(templateEscaped: catalog[.publishedAt])
        html.append(" <a href=\"")
        html.append(templateEscaped: page.url)
        html.append("\">")
        html.append(templateEscaped: page.url)
        html.append("</a>.</p>\n</footer>\n</body>\n</html>\n")
        return html.bytes
    }

    /// The template `index` with `page`.
    static func index(_ page: SiteIndex.Values) -> [UInt8] {
        let frame = page.frame, catalog = frame.catalog
        var html = HTMLBuffer(capacity: 16_384 + page.articles.count * 1_024)
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.append(templateEscaped: page.language)
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.append(templateEscaped: catalog[.indexTitle])
        html.append(" — ")
        html.append(templateEscaped: frame.site.title)
        html.append("</title>\n<meta name=\"description\" content=\"")
        html.append(templateEscaped: frame.site.description)
        html.append("\">\n<link rel=\"canonical\" href=\"")
        html.append(templateEscaped: frame.site.url)
        html.append("\">\n")
        head(frame, to: &html)
        html.append("</head>\n<body>\n<a class=\"skip-link\" href=\"#articles\">")
        html.append(templateEscaped: catalog[.skipToIndex])
        html.append("</a>\n")
        siteHeader(frame, to: &html)
        html.append("<main id=\"main\">\n<h1>")
        html.append(templateEscaped: frame.site.title)
        html.append("</h1>\n<p class=\"description\">")
        html.append(templateEscaped: frame.site.description)
        html.append("</p>\n<h2 id=\"articles\">")
        html.append(templateEscaped: catalog[.indexTitle])
        html.append("</h2>\n")
        if page.articles.isEmpty {
            html.append("<p>")
            html.append(templateEscaped: catalog[.indexEmpty])
            html.append("</p>\n")
        } else {
            html.append("<ol class=\"article-list\" aria-labelledby=\"articles\">\n")
            for entry in page.articles {
                html.append("<li class=\"entry\"")
                if entry.otherLanguage {
                    html.append(" lang=\"")
                    html.append(templateEscaped: entry.language)
                    html.append("\"")
                }
                html.append(">\n<h3><a href=\"")
                html.append(templateEscaped: entry.href)
                html.append("\">")
                html.append(templateEscaped: entry.title)
                html.append("</a></h3>\n<p class=\"entry-description\">")
                html.append(templateEscaped: entry.description)
                html.append("</p>\n<p class=\"entry-facts\"")
                if entry.otherLanguage {
                    html.append(" lang=\"")
                    html.append(templateEscaped: frame.site.language)
                    html.append("\"")
                }
                html.append(">")
                html.append(raw: entry.publishedLine)
                if entry.isModified {
                    html.append(" · ")
                    html.append(raw: entry.modifiedLine)
                }
                html.append("<br>")
                html.append(raw: entry.reviewLine)
                html.append("</p>\n</li>\n")
            }
            html.append("</ol>\n")
        }
        html.append("</main>\n<footer class=\"site-footer\">\n<p>")
        html.append(templateEscaped: catalog[.indexFooter])
        html.append("</p>\n</footer>\n</body>\n</html>\n")
        return html.bytes
    }

    // MARK: - Partials

    /// `partials/head`: a link to each feed, and the style sheet.
    private static func head(_ frame: PageFrame, to html: inout HTMLBuffer) {
        for feed in frame.feeds {
            html.append("<link rel=\"alternate\" type=\"")
            html.append(templateEscaped: feed.type)
            html.append("\" title=\"")
            html.append(templateEscaped: feed.name)
            html.append("\" href=\"")
            html.append(templateEscaped: feed.href)
            html.append("\">\n")
        }
        html.append("<style>\n")
        html.append(raw: frame.style)
        html.append("</style>\n")
    }

    /// `partials/site-header`: the site's name and the navigation.
    private static func siteHeader(_ frame: PageFrame, to html: inout HTMLBuffer) {
        html.append("<header class=\"site-header\">\n<div class=\"bar\">\n<p class=\"site-name\"><a href=\"")
        html.append(templateEscaped: frame.root)
        html.append("index.html\" lang=\"")
        html.append(templateEscaped: frame.site.language)
        html.append("\">")
        html.append(templateEscaped: frame.site.title)
        html.append("</a></p>\n<nav class=\"site-nav\" aria-label=\"")
        html.append(templateEscaped: frame.catalog[.siteNavigation])
        html.append("\">\n<ul>\n")
        for item in frame.nav {
            html.append("<li><a href=\"")
            html.append(templateEscaped: item.href)
            html.append("\"")
            if item.isCurrent { html.append(" aria-current=\"page\"") }
            html.append(">")
            html.append(templateEscaped: item.name)
            html.append("</a></li>\n")
        }
        html.append("</ul>\n</nav>\n</div>\n</header>\n")
    }

    /// `partials/time`.
    private static func time(_ time: ArticlePage.Time, to html: inout HTMLBuffer) {
        if let datetime = time.datetime {
            html.append("<time datetime=\"")
            html.append(templateEscaped: datetime)
            html.append("\">")
            html.append(templateEscaped: time.text)
            html.append("</time>")
        } else {
            html.append("<span>")
            html.append(templateEscaped: time.text)
            html.append("</span>")
        }
    }

    /// `partials/claim`: one claim's list item.
    private static func claim(_ claim: ArticlePage.ClaimValues, to html: inout HTMLBuffer) {
        html.append("<li id=\"")
        html.append(templateEscaped: claim.anchor)
        html.append(claim.isSupported ? "\" class=\"claim supported\" value=\"" : "\" class=\"claim unsupported\" value=\"")
        html.append(number: claim.number)
        html.append("\">\n<p class=\"claim-head\"><span class=\"claim-number\">")
        html.append(templateEscaped: claim.numberText)
        html.append("</span> <span class=\"claim-status\">")
        html.append(templateEscaped: claim.status)
        html.append("</span></p>\n<p class=\"claim-text\">")
        html.append(templateEscaped: claim.text)
        for citation in claim.citations {
            html.append("<sup class=\"cite\"><a href=\"#")
            html.append(templateEscaped: citation.anchor)
            html.append("\">[")
            html.append(number: citation.number)
            html.append("]</a></sup>")
        }
        html.append("</p>\n")
        if !claim.sources.isEmpty {
            html.append("<ul class=\"claim-sources\" aria-label=\"")
            html.append(templateEscaped: claim.sourcesLabel)
            html.append("\">\n")
            for source in claim.sources {
                html.append("<li>")
                if let listed = source.listed {
                    html.append("<a href=\"#")
                    html.append(templateEscaped: listed.anchor)
                    html.append("\">[")
                    html.append(number: listed.number)
                    html.append("] ")
                    html.append(templateEscaped: listed.label)
                    html.append("</a>")
                } else {
                    html.append(templateEscaped: source.id)
                }
                if let locator = source.locator {
                    html.append(", ")
                    html.append(templateEscaped: locator)
                }
                html.append(" <span class=\"relation ")
                html.append(templateEscaped: source.relation)
                html.append("\">")
                html.append(templateEscaped: source.relationText)
                html.append("</span></li>\n")
            }
            html.append("</ul>\n")
        }
        html.append("</li>\n")
    }

    // MARK: - Parts of the article page

    /// The facts list's items: dates, authors, review, category.
    private static func facts(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
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
    private static func summary(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
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
    private static func section(_ section: ArticlePage.SectionValues, to html: inout HTMLBuffer) {
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
    private static func references(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
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
    private static func graph(_ page: ArticlePage.Values, to html: inout HTMLBuffer) {
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
