// ldpub — MIT licence.

import InterfaceText

extension BuiltInLayout {
    // The partials of the built-in templates (`partials/…`), each as its template writes it.

    /// `partials/head`: a link to each feed, and the style sheet.
    static func head(_ frame: PageFrame, to html: inout HTMLBuffer) {
        for feed in frame.feeds {
            html.append("<link rel=\"alternate\" type=\"")
            html.append(escaped: feed.type)
            html.append("\" title=\"")
            html.append(escaped: feed.name)
            html.append("\" href=\"")
            html.append(escaped: feed.href)
            html.append("\">\n")
        }
        html.append("<style>\n")
        html.append(raw: frame.style)
        html.append("</style>\n")
    }

    /// `partials/site-header`: the site's name and the navigation.
    static func siteHeader(_ frame: PageFrame, to html: inout HTMLBuffer) {
        html.append("<header class=\"site-header\">\n<div class=\"bar\">\n<p class=\"site-name\"><a href=\"")
        html.append(escaped: frame.root)
        html.append("index.html\" lang=\"")
        html.append(escaped: frame.site.language)
        html.append("\">")
        html.append(escaped: frame.site.title)
        html.append("</a></p>\n<nav class=\"site-nav\" aria-label=\"")
        html.append(escaped: frame.catalog[.siteNavigation])
        html.append("\">\n<ul>\n")
        for item in frame.nav {
            html.append("<li><a href=\"")
            html.append(escaped: item.href)
            html.append("\"")
            if item.isCurrent { html.append(" aria-current=\"page\"") }
            html.append(">")
            html.append(escaped: item.name)
            html.append("</a></li>\n")
        }
        html.append("</ul>\n</nav>\n</div>\n</header>\n")
    }

    /// `partials/time`.
    static func time(_ time: ArticlePage.Time, to html: inout HTMLBuffer) {
        if let datetime = time.datetime {
            html.append("<time datetime=\"")
            html.append(escaped: datetime)
            html.append("\">")
            html.append(escaped: time.text)
            html.append("</time>")
        } else {
            html.append("<span>")
            html.append(escaped: time.text)
            html.append("</span>")
        }
    }

    /// `partials/claim`: one claim's list item.
    static func claim(_ claim: ArticlePage.ClaimValues, to html: inout HTMLBuffer) {
        html.append("<li id=\"")
        html.append(escaped: claim.anchor)
        html.append(claim.isSupported ? "\" class=\"claim supported\" value=\"" : "\" class=\"claim unsupported\" value=\"")
        html.append(number: claim.number)
        html.append("\">\n<p class=\"claim-head\"><span class=\"claim-number\">")
        html.append(escaped: claim.numberText)
        html.append("</span> <span class=\"claim-status\">")
        html.append(escaped: claim.status)
        html.append("</span></p>\n<p class=\"claim-text\">")
        html.append(escaped: claim.text)
        for citation in claim.citations {
            html.append("<sup class=\"cite\"><a href=\"#")
            html.append(escaped: citation.anchor)
            html.append("\">[")
            html.append(number: citation.number)
            // Read out as "[1] Li et al. 2010", not "[1]": the name contains what is shown.
            html.append("]<span class=\"visually-hidden\"> ")
            html.append(escaped: citation.label)
            html.append("</span></a></sup>")
        }
        html.append("</p>\n")
        if !claim.sources.isEmpty {
            html.append("<ul class=\"claim-sources\" aria-label=\"")
            html.append(escaped: claim.sourcesLabel)
            html.append("\">\n")
            for source in claim.sources {
                html.append("<li>")
                if let listed = source.listed {
                    html.append("<a href=\"#")
                    html.append(escaped: listed.anchor)
                    html.append("\">[")
                    html.append(number: listed.number)
                    html.append("] ")
                    html.append(escaped: listed.label)
                    html.append("</a>")
                } else {
                    html.append(escaped: source.id)
                }
                if let locator = source.locator {
                    html.append(", ")
                    html.append(escaped: locator)
                }
                html.append(" <span class=\"relation ")
                html.append(escaped: source.relation)
                html.append("\">")
                html.append(escaped: source.relationText)
                html.append("</span></li>\n")
            }
            html.append("</ul>\n")
        }
        html.append("</li>\n")
    }
}
