// ldpub — MIT licence.

import Foundation
import LinkedDataValidation
import Testing

@Suite struct HTMLJSONLDScriptsTests {
    /// The contents of the page's JSON-LD scripts, with where each starts.
    func scripts(_ page: String) -> [String] {
        let bytes = Array(page.utf8)
        return HTMLJSONLDScripts.find(in: bytes).map { "\($0.position) \(String(decoding: bytes[$0.content], as: UTF8.self))" }
    }

    @Test func attributesInAnyOrderQuotingAndCase() {
        let page = """
        <!DOCTYPE html><html><head>
        <SCRIPT id=a TYPE = 'Application/LD+JSON; charset=utf-8' nonce="x">{"a":1}</SCRIPT >
        <script data-x="type=application/ld+json" type=application/ld+json>[2]</script>
        <script async type="application/ld+json"/>3</script\t>
        </head></html>
        """
        #expect(scripts(page) == [#"2:68 {"a":1}"#, "3:68 [2]", "4:43 3"])
    }

    @Test func otherScriptsCommentsAndRawTextAreSkipped() {
        let page = """
        <script>var s = '<script type="application/ld+json">{}</scr' + 'ipt>';</script>
        <!-- <script type="application/ld+json">{"commented": true}</script> -->
        <style>/* <script type="application/ld+json">{}</script> */</style>
        <title><script type="application/ld+json">{}</script></title>
        <script type="text/javascript">1</script><script type="application/json">{}</script>
        <p title="<script type='application/ld+json'>">é <script type="application/ld+json">
        {"b": "</scripts> stays"}
        </script>
        """
        #expect(scripts(page) == ["6:85 \n{\"b\": \"</scripts> stays\"}\n"])
    }

    @Test func anUnclosedScriptRunsToTheEndOfThePage() {
        #expect(scripts(#"<script type="application/ld+json">{"#) == ["1:36 {"])
        #expect(scripts("<p>no scripts</p>") == [])
    }

    @Test func problemsAreLocatedInThePage() throws {
        let page = """
        <html><head><title>Yoast</title>
        <script type="application/ld+json" class="yoast-schema-graph">{"@context": "https://schema.org",
          "@type": "Person", "name": "A",}</script>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Persn", "@id": "x:p"}</script>
        </head></html>
        """
        let checked = try #require(DocumentChecker().checkPage(contents: Data(page.utf8), path: "page.html"))
        #expect(checked.kind == .html)
        #expect(checked.problems.map(\.description) == [
            "page.html:3:34: error: invalid JSON: a trailing comma before '}'",
            // A problem of the vocabulary points into the script: at the type, here.
            "page.html:4:80: error: x:p: unknown type 'Persn' (did you mean 'Person'?)",
        ])
    }

    @Test func aPageWithoutJSONLDIsAWarningOnlyWhenNamed() throws {
        let page = Data("<p>nothing</p>".utf8)
        #expect(DocumentChecker().checkPage(contents: page, path: "p.html", named: false) == nil)
        #expect(DocumentChecker().checkPage(contents: page, path: "p.html")?.problems.map(\.description) == [
            #"p.html: warning: no <script type="application/ld+json"> element, so no JSON-LD to check"#,
        ])
    }
}
