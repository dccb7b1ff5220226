// ldpub — MIT licence.

import ArticleModel
import Foundation
@testable import HTMLExport
import JSONLDExport
import ModelFixtures
import Testing

/// The page templates: the documented context is what the built-in templates use, a site's
/// templates replace them, and a broken template is a located error.
@Suite struct PageTemplatesTests {
    static let publication = SamplePublication.standard()
    static let article = publication.articles[0]

    static func templates(_ files: [String: String]) -> Result<PageTemplates, PageTemplates.Problems> {
        PageTemplates.make(siteFiles: files.sorted { $0.key < $1.key }.map {
            PageTemplates.File(name: $0.key, path: "site/templates/\($0.key).mustache", text: $0.value)
        })
    }

    static func errors(_ files: [String: String]) -> [String] {
        guard case .failure(let problems) = templates(files) else { return [] }
        return problems.diagnostics.map { "\($0.file):\($0.mark): \($0.severity): \($0.message)" }
    }

    static func page(_ templates: PageTemplates, _ article: Article = article, publication: Publication = publication) -> String {
        ArticlePage(publication: publication, templates: templates)
            .render(article, jsonLD: PageGraph(publication: publication).document(for: article))
    }

    // MARK: - The documented context

    /// Every documented key is looked up by the built-in templates: the default build renders
    /// through the context a site's templates get, so nothing in it is untested, and nothing the
    /// built-in pages show is missing from it.
    @Test func theBuiltInTemplatesUseEveryDocumentedKey() {
        let article = PageTemplates.namesUsedByBuiltIn(page: "article")
        let index = PageTemplates.namesUsedByBuiltIn(page: "index")
        for key in TemplateContext.article where !article.contains(key) {
            Issue.record("'\(key)' is documented for article.mustache but the built-in template does not use it")
        }
        for key in TemplateContext.index where !index.contains(key) {
            Issue.record("'\(key)' is documented for index.mustache but the built-in template does not use it")
        }
        for key in TemplateContext.shared where !article.contains(key) && !index.contains(key) {
            Issue.record("'\(key)' is documented for every page but no built-in template uses it")
        }
        // Labels are a family: the built-in pages use many, each as `labels.<key>`.
        #expect(article.contains("labels.sources.heading"))
        #expect(index.contains("labels.index.title"))
    }

