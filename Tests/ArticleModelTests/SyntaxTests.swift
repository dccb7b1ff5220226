// ldpub — MIT licence.

import Foundation
import Testing
@testable import ArticleModel

@Suite struct SyntaxTests {
    @Test(arguments: [
        ("hoe-werkt-ketamine", true), ("a1", true), ("", false), ("-a", false), ("a-", false), ("a--b", false),
        ("A", false), ("a_b", false), ("..", false), ("a/b", false), ("a\\b", false), ("%2e", false), ("ketаmine", false),
    ])
    func slugs(_ text: String, _ valid: Bool) {
        #expect(IdentifierSyntax.slug.matches(text) == valid)
    }

    @Test(arguments: [
        ("li2010", true), ("Li.2010:a-b_c", true), ("a..b", false), (".a", false), ("a/b", false), ("a b", false), ("ä", false),
    ])
    func identifiers(_ text: String, _ valid: Bool) {
        #expect(IdentifierSyntax.identifier.matches(text) == valid)
    }

    @Test(arguments: [
        ("nl", true), ("nl-NL", true), ("en-GB", true), ("zh-Hant-TW", true), ("sr-Latn-RS", true), ("de-CH-1996", true),
        ("x-private", true), ("i-klingon", true), ("en-a-bbb-x-y", true), ("zh-yue", true), ("NL-nl", true),
        ("dutch", false), ("nl_NL", false), ("", false), ("n", false), ("nl-", false), ("nl--NL", false), ("en-a", false),
        ("toolongsubtag", false), ("x", false),
    ])
    func languageTags(_ tag: String, _ valid: Bool) {
        #expect(LanguageTag.isWellFormed(tag) == valid)
    }

    @Test(arguments: [
        ("https://www.example.nl/", true), ("http://localhost:8080/x?y#z", true), ("https://[::1]/", true), ("https://bücher.example/", true),
        ("ftp://example.nl/", false), ("www.example.nl", false), ("https://", false), ("https://exa mple.nl/", false),
        ("javascript:alert(1)", false), ("https://example.nl/<script>", false), ("https://:80/", false),
    ])
    func absoluteURLs(_ text: String, _ valid: Bool) {
        #expect(WebURL.isAbsoluteHTTP(text) == valid)
    }

    @Test(arguments: [
        ("images/a.jpg", true), ("/a.jpg", true), ("../a.jpg", true), ("javascript:alert(1)", false), ("data:image/png;base64,AA", false),
        ("//evil.example/a.jpg", false), ("", false), ("a b.jpg", false), ("JaVaScRiPt:x", false),
    ])
    func relativeReferences(_ text: String, _ valid: Bool) {
        #expect(WebURL.isRelativeReference(text) == valid)
    }

    @Test(arguments: [
        ("images/a.jpg", "https://s.example/blog/", "https://s.example/blog/images/a.jpg"),
        ("/a.jpg", "https://s.example/blog/", "https://s.example/a.jpg"),
        ("../a.jpg", "https://s.example/blog/post/", "https://s.example/blog/a.jpg"),
        ("../../../../a", "https://s.example/b/", "https://s.example/a"),
        ("#li", "https://s.example/p/", "https://s.example/p/#li"),
        ("?q=1", "https://s.example/p/", "https://s.example/p/?q=1"),
        ("//cdn.example/x", "https://s.example/", "https://cdn.example/x"),
        ("https://other.example/", "https://s.example/", "https://other.example/"),
        ("./x/./y", "https://s.example/p/", "https://s.example/p/x/y"),
        ("bronnen/#li", "https://www.kliniek.example/eerste/", "https://www.kliniek.example/eerste/bronnen/#li"),
    ])
    func urlResolution(_ reference: String, _ base: String, _ expected: String) {
        #expect(URLResolution.resolve(reference, against: base) == expected)
    }

