// ldpub — MIT licence.

@testable import ClaimGraphExport
import Testing

/// The escape function, character by character; ``HostileTextTests`` shows Graphviz reads the
/// results back as the original text.
@Suite struct DOTStringTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("ends with \\", "\"ends with \\\\\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("\\\"", "\"\\\\\\\"\""),
        ("\\N \\G \\E \\T \\H \\L \\l \\r \\n", "\"\\\\N \\\\G \\\\E \\\\T \\\\H \\\\L \\\\l \\\\r \\\\n\""),
        ("Fish & Chips", "\"Fish &amp; Chips\""),
        ("&amp; already escaped", "\"&amp;amp; already escaped\""),
        ("line one\nline two", "\"line one\\nline two\""),
        ("crlf\r\nend", "\"crlf\\nend\""),
        ("cr\rend", "\"cr\\nend\""),
        ("nel\u{85}ls\u{2028}ps\u{2029}end", "\"nel\\nls\\nps\\nend\""),
        ("tab\there", "\"tab\there\""),
        ("nul\u{0}bel\u{7}esc\u{1B}del\u{7F}", "\"nul\u{2400}bel\u{2407}esc\u{241B}del\u{2421}\""),
        ("non\u{FFFF}char\u{FFFE}", "\"non\u{FFFD}char\u{FFFD}\""),
        ("a < b > c {x} [y] ]]> ;,=", "\"a < b > c {x} [y] ]]> ;,=\""),
        ("emoji 🧠💊 👩‍⚕️ é", "\"emoji 🧠💊 👩‍⚕️ é\""),
        ("עברית and العربية", "\"עברית and العربية\""),
        ("", "\"\""),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(DOTString.quoted(text) == expected)
    }

    @Test(arguments: ["back\\slash", "say \"hi\"", "\\\\\"\\", "&amp;&lt;", "a\nb", "{{ x }}"])
    func decodesBackToTheText(_ text: String) {
        #expect(ParsedDOT.tokens(of: DOTString.quoted(text)) == [.string(text)])
    }
}
