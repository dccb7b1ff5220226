// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import Foundation
@testable import HTMLExport
import JSONLDExport
import InterfaceText
import ModelFixtures
import Testing

@Suite struct ArticlePageTests {
    static let publication = SamplePublication.standard()
    static let article = publication.articles[0]

    static func render(_ publication: Publication = publication, _ article: Article = article, svg: String? = nil) -> String {
        ArticlePage(publication: publication).render(article, jsonLD: PageGraph(publication: publication).document(for: article), claimsSVG: svg)
    }

    @Test func headDescribesThePage() {
        let head = PageText(Self.render()).head
        #expect(Self.render().hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(head.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"))
        #expect(head.contains("<title>Hoe werkt ketamine? — Kliniek Voorbeeld</title>\n"))
        #expect(head.contains("<meta name=\"description\" content=\"Het effect op je hersenen.\">\n"))
        #expect(head.contains("<link rel=\"canonical\" href=\"https://www.kliniek.example/eerste/\">\n"))
        #expect(head.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS-feed\" href=\"../feed.xml\">\n"))
        #expect(head.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom-feed\" href=\"../atom.xml\">\n"))
        #expect(head.contains("<link rel=\"alternate\" type=\"application/feed+json\" title=\"JSON Feed\" href=\"../feed.json\">\n"))
    }

    /// The footer tells a reader whom its technical links are for, in plain words, before it
    /// names the formats.
    @Test func theFooterSaysItsLinksAreForPrograms() {
        let html = Self.render()
        let footer = String(html[html.range(of: "<footer class=\"site-footer\">")!.lowerBound...])
        #expect(footer.contains("<p>Gemaakt met ldpub. Voor zoekmachines en andere programma’s: <a href=\"index.jsonld\">JSON-LD</a> "))
        #expect(footer.contains("<a href=\"claims.dot\">de beweringen en hun bronnen als Graphviz-bestand (DOT)</a>."))
        #expect(!footer.contains("YAML"))
    }

    @Test func theJSONLDScriptIsExactlyTheSnippet() {
        let html = Self.render()
        let snippet = PageGraph(publication: Self.publication).htmlSnippet(for: Self.article)
        let document = PageGraph(publication: Self.publication).document(for: Self.article)
        #expect(snippet == PageGraph.htmlSnippet(of: document))
        #expect(html.contains("</style>\n" + snippet + "</head>\n<body>\n"))
        #expect(PageText(html).count("<script") == 1)
    }

    @Test func thePageIsInTheArticlesLanguageAndHasOneH1() {
        let page = PageText(Self.render())
        #expect(page.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n"))
        #expect(page.body.contains("<article aria-labelledby=\"title\">\n"))
        #expect(page.count("<h1") == 1)
        #expect(page.body.contains("<h1 id=\"title\">Hoe werkt ketamine?</h1>\n"))
        #expect(page.headingLevels == [1, 2, 2, 3, 2, 3, 2, 2])
        let second = SamplePublication.standard().articles[1]
        let english = PageText(Self.render(Self.publication, second))
        #expect(english.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(english.body.contains("<dt>Published</dt>"))
        #expect(english.body.contains("<h2 id=\"sources\">Sources</h2>"))
        #expect(!english.body.contains("lang=\"en\""))
    }

