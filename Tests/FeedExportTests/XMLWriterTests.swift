// ldpub — MIT licence.

@testable import FeedExport
import Foundation
import ModelFixtures
import Testing

@Suite struct XMLWriterTests {
    func escaped(_ text: String, inAttribute: Bool) -> String {
        var bytes: [UInt8] = []
        XMLWriter.escape(text, inAttribute: inAttribute, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func document(text: String, attribute: String) -> String {
        var xml = XMLWriter()
        xml.element("root") { xml in
            xml.element("text", [("value", attribute)], text: text)
            xml.emptyElement("empty", [("a", attribute), ("b", "2")])
        }
        return xml.finish()
    }

    @Test func escapesMarkupCharacters() {
        #expect(escaped(#"a & b < c > d "e" 'f' ]]>"#, inAttribute: false) == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f' ]]&gt;")
        #expect(escaped(#"a & b < c > d "e" 'f'"#, inAttribute: true) == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
    }

    @Test func keepsWhitespaceExactly() {
        #expect(escaped("a\tb\nc\rd", inAttribute: false) == "a\tb\nc&#13;d")
        #expect(escaped("a\tb\nc\rd", inAttribute: true) == "a&#9;b&#10;c&#13;d")
    }

    @Test func dropsCharactersXMLCannotCarry() {
        let text = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"
        #expect(escaped(text, inAttribute: false) == "abcdefghi")
        #expect(escaped(text, inAttribute: true) == "abcdefghi")
        // Neighbours of the dropped ones stay.
        #expect(escaped("\u{7F}\u{FFFD}\u{EFFF}\u{10FFFF}é🧠", inAttribute: false) == "\u{7F}\u{FFFD}\u{EFFF}\u{10FFFF}é🧠")
    }

    @Test func writesIndentedElements() {
        #expect(document(text: "x", attribute: "y") == """
            <?xml version="1.0" encoding="UTF-8"?>
            <root>
              <text value="y">x</text>
              <empty a="y" b="2"/>
            </root>

            """)
    }

    @Test(arguments: SamplePublication.hostileTexts + ["a\u{1}b\u{FFFF}c\r\nd", "\u{0}", ""])
    func everyTextParsesBack(_ text: String) throws {
        let expected = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }.filter { $0.value != 0xFFFE && $0.value != 0xFFFF }))
        let root = try XMLTree.parse(document(text: text, attribute: text))
        #expect(root.text("text") == expected)
        #expect(root.child("text")?.attributes["value"] == expected)
        #expect(root.child("empty")?.attributes["a"] == expected)
    }

    @Test func feedsWithControlCharactersStayWellFormed() throws {
        let publication = SamplePublication.hostile("bad\u{1}text\u{FFFE}")
        let rss = try XMLTree.parse(RSSFeed().render(publication))
        #expect(rss.child("channel")?.text("title") == "badtext")
        let atom = try XMLTree.parse(AtomFeed().render(publication))
        #expect(atom.text("title") == "badtext")
        #expect(atom.child("entry")?.child("category")?.attributes["term"] == "badtext")
    }
}
