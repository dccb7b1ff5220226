// ldpub — MIT licence.

import MarkdownRendering
import Testing

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x" title='y'>Fish & Chips</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Fish &amp; Chips&lt;/a&gt;")
    }

    @Test func escapesAlreadyEscapedTextAgain() {
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
    }

    @Test(arguments: ["", "plain", "emoji 🧠💊", "עברית", "line\nbreak\ttab", "back\\slash"])
    func leavesOtherTextAlone(_ text: String) {
        #expect(HTMLEscaping.escape(text) == text)
    }
}
