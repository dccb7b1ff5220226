// ldpub — MIT licence.

import Foundation
import Testing
@testable import ArticleModel
import YAMLNodes

/// Checks done on bytes for speed answer exactly as the character-level checks they stand for.
@Suite struct ByteShortcutTests {
    static let urls = ["https://example.org/", "http://example.org", "HTTPS://Example.ORG/x?y#z", "https://", "https:///x", "https://.x/",
                       "https://-x/", "https://x-/", "https://a.b:8080/", "https://a.b:80a/", "https://a.b:/", "https://user@host/",
                       "https://user@/", "https://a@b@c/", "https://[::1]/", "https://[::1]:8080/x", "https://[::1]x/", "https://[]/",
                       "https://[::g]/", "https://[::1", "https://x/\"", "https://x/<", "https://x/\\", "https://x /", "https://é.nl/",
                       "https://x/é", "ftp://x/", "http:/x", "https://x_y/", "https://x/#frag", "https://x?q", "https://x#f",
                       "http://1.2.3.4:5/", "https://a..b/", "", "images/a.jpg", "/a.jpg", "../a.jpg", "a b.jpg", "a\tb", "a\u{7F}b",
                       "a\r\nb", "javascript:x", "//x/y", "a>b", "é/ü"]

    @Test func urlsAreCheckedAsCharacterByCharacter() {
        for url in Self.urls {
            #expect(WebURL.isAbsoluteHTTP(url) == WebURL.isAbsoluteHTTPByCharacters(url), "\(url)")
            let relative = !url.isEmpty && !url.hasPrefix("//") && !URLResolution.hasScheme(url) && WebURL.hasOnlyURLCharactersByScalars(url)
            #expect(WebURL.isRelativeReference(url) == relative, "\(url)")
        }
    }