    /// Docs/Templates.md documents exactly the keys of ``TemplateContext``, in its tables.
    @Test func theDocumentationListsEveryKey() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Docs/Templates.md"), encoding: .utf8)
        var documented = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(3).prefix { $0 != "`" }
            documented.insert(String(cell))
        }
        let keys = Set(TemplateContext.shared + TemplateContext.article + TemplateContext.index)
        #expect(keys.subtracting(documented).sorted() == [], "keys missing from Docs/Templates.md")
        #expect(documented.subtracting(keys).subtracting(["labels.<key>"]).sorted() == [], "documented keys that are not in the context")
        #expect(documented.contains("labels.<key>"))
    }

    @Test func theBuiltInTemplatesAreValid() throws {
        let templates = try Self.templates([:]).get()
        #expect(templates.siteTemplateNames == [])
        #expect(Self.page(templates) == ArticlePageTests.render())
    }

    // MARK: - A site's templates

    @Test func aSiteTemplateReplacesTheArticleLayoutAndUsesPartials() throws {
        let templates = try Self.templates([
            "article": """
                <!DOCTYPE html>
                <html lang="{{language}}"><title>{{title}}</title>
                <!-- site layout -->
                {{> partials/byline}}
                {{#sections}}<h2>{{heading}}</h2>{{#claims}}{{> partials/claim}}{{/claims}}{{/sections}}
                {{#image}}<img src="{{src}}" alt="{{alt}}">{{/image}}
                {{{jsonLD}}}

                """,
            "partials/byline": "<p class=\"byline\">{{#authors}}{{name}}{{/authors}} · {{#published}}{{> partials/time}}{{/published}}</p>\n",
        ]).get()
        #expect(templates.siteTemplateNames == ["article", "partials/byline"])
        let html = Self.page(templates)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\"><title>Hoe werkt ketamine?</title>\n<!-- site layout -->\n"))
        #expect(html.contains("<p class=\"byline\">Redactie · <time datetime=\"2025-12-30\">30 december 2025</time></p>\n"))
        // The built-in partial of a claim, inside the site's layout.
        #expect(html.contains("<li id=\"claim-"))
        #expect(html.contains("<img src=\"../images/brein.jpg\" alt=\"Abstracte weergave van hersenactiviteit\">"))
        #expect(html.contains("<script type=\"application/ld+json\">"))
        #expect(!html.contains("class=\"site-header\""))
        // The index keeps the built-in layout.
        #expect(SiteIndex(site: Self.publication.site, templates: templates).render(Self.publication.articles)
            == SiteIndex(site: Self.publication.site).render(Self.publication.articles))
    }

    @Test func aSitePartialReplacesTheBuiltInOne() throws {
        let templates = try Self.templates(["partials/claim": "<li class=\"my-claim\">{{number}}. {{text}}</li>\n"]).get()
        let html = Self.page(templates)
        #expect(html.contains("<li class=\"my-claim\">1. "))
        #expect(!html.contains("class=\"claim-head\""))
        #expect(html.contains("<header class=\"site-header\">"), "the rest of the built-in layout stays")
    }

    @Test func aSiteTemplateReplacesTheIndex() throws {
        let templates = try Self.templates([
            "index": "<h1>{{site.title}}</h1>\n{{#articles}}<a href=\"{{href}}\">{{title}}</a> {{{publishedLine}}}\n{{/articles}}",
        ]).get()
        let html = SiteIndex(site: Self.publication.site, templates: templates).render(Self.publication.articles)
        #expect(html.hasPrefix("<h1>Kliniek Voorbeeld</h1>\n<a href=\"eerste/index.html\">Hoe werkt ketamine?</a> Gepubliceerd op <time"))
    }

    // MARK: - Errors

    @Test(arguments: [
        ("{{#sections}}\n<h2>{{heading}}</h2>\n", "site/templates/article.mustache:1:1: error: section 'sections' is never closed (add '{{/sections}}')"),
        ("<p>\n  {{#sections}}{{/claims}}", "site/templates/article.mustache:2:16: error: '{{/claims}}' does not close the section 'sections' opened at 2:3"),
        ("{{/sections}}", "site/templates/article.mustache:1:1: error: '{{/sections}}' closes no open section"),
        ("<title>{{title</title>", "site/templates/article.mustache:1:15: error: a tag is not closed with '}}', or its name has a character a name cannot have"),
        ("<p>{{titel}}</p>", "site/templates/article.mustache:1:4: error: unknown name 'titel' (did you mean 'title'?)"),
        ("{{#sections}}{{headng}}{{/sections}}", "site/templates/article.mustache:1:14: error: unknown name 'headng' (did you mean 'heading'?)"),
        ("{{summary.clams}}", "site/templates/article.mustache:1:1: error: unknown name 'summary.clams' (did you mean 'summary.claims'?)"),
        ("\n\n  {{> partials/clam}}", "site/templates/article.mustache:3:3: error: unknown partial 'partials/clam' (did you mean 'partials/claim'?); a partial is a template named by its path below 'templates/' without '.mustache'"),
        // Text in triple braces would write an editor's `<img onerror=…>` into the page as HTML.
        ("<h1>{{{title}}}</h1>", "site/templates/article.mustache:1:5: error: 'title' is text, not HTML, and would be written without escaping: "
            + "write {{title}}; triple braces (and {{&…}}) are only for the names marked HTML in Docs/Templates.md"),
        ("{{#sections}}{{& heading}}{{/sections}}", "site/templates/article.mustache:1:14: error: 'heading' is text, not HTML, and would be written without escaping: "
            + "write {{heading}}; triple braces (and {{&…}}) are only for the names marked HTML in Docs/Templates.md"),
    ])
    func aBrokenTemplateIsALocatedError(template: String, expected: String) {
        #expect(Self.errors(["article": template]) == [expected])
    }

    @Test func aNameOfTheOtherPageIsAnError() {
        #expect(Self.errors(["index": "{{#sections}}{{/sections}}"])
            == ["site/templates/index.mustache:1:1: error: unknown name 'sections'; the names a page's template can use are listed in Docs/Templates.md"])
    }

    @Test func aBuiltInPartialUsedOutsideItsSectionIsReportedWhereItIsIncluded() {
        let errors = Self.errors(["article": "<ol>\n{{> partials/claim}}\n</ol>\n"])
        #expect(errors.first == "site/templates/article.mustache:2:1: error: unknown name 'anchor' (did you mean 'anchors'?) "
            + "(in the built-in partial 'partials/claim', which is included here)")
        #expect(errors.allSatisfy { $0.hasPrefix("site/templates/article.mustache:2:1: error: unknown name '") })
    }

    /// A site's own partial used outside its section: the errors are in the partial, each with a
    /// note at the place that includes it, where the mistake is.
    @Test func aSitesPartialUsedOutsideItsSectionNamesWhereItIsIncluded() throws {
        guard case .failure(let problems) = Self.templates([
            "article": "<ol>\n{{> partials/mine}}\n</ol>\n", "partials/mine": "<li>{{text}}</li>\n",
        ]) else {
            Issue.record("a partial outside its section was accepted")
            return
        }
        let error = try #require(problems.diagnostics.first)
        #expect(error.file == "site/templates/partials/mine.mustache" && error.message.hasPrefix("unknown name 'text'"), "\(error)")
        #expect(error.notes.map(\.message) == ["'partials/mine' is included here"])
        #expect(error.notes.first?.span.file == "site/templates/article.mustache" && error.notes.first?.span.start.line == 2 && error.notes.first?.span.start.column == 1)
    }

    @Test func transformsAndTheCurrentValueAreNames() throws {
        let templates = try Self.templates(["article": "{{uppercased(title)}} {{#sections}}{{#first()}}{{heading}}{{/first()}}{{/sections}} {{#category}}{{.}}{{/category}}\n"]).get()
        #expect(Self.page(templates) == "HOE WERKT KETAMINE? Een ander mechanisme Behandeling\n")
    }

    // MARK: - The article's image

    static func withImage(_ url: String) -> Article {
        let a = article
        return Article(file: a.file, slug: a.slug, title: a.title, description: a.description, language: a.language, published: a.published,
                       modified: a.modified, review: a.review, authors: a.authors, category: a.category, keywords: a.keywords,
                       image: ImageReference(url: url, alt: "Een \"brein\" & zenuwen"), audience: a.audience, specialty: a.specialty,
                       about: a.about, sections: a.sections, references: a.references, span: a.span)
    }

    @Test(arguments: [
        ("images/brein.jpg", "../images/brein.jpg"),
        ("./images/brein.jpg", "../images/brein.jpg"),
        ("/images/brein.jpg", "../images/brein.jpg"),
        ("https://www.kliniek.example/media/brein.jpg", "../media/brein.jpg"),
    ])
    func theImageOfTheSiteIsShownWithItsAlt(url: String, src: String) {
        let html = Self.page(.builtIn, Self.withImage(url))
        #expect(html.contains("<figure class=\"article-image\"><img src=\"\(src)\" alt=\"Een &quot;brein&quot; &amp; zenuwen\"></figure>\n"))
    }

    @Test func anImageFromElsewhereIsALinkWithItsAltAndIsNotLoaded() {
        let html = Self.page(.builtIn, Self.withImage("https://cdn.example.org/brein.jpg"))
        #expect(!html.contains("<img "))
        #expect(html.contains("<p class=\"image-note\"><span class=\"label\">Afbeelding hier niet geladen; beschrijving:</span> "
            + "<a href=\"https://cdn.example.org/brein.jpg\">Een &quot;brein&quot; &amp; zenuwen</a></p>\n"))
    }
}
