// ldpub — MIT licence.

import ArticleModel
import FeedExport
import ModelFixtures
import Testing

@Suite struct ArticleHTMLTests {
    @Test func rendersSectionsWithAbsoluteURLs() {
        let publication = SamplePublication.standard()
        let article = publication.articles[0]
        #expect(ArticleHTML().render(article, pageURL: publication.pageURL(of: article)) == """
            <h2 id="een-ander-mechanisme">Een ander mechanisme</h2>
            <p>Ketamine werkt <em>anders</em>. Zie <a href="https://www.kliniek.example/eerste/bronnen/#li">de bron</a> \
            en <img src="https://www.kliniek.example/eerste/img/schema.png" alt="schema" />.</p>
            <h2 id="wat-we-nog-niet-weten">Wat we nog niet weten</h2>
            <p>Veel is <strong>onbekend</strong>.</p>
            """)
    }

    @Test func richBodyIsSafeAndAbsolute() {
        let publication = FeedFixtures.richBody()
        let article = publication.articles[0]
        let html = ArticleHTML().render(article, pageURL: publication.pageURL(of: article))
        #expect(html.contains(#"<a href="https://www.kliniek.example/rijk/bronnen/#li">de bron</a>"#))
        #expect(html.contains(#"<a href="https://www.kliniek.example/over/">de site</a>"#))
        #expect(html.contains(#"<a href="https://example.org/x?a=1&amp;b=2">elders</a>"#))
        #expect(html.contains(#"<img src="https://www.kliniek.example/rijk/img/schema.png" alt="schema" title="Schema" />"#))
        #expect(html.contains(#"<a href="https://www.kliniek.example/andere/">voetnoot</a>"#))
        #expect(html.contains(#"<a href="">klik</a>"#))
        #expect(!html.contains("javascript"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<pre><code>]]&gt; &lt;/script&gt; &amp; &lt;\n</code></pre>"))
    }

    @Test(arguments: SamplePublication.hostileTexts)
    func escapesHeadingsAndAnchors(_ text: String) {
        let publication = SamplePublication.hostile(text)
        let article = publication.articles[0]
        let html = ArticleHTML().render(article, pageURL: publication.pageURL(of: article))
        #expect(html.hasPrefix("<h2 id=\"section\">" + FeedFixtures.htmlEscapeForTest(text) + "</h2>\n"))
        #expect(!html.contains("<script"))
        #expect(!html.hasSuffix("\n"))
    }

    @Test func emptyBodyGivesOnlyTheHeading() {
        let publication = SamplePublication.minimal()
        #expect(ArticleHTML().render(publication.articles[0], pageURL: "https://minimal.example/min/") == "<h2 id=\"one\">One</h2>")
    }
}
