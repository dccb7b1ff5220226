// ldpub — MIT licence.

/// The layouts ldpub ships, written as Mustache templates over the documented context
/// (Docs/Templates.md): the default build renders every page through them, so they use nothing
/// a site's own templates cannot use.
///
/// A site's `templates/<name>.mustache` replaces the template of the same name; the others stay
/// available to it as partials (`{{> partials/time}}`).
extension PageTemplates {
    /// ldpub's own templates by name (`article`, `partials/claim`), as Mustache text: what a
    /// site copies into `templates/<name>.mustache` to change (`ldpub init --templates`).
    public static var builtInSources: [String: String] { BuiltInTemplates.all }
}

enum BuiltInTemplates {
    /// The templates by name: the article page, the readers' index and their partials.
    static let all: [String: String] = [
        "article": article,
        "index": index,
        "partials/head": head,
        "partials/site-header": siteHeader,
        "partials/time": time,
        "partials/claim": claim,
    ]

    /// `<slug>/index.html`.
    static let article = #"""
    <!DOCTYPE html>
    <html lang="{{language}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — {{site.title}}</title>
    <meta name="description" content="{{description}}">
    <link rel="canonical" href="{{url}}">
    {{> partials/head}}
    {{{jsonLD}}}</head>
    <body>
    <a class="skip-link" href="#{{anchors.main}}">{{labels.page.skip-to-article}}</a>
    {{> partials/site-header}}
    <main id="{{anchors.main}}">
    <article aria-labelledby="{{anchors.title}}">
    <header>
    <p class="kicker">{{labels.article.kicker}}</p>
    <h1 id="{{anchors.title}}">{{title}}</h1>
    <p class="description">{{description}}</p>
    <dl class="facts">
    <dt>{{labels.facts.published}}</dt><dd>{{#published}}{{> partials/time}}{{/published}}</dd>
    {{#modified}}
    <dt>{{labels.facts.modified}}</dt><dd>{{> partials/time}}</dd>
    {{/modified}}
    {{#hasAuthors}}
    <dt>{{authorsLabel}}</dt><dd lang="{{site.language}}">{{#authors}}{{^isFirst}}, {{/isFirst}}{{#profileURL}}<a href="{{profileURL}}">{{name}}</a>{{/profileURL}}{{^profileURL}}{{name}}{{/profileURL}}{{/authors}}</dd>
    {{/hasAuthors}}
    <dt>{{labels.facts.review}}</dt><dd>{{#review}}<span lang="{{site.language}}">{{#reviewerURL}}<a href="{{reviewerURL}}">{{reviewer}}</a>{{/reviewerURL}}{{^reviewerURL}}{{reviewer}}{{/reviewerURL}}</span>, {{#date}}{{> partials/time}}{{/date}}{{/review}}{{^review}}{{labels.facts.not-reviewed}}{{/review}}</dd>
    {{#category}}
    <dt>{{labels.facts.category}}</dt><dd>{{category}}</dd>
    {{/category}}
    </dl>
    {{#image}}
    {{#src}}
    <figure class="article-image"><img src="{{src}}" alt="{{alt}}"></figure>
    {{/src}}
    {{^src}}
    <p class="image-note"><span class="label">{{labels.image.note}}</span> <a href="{{url}}">{{alt}}</a></p>
    {{/src}}
    {{/image}}
    <section class="summary" aria-labelledby="{{anchors.summary}}">
    <h2 id="{{anchors.summary}}">{{labels.summary.heading}}</h2>
    <ul>
    <li>{{#summary.hasClaims}}<strong>{{summary.claims}}</strong>: {{summary.supported}}{{#summary.noSourceCited}}, {{.}}{{/summary.noSourceCited}}{{#summary.onlyDisputedOrMentioned}}, {{.}}{{/summary.onlyDisputedOrMentioned}}.{{/summary.hasClaims}}{{^summary.hasClaims}}{{labels.summary.no-claims}}{{/summary.hasClaims}}</li>
    <li><strong>{{summary.sources}}</strong>{{#summary.cited}}, {{.}}{{/summary.cited}}.</li>
    </ul>
    {{#summary.noSourceMeaning}}
    <p>{{.}}</p>
    {{/summary.noSourceMeaning}}
    <p><a href="#{{anchors.sources}}">{{labels.sources.heading}}</a> · <a href="#{{anchors.graph}}">{{labels.graph.heading}}</a> · <a href="{{root}}index.html">{{labels.nav.all-articles}}</a></p>
    </section>
    </header>
    {{#sections}}
    <section class="article-section" aria-labelledby="{{anchor}}">
    <h2 id="{{anchor}}">{{heading}}</h2>
    {{#bodyHTML}}
    <div class="prose">
    {{{bodyHTML}}}
    </div>
    {{/bodyHTML}}
    {{#hasClaims}}
    <div class="claims">
    <h3 id="{{claimsAnchor}}">{{claimsHeading}}</h3>
    <ol class="claim-list" start="{{firstClaimNumber}}" aria-labelledby="{{claimsAnchor}}">
    {{#claims}}
    {{> partials/claim}}
    {{/claims}}
    </ol>
    </div>
    {{/hasClaims}}
    </section>
    {{/sections}}
    </article>
    <section aria-labelledby="{{anchors.sources}}">
    <h2 id="{{anchors.sources}}">{{labels.sources.heading}}</h2>
    {{^hasReferences}}
    <p>{{labels.sources.none}}</p>
    {{/hasReferences}}
    {{#hasReferences}}
    <ol class="references">
    {{#references}}
    <li id="{{anchor}}" class="reference{{^isCited}} uncited{{/isCited}}" value="{{number}}">
    <p class="citation"><strong>{{label}}</strong> · {{{citationHTML}}}</p>
    <p class="cited-by">{{#isCited}}{{labels.sources.cited-by}} {{#citedBy}}{{^isFirst}}, {{/isFirst}}<a href="#{{anchor}}">{{claim}}</a> ({{relationText}}){{/citedBy}}{{/isCited}}{{^isCited}}{{labels.sources.not-cited}}{{/isCited}}</p>
    </li>
    {{/references}}
    </ol>
    {{/hasReferences}}
    </section>
    <section aria-labelledby="{{anchors.graph}}">
    <h2 id="{{anchors.graph}}">{{labels.graph.heading}}</h2>
    {{#graph.drawn}}
    <p>{{labels.graph.explanation}}</p>
    <div class="graph-frame">
    {{{graph.svg}}}
    </div>
    {{/graph.drawn}}
    {{^graph.drawn}}
    <p>{{labels.graph.not-drawn}}</p>
    {{/graph.drawn}}
    <ul class="downloads">
    {{#graph.drawn}}
    <li><a href="claims.svg">{{labels.graph.svg-file}}</a></li>
    {{/graph.drawn}}
    <li><a href="claims.dot" download>{{labels.graph.dot-file}}</a></li>
    </ul>
    </section>
    </main>
    <footer class="site-footer">
    <p>{{labels.footer.article}} <a href="index.jsonld">JSON-LD</a> (<a href="jsonld.html">{{labels.footer.jsonld-script}}</a>), <a href="claims.dot">{{labels.footer.graph-dot}}</a>. {{labels.footer.published-at}} <a href="{{url}}">{{url}}</a>.</p>
    </footer>
    </body>
    </html>

    """#

    /// `index.html`, the readers' index.
    static let index = #"""
    <!DOCTYPE html>
    <html lang="{{language}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{labels.index.title}} — {{site.title}}</title>
    <meta name="description" content="{{site.description}}">
    <link rel="canonical" href="{{site.url}}">
    {{> partials/head}}
    </head>
    <body>
    <a class="skip-link" href="#articles">{{labels.page.skip-to-index}}</a>
    {{> partials/site-header}}
    <main id="main">
    <h1>{{site.title}}</h1>
    <p class="description">{{site.description}}</p>
    <h2 id="articles">{{labels.index.title}}</h2>
    {{^hasArticles}}
    <p>{{labels.index.empty}}</p>
    {{/hasArticles}}
    {{#hasArticles}}
    <ol class="article-list" aria-labelledby="articles">
    {{#articles}}
    <li class="entry"{{#otherLanguage}} lang="{{language}}"{{/otherLanguage}}>
    <h3><a href="{{href}}">{{title}}</a></h3>
    <p class="entry-description">{{description}}</p>
    <p class="entry-facts"{{#otherLanguage}} lang="{{site.language}}"{{/otherLanguage}}>{{{publishedLine}}}{{#isModified}} · {{{modifiedLine}}}{{/isModified}}<br>{{{reviewLine}}}</p>
    </li>
    {{/articles}}
    </ol>
    {{/hasArticles}}
    </main>
    <footer class="site-footer">
    <p>{{labels.footer.index}}</p>
    </footer>
    </body>
    </html>

    """#

    /// The end of `<head>`: a link to each feed, and the style sheet.
    static let head = #"""
    {{#feeds}}
    <link rel="alternate" type="{{type}}" title="{{name}}" href="{{href}}">
    {{/feeds}}
    <style>
    {{{style}}}</style>

    """#

    /// The site header: the site's name, linking to the index, and the navigation.
    static let siteHeader = #"""
    <header class="site-header">
    <div class="bar">
    <p class="site-name"><a href="{{root}}index.html" lang="{{site.language}}">{{site.title}}</a></p>
    <nav class="site-nav" aria-label="{{labels.nav.label}}">
    <ul>
    {{#nav}}
    <li><a href="{{href}}"{{#isCurrent}} aria-current="page"{{/isCurrent}}>{{name}}</a></li>
    {{/nav}}
    </ul>
    </nav>
    </div>
    </header>

    """#

    /// A date as a `<time>` element (inside a date's section: `{{#published}}{{> partials/time}}{{/published}}`).
    static let time = #"""
    {{#datetime}}<time datetime="{{datetime}}">{{text}}</time>{{/datetime}}{{^datetime}}<span>{{text}}</span>{{/datetime}}
    """#

    /// One claim's list item (inside `{{#claims}}`).
    static let claim = #"""
    <li id="{{anchor}}" class="claim {{#isSupported}}supported{{/isSupported}}{{^isSupported}}unsupported{{/isSupported}}" value="{{number}}">
    <p class="claim-head"><span class="claim-number">{{numberText}}</span> <span class="claim-status">{{status}}</span></p>
    <p class="claim-text">{{text}}{{#citations}}<sup class="cite"><a href="#{{anchor}}">[{{number}}]<span class="visually-hidden"> {{label}}</span></a></sup>{{/citations}}</p>
    {{#hasSources}}
    <ul class="claim-sources" aria-label="{{sourcesLabel}}">
    {{#sources}}
    <li>{{#inList}}<a href="#{{anchor}}">[{{number}}] {{label}}</a>{{/inList}}{{^inList}}{{id}}{{/inList}}{{#locator}}, {{locator}}{{/locator}} <span class="relation {{relation}}">{{relationText}}</span></li>
    {{/sources}}
    </ul>
    {{/hasSources}}
    </li>

    """#
}