    @Test func headingsNeverSkipALevel() throws {
        let clinic = try TestSite.clinic()
        let pages = [Self.render(), Self.render(SamplePublication.minimal(), SamplePublication.minimal().articles[0]),
                     Self.render(try TestSite.sample(), try TestSite.sample().articles[0])] + clinic.articles.map { Self.render(clinic, $0) }
        for html in pages {
            let levels = PageText(html).headingLevels
            #expect(levels.first == 1)
            #expect(levels.filter { $0 == 1 }.count == 1)
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "h\(previous) followed by h\(next)")
            }
        }
    }

    @Test func theDetailsOfTheArticleAreShown() {
        let header = PageText(Self.render()).slice(from: "<header>\n<p class=\"kicker\"", to: "</header>")
        #expect(header.contains("<p class=\"kicker\">Artikel met bronnen</p>"))
        #expect(header.contains("<dt>Gepubliceerd</dt><dd><time datetime=\"2025-12-30\">30 december 2025</time></dd>\n"))
        #expect(header.contains("<dt>Bijgewerkt</dt><dd><time datetime=\"2025-12-31T09:30:00+01:00\">31 december 2025 om 09:30 +01:00</time></dd>\n"))
        // Who wrote and who reviewed it link to their pages (site.yaml's `url`), for readers to check.
        #expect(header.contains("<dt>Auteur</dt><dd lang=\"nl\"><a href=\"https://www.kliniek.example/redactie/\">Redactie</a></dd>\n"))
        #expect(header.contains("<dt>Medisch gecontroleerd</dt><dd><span lang=\"nl\"><a href=\"https://www.kliniek.example/team/jan/\">Jan Jansen</a></span>, "
            + "<time datetime=\"2025-12-30\">30 december 2025</time></dd>\n"))
        #expect(header.contains("<dt>Categorie</dt><dd>Behandeling</dd>\n"))
        #expect(header.contains("<figure class=\"article-image\"><img src=\"../images/brein.jpg\" alt=\"Abstracte weergave van hersenactiviteit\"></figure>\n"))
        #expect(header.contains("<h2 id=\"evidence\">Onderbouwing in het kort</h2>"))
        #expect(header.contains("<li><strong>3 beweringen</strong>: 1 ondersteund door een bron, 1 zonder bronvermelding, "
                                + "1 met alleen bronnen die tegenspreken of noemen.</li>\n"))
        #expect(header.contains("<li><strong>4 bronnen</strong>, 1 bij geen bewering genoemd.</li>\n"))
    }

    @Test func claimsAreNumberedInTheirSections() {
        let page = PageText(Self.render())
        let first = page.slice(from: "<section class=\"article-section\" aria-labelledby=\"een-ander-mechanisme\">", to: "</section>")
        let second = page.slice(from: "<section class=\"article-section\" aria-labelledby=\"wat-we-nog-niet-weten\">", to: "</section>")
        #expect(first.contains("<h2 id=\"een-ander-mechanisme\">Een ander mechanisme</h2>\n<div class=\"prose\">\n<p>Ketamine werkt <em>anders</em>."))
        #expect(first.contains("<ol class=\"claim-list\" start=\"1\" aria-labelledby=\"claims-of-een-ander-mechanisme\">"))
        #expect(first.contains("<li id=\"claim-nmda\" class=\"claim supported\" value=\"1\">\n<p class=\"claim-head\"><span class=\"claim-number\">Bewering 1</span> "))
        #expect(first.contains("<li id=\"claim-snel\" class=\"claim unsupported\" value=\"2\">\n<p class=\"claim-head\"><span class=\"claim-number\">Bewering 2</span> "))
        #expect(!first.contains("claim-hnk"))
        #expect(second.contains("<ol class=\"claim-list\" start=\"3\" aria-labelledby=\"claims-of-wat-we-nog-niet-weten\">"))
        #expect(second.contains("<li id=\"claim-hnk\" class=\"claim unsupported\" value=\"3\">\n<p class=\"claim-head\"><span class=\"claim-number\">Bewering 3</span> "))
        #expect(second.contains("<h3 id=\"claims-of-wat-we-nog-niet-weten\">Bewering in dit onderdeel</h3>"))
        #expect(first.contains("<h3 id=\"claims-of-een-ander-mechanisme\">Beweringen in dit onderdeel</h3>"))
    }

    @Test func everyClaimSaysWhatIsTrueOfItsSourcesInWords() {
        let page = PageText(Self.render())
        let supported = page.slice(from: "<li id=\"claim-nmda\"", to: "</li>\n</ul>\n</li>")
        #expect(supported == """
            <li id="claim-nmda" class="claim supported" value="1">
            <p class="claim-head"><span class="claim-number">Bewering 1</span> <span class="claim-status">Ondersteund door 1 bron</span></p>
            <p class="claim-text">Ketamine blokkeert de NMDA-receptor.<sup class="cite"><a href="#ref-li2010">[1]<span class="visually-hidden"> Li et al. 2010</span></a></sup>\
            <sup class="cite"><a href="#ref-shared2020">[2]<span class="visually-hidden"> Trimbos-instituut 2020</span></a></sup></p>
            <ul class="claim-sources" aria-label="Bronnen bij bewering 1">
            <li><a href="#ref-li2010">[1] Li et al. 2010</a>, p. 960 <span class="relation supports">ondersteunt</span></li>
            <li><a href="#ref-shared2020">[2] Trimbos-instituut 2020</a> <span class="relation mentions">noemt</span></li>
            </ul>
            </li>
            """)
        let unsourced = page.slice(from: "<li id=\"claim-snel\"", to: "</li>\n")
        #expect(unsourced.contains("<span class=\"claim-status\">Geen bron genoemd</span>"))
        let disputed = page.slice(from: "<li id=\"claim-hnk\"", to: "</ul>\n</li>")
        #expect(disputed.contains("<span class=\"claim-status\">De genoemde bronnen spreken deze bewering alleen tegen of noemen haar</span>"))
        #expect(disputed.contains("<li><a href=\"#ref-zanos2016\">[3] Zanos &amp; Gould 2016</a> <span class=\"relation disputes\">spreekt tegen</span></li>"))
        let english = PageText(Self.render(Self.publication, Self.publication.articles[1])).body
        #expect(english.contains("<li>The article makes no claims.</li>"))
    }

    @Test func theReaderPageHasNoAlarmAndNoInternalIds() throws {
        for (publication, article) in [(Self.publication, Self.article), (try TestSite.sample(), try TestSite.sample().articles[0])] {
            let page = PageText(Self.render(publication, article))
            let visible = page.visibleText
            #expect(!visible.contains("no source supports"))
            #expect(!visible.lowercased().contains("unsupported"))
            #expect(!page.body.contains("class=\"status"))
            #expect(!page.body.contains("class=\"weak"))
            for claim in article.claims where claim.id.contains("-") || claim.id.count > 4 {
                #expect(!visible.contains(claim.id), "claim id \(claim.id) in the visible text")
            }
        }
        #expect(!PageStyle.css.contains(".claim.unsupported { background"))
    }

    @Test func citationMarkersLinkToNumberedEntriesOfTheReferenceList() throws {
        for (publication, article) in [(Self.publication, Self.article), (try TestSite.sample(), try TestSite.sample().articles[0])] {
            let page = PageText(Self.render(publication, article))
            let list = page.slice(from: "<ol class=\"references\">", to: "</ol>")
            let entries = PageText(list).attributeValues("id")
            // Each marker's name for screen readers is "[n] Author year", the entry's label.
            let markers = page.matches(of: ##"<sup class="cite"><a href="#([^"]+)">\[([0-9]+)\]<span class="visually-hidden"> ([^<]+)</span></a></sup>"##)
            #expect(!markers.isEmpty)
            for marker in markers {
                let number = try #require(Int(marker[1]))
                #expect(entries.indices.contains(number - 1), "marker [\(number)] has no entry")
                #expect(entries[number - 1] == marker[0], "marker [\(number)] links to \(marker[0]), entry \(number) is \(entries[number - 1])")
                #expect(list.contains("value=\"\(number)\">\n<p class=\"citation\"><strong>\(marker[2])</strong>"),
                        "marker [\(number)] is named '\(marker[2])', not as its entry")
            }
        }
    }

    @Test func everySourceLinkPointsIntoTheReferenceList() {
        let page = PageText(Self.render())
        let ids = Set(page.attributeValues("id"))
        for target in page.attributeValues("href") where target.hasPrefix("#") {
            #expect(ids.contains(String(target.dropFirst())), "no element with id \(target)")
        }
        #expect(ids.count == page.attributeValues("id").count, "ids are unique")
    }

    @Test func theReferenceListIsFormattedLikeCitations() {
        let sources = PageText(Self.render()).slice(from: "<h2 id=\"sources\">Bronnen</h2>", to: "</section>")
        #expect(sources == """
            <h2 id="sources">Bronnen</h2>
            <ol class="references">
            <li id="ref-li2010" class="reference" value="1">
            <p class="citation"><strong>Li et al. 2010</strong> · Li N, Lee B, Liu RJ (2010). mTOR-dependent synapse formation underlies \
            the rapid antidepressant effects of NMDA antagonists. <i>Science</i> 329(5994):959-964.
            <span class="links"><a href="https://doi.org/10.1126/science.1190287">https://doi.org/10.1126/science.1190287</a> · \
            <a href="https://pubmed.ncbi.nlm.nih.gov/20724638/">PubMed 20724638</a></span></p>
            <p class="cited-by">Genoemd bij <a href="#claim-nmda">bewering 1</a> (ondersteunt)</p>
            </li>
            <li id="ref-shared2020" class="reference" value="2">
            <p class="citation"><strong>Trimbos-instituut 2020</strong> · Trimbos-instituut (2020). <cite>Gedeeld rapport</cite>.
            <span class="links"><a href="https://www.trimbos.example/rapport">https://www.trimbos.example/rapport</a></span></p>
            <p class="cited-by">Genoemd bij <a href="#claim-nmda">bewering 1</a> (noemt)</p>
            </li>
            <li id="ref-zanos2016" class="reference" value="3">
            <p class="citation"><strong>Zanos &amp; Gould 2016</strong> · Zanos P, Gould TD (2016). NMDAR inhibition-independent \
            antidepressant actions of ketamine metabolites. <i>Nature</i> 533(7604):481-486.
            <span class="links"><a href="https://doi.org/10.1038/nature17998">https://doi.org/10.1038/nature17998</a></span></p>
            <p class="cited-by">Genoemd bij <a href="#claim-hnk">bewering 3</a> (spreekt tegen)</p>
            </li>
            <li id="ref-kompas" class="reference uncited" value="4">
            <p class="citation"><strong>Zorginstituut Nederland z.d.</strong> · <cite>Ketamine</cite> (z.d.). Zorginstituut Nederland.
            <span class="links"><a href="https://www.farmacotherapeutischkompas.nl/">https://www.farmacotherapeutischkompas.nl/</a> \
            (geraadpleegd op 30 december 2025)</span></p>
            <p class="cited-by">Vermeld bij het artikel; geen bewering noemt deze bron.</p>
            </li>
            </ol>
            </section>
            """)
    }

    @Test func thePageLinksToTheIndexTheFeedsAndTheGraph() {
        let body = PageText(Self.render()).body
        #expect(body.contains("<p class=\"site-name\"><a href=\"../index.html\" lang=\"nl\">Kliniek Voorbeeld</a></p>"))
        #expect(body.contains("<li><a href=\"../index.html\">Alle artikelen</a></li>"))
        #expect(body.contains("<li><a href=\"../feed.xml\">RSS-feed</a></li>"))
        #expect(body.contains("<li><a href=\"../atom.xml\">Atom-feed</a></li>"))
        #expect(body.contains("<li><a href=\"../feed.json\">JSON Feed</a></li>"))
        #expect(body.contains("· <a href=\"../index.html\">Alle artikelen</a></p>"))
        #expect(body.contains("<li><a href=\"claims.dot\" download>Het schema in Graphviz DOT (claims.dot)</a></li>"))
        #expect(body.contains("<a href=\"index.jsonld\">JSON-LD</a>"))
    }

    /// Without a drawing, a plain sentence offers the DOT file: no warning box, which readers
    /// would take for a problem with the article.
    @Test func withoutASVGThePageOffersTheDOT() {
        let graph = PageText(Self.render()).slice(from: "<h2 id=\"claims-graph\">", to: "</section>")
        #expect(graph.contains("<p>Het schema van de beweringen en hun bronnen is er als bestand voor Graphviz:</p>"))
        #expect(!graph.contains("class=\"note\""))
        #expect(graph.contains("<a href=\"claims.dot\" download>"))
        #expect(!graph.contains("<svg"))
        #expect(!graph.contains("claims.svg"))
    }

    /// "Updated" only for an article that gives `modified`: a page never says an article was
    /// updated on the day it was published when nobody said so.
    /// A patient reads "No source cited" on a safety warning as "unproven": the summary says what
    /// it means, in the page's words, when a claim cites no source (and only then).
    @Test func theSummarySaysWhatNoSourceCitedMeans() {
        let first = PageText(Self.render()).body
        #expect(first.contains("<p>‘Geen bron genoemd’ betekent dat het artikel bij die bewering geen bron vermeldt; het zegt niet dat de bewering onjuist is.</p>"), "\(first)")
        let second = PageText(Self.render(Self.publication, Self.publication.articles[1])).body
        #expect(!second.contains("means that the article gives no source"), "\(second)")
    }

    @Test func onlyAModifiedArticleSaysWhenItWasUpdated() {
        let first = PageText(Self.render()).body
        #expect(first.contains("<dt>Bijgewerkt</dt><dd><time datetime=\"2025-12-31T09:30:00+01:00\">"), "\(first)")
        let second = PageText(Self.render(Self.publication, Self.publication.articles[1])).body
        #expect(second.contains("<dt>Published</dt>"), "\(second)")
        #expect(!second.contains("<dt>Updated</dt>"), "\(second)")
    }

    /// The drawing on a reader's page marks a claim without a supporting source in grey, as the
    /// page's text does, not in the graph's red (the claims.svg file keeps it, for editors): the
    /// page's style sheet recolours the drawing's red, and its explanation says grey.
    @Test func theDrawingOnAReadersPageIsNotRed() {
        let page = Self.render(svg: "<svg><text fill=\"red\">x</text><path stroke=\"red\"/></svg>")
        #expect(page.contains(".graph-frame svg [stroke=\"red\"] { stroke: var(--muted); }"))
        #expect(page.contains(".graph-frame svg [fill=\"red\"] { fill: var(--muted); }"))
        let explanation = PageText(page).slice(from: "<h2 id=\"claims-graph\">", to: "<div class=\"graph-frame\">")
        #expect(explanation.contains("Een bewering met een dikke grijze rand heeft geen ondersteunende bron"), "\(explanation)")
        for catalog in [MessageCatalog(language: "nl"), MessageCatalog(language: "en")] {
            let text = catalog[.graphExplanation].lowercased()
            #expect(!text.contains("red") && !text.contains("rode") && !text.contains("rood"), "\(text)")
        }
    }

    @Test func aGraphvizSVGIsInlinedWithoutItsPrologue() {
        let svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
             "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Generated by graphviz version 2.43.0 (0)
             -->
            <!-- Title: claims Pages: 1 -->
            <svg width="62pt" height="44pt"
             viewBox="0.00 0.00 62.00 44.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 40)">
            <title>claims</title>
            <!-- claim:eerste/snel -->
            <g id="node1" class="node">
            <title>claim:eerste/snel</title>
            <text text-anchor="middle" x="27" y="-14.3" fill="#b00020">Fish &amp; &lt;Chips&gt;</text>
            </g>
            </g>
            </svg>

            """
        let graph = PageText(Self.render(svg: svg)).slice(from: "<h2 id=\"claims-graph\">", to: "</section>")
        // Graphviz's node names (`claim:eerste/snel`) would show as tooltips: they are not on the page.
        #expect(!graph.contains("<title>"))
        #expect(graph.contains("""
            <div class="graph-frame">
            <svg role="img" aria-label="Schema van de 3 beweringen van het artikel en de bronnen die ze noemen" width="62pt" height="44pt"
             viewBox="0.00 0.00 62.00 44.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <g id="claims-graph--graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 40)">
            <g id="claims-graph--node1" class="node">
            <text text-anchor="middle" x="27" y="-14.3" fill="#b00020">Fish &amp; &lt;Chips&gt;</text>
            </g>
            </g>
            </svg>
            </div>
            """))
        #expect(!graph.contains("<?xml"))
        #expect(!graph.contains("DOCTYPE"))
        #expect(!graph.contains("<!--"))
        #expect(graph.contains("<li><a href=\"claims.svg\">Het schema als SVG-bestand</a></li>"))
        #expect(graph.contains("<li><a href=\"claims.dot\" download>Het schema in Graphviz DOT (claims.dot)</a></li>"))
        #expect(!graph.contains("class=\"note\""))
    }

    @Test(.enabled(if: TestSite.graphviz != nil, "Graphviz 'dot' is not on PATH"))
    func graphvizOutputIsInlined() throws {
        let publication = try TestSite.sample()
        let article = publication.articles[0]
        let svg = try #require(TestSite.graphviz).renderSVG(ArticleClaimGraph(publication: publication).render(article))
        let page = PageText(Self.render(publication, article, svg: svg))
        #expect(page.count("<svg role=\"img\" aria-label=\"Schema van de 24 beweringen") == 1)
        #expect(page.count("</svg>") == 1)
        #expect(!page.html.contains("<?xml"))
        #expect(!page.html.contains("<!DOCTYPE svg"))
        for id in page.attributeValues("id") where id.hasPrefix("graph") || id.hasPrefix("node") || id.hasPrefix("edge") || id.hasPrefix("clust") {
            Issue.record("unprefixed SVG id \(id)")
        }
        #expect(Set(page.attributeValues("id")).count == page.attributeValues("id").count)
    }

    @Test func thePageLoadsNothingFromElsewhere() throws {
        for html in [Self.render(), Self.render(try TestSite.sample(), try TestSite.sample().articles[0])] {
            let page = PageText(html)
            // The article's own image, one of the site's files, relative to the page.
            #expect(page.attributeValues("src").count == 1)
            #expect(page.attributeValues("src").allSatisfy { $0.hasPrefix("../images/") })
            #expect(page.count("<img ") == 1)
            #expect(!html.contains("<iframe"))
            #expect(!html.contains("url("))
            #expect(!html.contains("@import"))
            #expect(!html.contains("rel=\"stylesheet\""))
            #expect(page.count("<script") == 1)
            #expect(page.count("<script type=\"application/ld+json\">") == 1)
            #expect(page.count("<link ") == 4)
        }
    }

    @Test func bodyImagesShowTheirDescriptionInstead() {
        let prose = PageText(Self.render()).slice(from: "<div class=\"prose\">", to: "</div>")
        #expect(prose.contains("Zie <a href=\"https://www.kliniek.example/eerste/bronnen/#li\">de bron</a> en "
            + "<span class=\"image-note inline\"><span class=\"label\">Afbeelding niet geladen:</span> schema</span>.</p>"))
        #expect(SectionBody.replacingImages(in: "<p><img src=\"a.png\" alt=\"&quot;x&quot; &amp; y\" title=\"t\" /> and <img src=\"b.png\" alt=\"\" /></p>",
                                            catalog: .english)
            == "<p><span class=\"image-note inline\"><span class=\"label\">Image not loaded:</span> &quot;x&quot; &amp; y</span> and "
            + "<span class=\"image-note inline\"><span class=\"label\">Image not loaded:</span> (no description)</span></p>")
    }

    @Test func aMinimalArticleStillMakesACompletePage() {
        let publication = SamplePublication.minimal()
        let html = Self.render(publication, publication.articles[0])
        #expect(html.contains("<dt>Medical review</dt><dd>No medical review is recorded</dd>"))
        #expect(html.contains("<li>The article makes no claims.</li>"))
        #expect(html.contains("<p>The article cites no sources.</p>"))
        #expect(!html.contains("<dt>Author"))
        #expect(!html.contains("class=\"claims\""))
        #expect(html.contains("<h2 id=\"one\">One</h2>\n</section>"))
    }

    @Test func pageIdsAvoidSectionAnchors() {
        let base = SamplePublication.standard().articles[0]
        let span = base.span
        let sections = [
            Section(heading: "Sources", anchor: "sources", body: "", span: span),
            Section(heading: "Claim", anchor: "claim-nmda", body: "", claims: base.claims, span: span),
            Section(heading: "Ref", anchor: "ref-li2010", body: "", span: span),
        ]
        let article = Article(file: base.file, slug: base.slug, title: base.title, description: base.description, published: base.published,
                              authors: base.authors, sections: sections, references: base.references, span: span)
        let publication = Publication(site: SamplePublication.standard().site, articles: [article])
        let page = PageText(Self.render(publication, article))
        let ids = page.attributeValues("id")
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(ids.contains("sources-2"))
        #expect(ids.contains("claim-nmda-2"))
        #expect(ids.contains("ref-li2010-2"))
        #expect(page.html.contains("<a href=\"#ref-li2010-2\">[1] Li et al. 2010</a>, p. 960"))
        for target in page.attributeValues("href") where target.hasPrefix("#") {
            #expect(ids.contains(String(target.dropFirst())))
        }
    }

    @Test func renderingIsDeterministicLFOnlyWithAFinalNewline() throws {
        let sample = try TestSite.sample()
        for (publication, article) in [(Self.publication, Self.article), (sample, sample.articles[0])] {
            let first = Self.render(publication, article)
            #expect(first == Self.render(publication, article))
            #expect(!first.contains("\r"))
            #expect(first.hasSuffix("</html>\n"))
        }
    }
}
