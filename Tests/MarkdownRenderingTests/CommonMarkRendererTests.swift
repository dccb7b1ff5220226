// ldpub — MIT licence.

import MarkdownRendering
import Testing

@Suite struct CommonMarkRendererTests {
    let renderer = CommonMarkRenderer()
    let page = "https://www.kliniek.example/eerste/"

    /// A stand-in for `URLResolution.resolve` (this module does not know the model): prefixes
    /// relative references with the page URL.
    func prefixRelative(_ url: String) -> String {
        url.contains(":") || url.hasPrefix("/") ? url : page + url
    }

    @Test func rendersCommonMark() {
        #expect(renderer.html(from: "Ketamine werkt *anders*.\n\n- een\n- **twee**") == """
            <p>Ketamine werkt <em>anders</em>.</p>
            <ul>
            <li>een</li>
            <li><strong>twee</strong></li>
            </ul>

            """)
    }

    @Test func emptyDocumentIsEmpty() {
        #expect(renderer.html(from: "") == "")
        #expect(renderer.html(from: "\n\n  \n") == "")
    }

    @Test func rewritesLinkAndImageURLs() {
        let html = renderer.html(from: "Zie [de bron](bronnen/#li) en ![schema](img/schema.png).", resolvingURLsWith: prefixRelative)
        #expect(html == """
            <p>Zie <a href="https://www.kliniek.example/eerste/bronnen/#li">de bron</a> en \
            <img src="https://www.kliniek.example/eerste/img/schema.png" alt="schema" />.</p>

            """)
    }

    @Test func rewritesReferenceLinksAndAutolinks() {
        var seen: [String] = []
        let html = renderer.html(from: "[ref][1] <https://example.org/a> <mail@example.org> [leeg]()\n\n[1]: ../x?q=1 \"T\"") {
            seen.append($0)
            return $0.isEmpty ? self.page : self.prefixRelative($0)
        }
        #expect(seen == ["../x?q=1", "https://example.org/a", "mailto:mail@example.org", ""])
        #expect(html.contains(#"<a href="https://www.kliniek.example/eerste/../x?q=1" title="T">ref</a>"#))
        #expect(html.contains(#"<a href="https://example.org/a">https://example.org/a</a>"#))
        #expect(html.contains(#"<a href="https://www.kliniek.example/eerste/">leeg</a>"#))
    }

    @Test func keepsURLsWithoutResolver() {
        #expect(renderer.html(from: "[x](bronnen/#li)") == "<p><a href=\"bronnen/#li\">x</a></p>\n")
    }

    @Test func resolvedURLsAreEscapedByCmark() {
        let html = renderer.html(from: "[x](a)") { _ in "https://example.org/?a=1&b=\"2\" <c>" }
        #expect(html == "<p><a href=\"https://example.org/?a=1&amp;b=%222%22%20%3Cc%3E\">x</a></p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "jav&#x61;script:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4="])
    func dropsDangerousURLs(_ url: String) {
        let html = renderer.html(from: "[klik](\(url)) ![img](\(url))", resolvingURLsWith: prefixRelative)
        #expect(html == "<p><a href=\"\">klik</a> <img src=\"\" alt=\"img\" /></p>\n")
    }

    @Test func omitsRawHTML() {
        let html = renderer.html(from: "<script>alert(1)</script>\n\nTekst <b onclick=\"x()\">vet</b> en </script>.")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("vet"))
    }

    @Test func escapesText() {
        #expect(renderer.html(from: #"a < b & c > d "q" ]]> \<x>"#) == "<p>a &lt; b &amp; c &gt; d &quot;q&quot; ]]&gt; &lt;x&gt;</p>\n")
        #expect(renderer.html(from: "```\n</script> ]]>\n```") == "<pre><code>&lt;/script&gt; ]]&gt;\n</code></pre>\n")
    }

    @Test func keepsUnicode() {
        #expect(renderer.html(from: "emoji 🧠💊 עברית و العربية") == "<p>emoji 🧠💊 עברית و العربية</p>\n")
    }

    @Test func replacesNUL() {
        #expect(renderer.html(from: "a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
    }

    @Test func rendersConcurrently() async {
        let renderer = self.renderer
        let results = await withTaskGroup(of: String.self) { group in
            for index in 0..<32 {
                group.addTask { renderer.html(from: "*\(index % 2)* [x](y)") { "https://example.org/" + $0 } }
            }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(Set(results) == [
            "<p><em>0</em> <a href=\"https://example.org/y\">x</a></p>\n",
            "<p><em>1</em> <a href=\"https://example.org/y\">x</a></p>\n",
        ])
    }
}
