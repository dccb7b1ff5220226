// ldpub — MIT licence.

import Foundation
import Testing
@testable import LinkedDataJSON

@Suite struct JSONWriterTests {
    static let hostileStrings = [
        "&", "<", "\"", "'", "]]>", "\\", "line\nbreak", "tab\there", "emoji 🧠💊", "עברית مرحبا",
        "</script><script>alert(1)</script>", String(repeating: "long ", count: 2000), "", "\u{0}\u{1}\u{1F}",
        "\u{2028}\u{2029}", "\u{E2}", "ï", "€ ✓",
    ]

    @Test(arguments: hostileStrings)
    func stringsRoundTripThroughFoundation(_ text: String) throws {
        for writer in [JSONWriter(), JSONWriter(prettyPrinted: false), JSONWriter(escapesHTML: true)] {
            let json = writer.string(.object(JSONObject([("k", .string(text)), ("a", .array([.string(text), .int(3)]))])))
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(parsed?["k"] as? String == text)
            #expect((parsed?["a"] as? [Any])?.first as? String == text)
            #expect(try JSONValue.parse(Data(json.utf8))["k"] == .string(text))
        }
    }

    @Test func htmlEscapingLeavesNoMarkupCharacters() {
        let json = JSONWriter(escapesHTML: true).string(.string("</script> & <b>"))
        #expect(json == #""\u003c/script\u003e \u0026 \u003cb\u003e""#)
    }

    @Test func keepsMemberOrderAndIndentsByTwoSpaces() {
        let value = JSONValue.object(JSONObject([("@context", "https://schema.org"), ("b", [1, true]), ("a", .object(JSONObject())), ("n", .null)]))
        #expect(JSONWriter().string(value) == """
            {
              "@context": "https://schema.org",
              "b": [
                1,
                true
              ],
              "a": {},
              "n": null
            }
            """)
        #expect(JSONWriter(prettyPrinted: false).string(value) == #"{"@context":"https://schema.org","b":[1,true],"a":{},"n":null}"#)
    }

    @Test func numbersAreShortestAndNonFiniteBecomesNull() {
        #expect(JSONWriter().string([.double(0.5), .double(3), .double(.infinity), .int(-7)]) == "[\n  0.5,\n  3,\n  null,\n  -7\n]")
    }

    @Test func objectSubscriptReplacesInPlaceAndRemoves() {
        var object = JSONObject([("a", 1), ("b", 2)])
        object["a"] = 3
        object["c"] = 4
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object["a"] == 3)
    }
}