    @Test func timestamps() throws {
        let date = try TimestampSyntax.parse("2025-12-30").get()
        #expect(date.isDateOnly && date.description == "2025-12-30")
        #expect(date.rfc822 == "Tue, 30 Dec 2025 00:00:00 +0000")
        #expect(date.rfc3339DateTime == "2025-12-30T00:00:00Z")
        let time = try TimestampSyntax.parse("2025-12-30T10:05:00.25+01:00").get()
        #expect(time.description == "2025-12-30T10:05:00.25+01:00")
        #expect(time.rfc822 == "Tue, 30 Dec 2025 10:05:00 +0100")
        #expect(time.secondsSinceEpoch == date.secondsSinceEpoch + 9 * 3600 + 300)
        #expect(try TimestampSyntax.parse("2024-02-29T23:59:59Z").get().description == "2024-02-29T23:59:59Z")
        #expect(TimestampSyntax.parse("2025-02-29") == .failure(.impossible("2025-02 has no day 29")))
        #expect(TimestampSyntax.parse("2025-12-30T10:00:00") == .failure(.missingOffset))
        #expect(TimestampSyntax.parse("2025-12-30T10:00+01:00") == .failure(.notADate))
        #expect(TimestampSyntax.parse("30-12-2025") == .failure(.notADate))
        #expect(TimestampSyntax.parse("2025-12-30T24:00:00Z") == .failure(.impossible("24:00:00 is not a time of day")))
        // Feed order compares instants: 10:00+01:00 is before 09:30Z.
        #expect(try TimestampSyntax.parse("2025-01-01T10:00:00+01:00").get() < TimestampSyntax.parse("2025-01-01T09:30:00Z").get())
    }

    @Test func weekdaysAcrossCenturies() {
        #expect(Timestamp(year: 2000, month: 2, day: 29).rfc822.hasPrefix("Tue, 29 Feb 2000"))
        #expect(Timestamp(year: 1970, month: 1, day: 1).rfc822.hasPrefix("Thu, 01 Jan 1970"))
        #expect(Timestamp(year: 1900, month: 3, day: 1).rfc822.hasPrefix("Thu, 01 Mar 1900"))
    }

    @Test func headingSlugs() {
        #expect(HeadingSlug.make("Glutamaat: de belangrijkste neurotransmitter") == "glutamaat-de-belangrijkste-neurotransmitter")
        #expect(HeadingSlug.make("Neuroplasticiteit en BDNF") == "neuroplasticiteit-en-bdnf")
        #expect(HeadingSlug.make("Één café, twee ü's") == "een-cafe-twee-u-s")
        #expect(HeadingSlug.make("???") == "section")
    }

    /// ASCII headings skip Foundation's folding: the result must be what folding gives.
    @Test(arguments: [
        "Wat is ketamine?", "ABC-def_12 [x] @home `z` {y}", "  leading and trailing  ", "MiXeD CaSe 2025",
        "Ketamine & SSRI's: een vergelijking", "Café in Zürich", "ＦＵＬＬ width", "Straße", "ﬁne ligature", "Ωmega 3", "",
    ])
    func headingSlugsMatchTheFoldedReference(_ heading: String) {
        let folded = heading.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var reference = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !reference.isEmpty { reference.append("-") }
                pendingHyphen = false
                reference.append(String(scalar).lowercased())
            } else {
                pendingHyphen = true
            }
        }
        #expect(HeadingSlug.make(heading) == (reference.isEmpty ? "section" : reference))
    }

    @Test func suggestions() {
        #expect(Suggestion.nearest(to: "publised", in: ["published", "description"]) == "published")
        #expect(Suggestion.nearest(to: "doi", in: ["DOI", "URL"]) == "DOI")
        #expect(Suggestion.nearest(to: "xyz", in: ["published"]) == nil)
        // A reference id without its year: the one id that is it with a year (and a letter).
        #expect(Suggestion.nearest(to: "rivm-griep", in: ["rivm-griep2023", "nhg2014"]) == "rivm-griep2023")
        #expect(Suggestion.nearest(to: "li", in: ["li2010"]) == nil)
        #expect(Suggestion.nearest(to: "smith", in: ["smith2019a", "jones2020"]) == "smith2019a")
        #expect(Suggestion.nearest(to: "smith", in: ["smith2019", "smith2021"]) == nil)
        #expect(Suggestion.nearest(to: "smith", in: ["smithson"]) == nil)
    }
}
