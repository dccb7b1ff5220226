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

    @Test func escapesRandomTextAsTheOracle() {
        var random = SeededRandom(seed: 6)
        for _ in 0..<5_000 {
            let text = RandomText.make(using: &random)
            #expect(DOTString.quoted(text) == OldDOTString.quoted(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// The escaper skips eight plain bytes at a time: every special character at every offset.
    @Test func escapesAtEveryOffsetAsTheOracle() {
        let specials = ["\\", "\"", "&", "\n", "\r", "\r\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{FFFE}",
                        "\u{FFFF}", "\u{A0}", "é", "\u{2027}", "\u{FFFD}", "\t"]
        for special in specials {
            for offset in 0..<17 {
                for tail in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: tail)
                    #expect(DOTString.quoted(text) == OldDOTString.quoted(text), "\(offset) \(special.unicodeScalars.map(\.value))")
                }
            }
        }
    }

    @Test func escapesTruncatedSequencesAtTheEndAsTheOracle() {
        for text in ["\r", "a\r", "\u{85}", "x\u{2028}", "\u{FFFF}", "\u{2027}", "\u{20AC}", "\u{C0}", "\u{FFFD}", "\u{2030}"] {
            #expect(DOTString.quoted(text) == OldDOTString.quoted(text))
        }
    }

    @Test(arguments: ["back\\slash", "say \"hi\"", "\\\\\"\\", "&amp;&lt;", "a\nb", "{{ x }}"])
    func decodesBackToTheText(_ text: String) {
        #expect(ParsedDOT.tokens(of: DOTString.quoted(text)) == [.string(text)])
    }
}