    /// The DOI rule on bytes, against the JSON Schema's `^10\.\d{4,9}/\S+$` (ASCII digits;
    /// the character-level check it replaced also took a DOI after a leading `/`).
    @Test func doisAreCheckedAsTheSchemaSays() {
        let valid = ["10.1001/archpsyc.63.8.856", "10.1234//x", "10.1234/é", "10.1234/x/y", "10.123456789/x"]
        let invalid = ["10.123/x", "10.1234567890/x", "10.1234/", "10.1234", "/10.1234/x", "//10.1234/x", "10.12a4/x", "10.1234/a b",
                       "10.1234/a\tb", "11.1234/x", "10.１２３４/x", "10.1234\u{301}/x", "", "https://doi.org/10.1234/x", "10/1234/x",
                       "10./x", "10.1234/a\u{2028}b"]
        for doi in valid { #expect(CSLDecoder.isDOI(doi), "\(doi)") }
        for doi in invalid { #expect(!CSLDecoder.isDOI(doi), "\(doi)") }
    }

    /// CSL text dates on bytes, against the rule as it reads on characters: one to three parts
    /// split at `-`, four digits then two and two.
    @Test func cslDateTextsAreReadAsCharacterByCharacter() {
        let texts = ["2006", "2006-08", "2006-08-15", "206", "20060", "2006-8", "2006-08-1", "2006-08-15-01", "2006-", "-2006", "2006--08",
                     "", "２００６", "2006-0８", "20a6", "2006 ", " 2006", "+2006", "2006-+8", "0000", "9999-99-99", "2006-08-15\n", "é"]
        for text in texts {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let numbers = parts.map { part in part.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(part) : nil }
            let byCharacters = (1...3).contains(parts.count) && parts[0].count == 4 && numbers.allSatisfy({ $0 != nil })
                && parts.dropFirst().allSatisfy({ $0.count == 2 }) ? numbers.map { $0! } : nil
            #expect(CSLDecoder.dateNumbers(text) == byCharacters, "\(text)")
        }
    }

    @Test func headingSlugsFoldAsFoundationDoes() {
        for (scalar, _) in HeadingSlug.table {
            for context in ["\(scalar)", "a\(scalar)b", "A \(scalar) B", "\(scalar)\(scalar)x", "1\(scalar)2"] {
                #expect(HeadingSlug.foldedByTable(context) != nil)
                #expect(HeadingSlug.make(context) == Self.slugByFoundation(context), "\(context)")
            }
        }
        #expect(HeadingSlug.make("Bijwerkingen & risico’s") == "bijwerkingen-risico-s")
        #expect(HeadingSlug.make("Café “crème” — 💡 idee") == "cafe-creme-idee")
        #expect(HeadingSlug.foldedByTable("e\u{301}") == nil)
    }

    /// The slug of the heading folded by Foundation, made by the same rules.
    static func slugByFoundation(_ heading: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in HeadingSlug.foldedByFoundation(heading).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug += String(scalar).lowercased()
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    @Test func bodiesThatMayHoldAKeyAreFound() {
        let keys = ["claims", "heading", "id", "body", "text", "sources", "source", "locator", "relation"]
        for key in keys {
            #expect(KeysInBodyText.mayHoldKey("Some text\n  \(key): x\n"))
            #expect(KeysInBodyText.mayHoldKey("\(key):"))
        }
        #expect(!KeysInBodyText.mayHoldKey("Time: 10:30, ratio 1:2, no key here: none"))
        #expect(!KeysInBodyText.mayHoldKey(""))
        #expect(!KeysInBodyText.mayHoldKey(":"))
        #expect(KeysInBodyText.mayHoldKey("é claims: x"))
    }

    @Test func plainScalarsStartingWithALetterStayText() {
        for text in ["nope", "Nederland", "title", "false1", "tRue", "FALSEish", "null0", "t", "f", "n", "x1", "~x"] {
            #expect(ScalarValue.resolvingCoreSchema(text) == .string(text), "\(text)")
        }
        #expect(ScalarValue.resolvingCoreSchema("true") == .bool(true))
        #expect(ScalarValue.resolvingCoreSchema("NULL") == .null)
        #expect(ScalarValue.resolvingCoreSchema("-12") == .int(-12))
        #expect(ScalarValue.resolvingCoreSchema(".5") == .float(0.5))
        #expect(ScalarValue.resolvingCoreSchema("0x1F") == .int(31))
    }

    @Test func asciiBaseNamesAreFoundAsCharacterByCharacter() {
        for path in ["Articles/a.yaml", "a.yaml", "a", "/x/y/z.tar.gz", "dir/", "dir//", "/", "", ".yaml", "a/.hidden", "a.b/c", "x/y."] {
            let general = path.split(separator: "/").last.map(String.init) ?? path
            let expected = general.lastIndex(of: ".").map { String(general[..<$0]) } ?? general
            #expect(SourceFile.asciiBaseName(path) == expected, "\(path)")
            #expect(SourceFile(path: path, bytes: []).baseName == expected, "\(path)")
        }
        #expect(SourceFile(path: "Artikelen/café.yaml", bytes: []).baseName == "café")
    }

    @Test func keySetsFindKeysAsASetOfStrings() {
        let names = ["title", "translationKey", "DOI", "container-title", "a", "é-key"]
        let keys = KeySet(names)
        let set = Set(names)
        for key in names + ["Title", "title ", "translation\u{212A}ey", "e\u{301}-key", "", "b", "DOI2", "container-titl"] {
            #expect(keys.contains(key) == set.contains(key), "\(key)")
        }
        #expect(keys.contains("translation\u{212A}ey"))
    }

    @Test func sourceLinesFoundOnDemandAreTheLines() {
        let long = ["a long first line of text\r\nsecond line, also long\rthird\u{0B}x\u{0C}y: a longer line é ü here\n",
                    "12345678\n12345678\r\n1234567\r12345678901234567\n\t\t\t\t\t\t\t\tx\n", String(repeating: "abcdefg ", count: 40)]
        for text in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\n", "\u{FEFF}x\ny", "\n\n\n"] + long {
            let lines = SourceLines(Array(text.utf8))
            let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            var expected: [String] = []
            var current = ""
            var scalars = Array(body.unicodeScalars)[...]
            while let scalar = scalars.popFirst() {
                if scalar == "\n" || scalar == "\r" {
                    if scalar == "\r", scalars.first == "\n" { scalars = scalars.dropFirst() }
                    expected.append(current)
                    current = ""
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
            expected.append(current)
            for (index, line) in expected.enumerated().reversed() { #expect(lines.line(index + 1) == line, "\(text) line \(index + 1)") }
            #expect(lines.line(expected.count + 1) == nil)
            #expect(lines.line(0) == nil)
        }
    }

    @Test func shortPrintableExcerptsAreTheExcerptsOfAnyLine() {
        let lines = ["", "a", "  - id: x", "\tkey: value", String(repeating: "x", count: 120), "a\u{7}b", "é", String(repeating: "y", count: 121)]
        for line in lines {
            for (start, end) in [(1, 1), (1, 5), (3, 9), (9, 3), (200, 210), (0, 0), (5, 400)] {
                for endLine in [4, 5] {
                    let span = SourceSpan(file: "f.yaml", start: Mark(line: 4, column: start), end: Mark(line: endLine, column: end))
                    let general = DiagnosticRenderer.excerptOfAnyLine(of: span, line: line)
                    if let short = DiagnosticRenderer.shortPrintableExcerpt(of: span, line: line) {
                        #expect(short == general, "\(line) \(start)-\(end)")
                    } else {
                        #expect(line.utf8.count > 120 || line.utf8.contains { $0 < 0x20 && $0 != 0x09 || $0 > 0x7E })
                    }
                }
            }
        }
    }
}
