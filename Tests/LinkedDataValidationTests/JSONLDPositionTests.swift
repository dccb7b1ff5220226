// ldpub — MIT licence.

import Foundation
import LinkedDataJSON
import LinkedDataValidation
import Testing

/// Where the schema.org problems of a JSON-LD document point: a type at its string in `@type`,
/// a property at its key, a value at the value, a node as a whole at its `{`; in a `.jsonld`
/// file, and in an HTML page at the script's start plus the place in the JSON.
@Suite struct JSONLDPositionTests {
    let validator = JSONLDValidator()
    let checker = DocumentChecker()

    /// The problems of `json`, `line:column: severity: message`.
    func located(_ json: String) -> [String] {
        validator.validate(data: Data(json.utf8)).map(\.description)
    }

    /// A property outside its type's domain: the key `headline` is on line 5, at column 3.
    static let domainError = """
        {
          "@context": "https://schema.org",
          "@type": "Person",
          "@id": "https://example.org/#ada",
          "headline": "Psychiatrist"
        }
        """
    static let domainMessage = "#ada: property 'headline' is not allowed on Person (its domain is CreativeWork)"

    @Test func aDomainErrorInAJSONLDFilePointsAtThePropertysKey() throws {
        let checked = try #require(checker.check(contents: Data(Self.domainError.utf8), path: "ada.jsonld"))
        #expect(checked.problems.map(\.description) == ["ada.jsonld:5:3: error: \(Self.domainMessage)"])
        #expect(checked.problems.first?.position == TextPosition(line: 5, column: 3))
    }

    @Test func theSameJSONLDInAPageIsLocatedInThePage() throws {
        // The script's content starts on line 2 at column 42: its first line is shifted by that
        // column, its later lines keep their own.
        let page = "<!doctype html>\n<head><script type=\"application/ld+json\">" + Self.domainError + "</script></head>\n"
        let checked = try #require(checker.checkPage(contents: Data(page.utf8), path: "ada.html"))
        #expect(checked.problems.map(\.description) == ["ada.html:6:3: error: \(Self.domainMessage)"])
        // On the start tag's line, the column is the script's plus the place in the JSON.
        let oneLine = Self.domainError.replacingOccurrences(of: "\n", with: "")
        let inline = "<p>x</p>\n  <script type=\"application/ld+json\">\(oneLine)</script>\n"
        let column = 38 + oneLine.distance(from: oneLine.startIndex, to: try #require(oneLine.range(of: "\"headline\"")).lowerBound)
        #expect(checker.checkPage(contents: Data(inline.utf8), path: "p.html")?.problems.map(\.description) == [
            "p.html:2:\(column): error: \(Self.domainMessage)",
        ])
    }

    @Test func typesPointAtTheirStringPropertiesAtTheirKeyValuesAtTheValue() {
        let json = """
            {"@context": "https://schema.org", "@graph": [
              {"@type": ["Article", "Artikel"], "@id": "x:a",
               "headlin": "H",
               "author": [{"@id": "x:p"}, {"@type": "MedicalCondition", "name": "C"}],
               "datePublished": {"@value": "last Tuesday"},
               "dateModified": {"@list": ["2024-01-01", "soon"]},
               "isPartOf": {"@id": "x:nowhere"},
               "isBasedOnUrl": "https://example.org/"},
              {"@id": "x:p", "@type": "Person", "name": "P", "url": "https://example.org/p", "headline": "no"},
              {"@id": "x:q", "name": "untyped"}
            ]}
            """
        #expect(located(json) == [
            "2:25: error: x:a: unknown type 'Artikel'",
            "3:4: error: x:a: unknown property 'headlin' (did you mean 'headline'?)",
            "4:31: error: x:a: property 'author' expects Organization or Person, got MedicalCondition",
            "5:32: error: x:a: property 'datePublished' expects Date or DateTime, got 'last Tuesday'",
            "6:45: error: x:a: property 'dateModified' expects Date or DateTime, got 'soon'",
            "7:16: warning: x:a: property 'isPartOf' refers to 'x:nowhere', which is not described in this document",
            "8:4: warning: x:a: property 'isBasedOnUrl' is superseded by 'isBasedOn'",
            "9:82: error: x:p: property 'headline' is not allowed on Person (its domain is CreativeWork)",
            "10:3: warning: x:q: no @type, so its properties are not checked against a type",
            "2:3: warning: x:a: Google Article rich results: no 'headline'",
            "2:3: warning: x:a: Google Article rich results: no 'image'",
        ])
    }

    @Test func structuralProblemsPointAtTheValueConcerned() {
        #expect(located("[\n  {\"@context\": \"https://schema.org\", \"@type\": \"Person\", \"@id\": \"x:p\"},\n  \"text\"\n]") == [
            "3:3: error: [1] is a string, not a node object",
        ])
        #expect(located("{\"@context\": \"https://schema.org\",\n \"@type\": \"Person\", \"@id\": 7}") == [
            "2:28: error: the top-level node: @id must be a string, not a number",
        ])
        #expect(located("{\"@context\": \"https://schema.org\", \"@type\": \"Person\", \"@id\": \"x:p\", \"@reverse\": {}}") == [
            "1:69: warning: the top-level node: keyword '@reverse' is not checked",
        ])
    }

    @Test func columnsCountCharactersAndRepeatedMembersPointAtTheLastOne() {
        // "é" is two bytes but one column; the byte order mark is one column too; the second
        // "headline" holds the value, and is the one pointed at.
        let json = "\u{FEFF}{\"@context\": \"https://schema.org\", \"@type\": \"Person\", \"@id\": \"x:p\", \"name\": \"é\", \"headline\": \"a\", \"headline\": \"b\"}"
        #expect(located(json) == ["1:100: error: x:p: property 'headline' is not allowed on Person (its domain is CreativeWork)"])
        // An escaped member name is found by its decoded name.
        let escaped = #"{"@context": "https://schema.org", "@type": "Person", "@id": "x:p", "head\u006Cine": "a"}"#
        #expect(located(escaped) == ["1:69: error: x:p: property 'headline' is not allowed on Person (its domain is CreativeWork)"])
    }

    @Test func aProblemFoundTwiceIsListedOnceAtItsFirstPlace() {
        let json = """
            {"@context": "https://schema.org", "@type": "Person", "@id": "x:p",
             "knows": {"@id": "x:q"},
             "colleague": {"@id": "x:q"}}
            """
        #expect(located(json) == [
            "2:11: warning: x:p: property 'knows' refers to 'x:q', which is not described in this document",
        ])
    }

    @Test func parsedDocumentsHaveNoPositions() throws {
        // The build checks the JSON values it made, which have no bytes to point into.
        let value = try JSONValue.parse(Data(Self.domainError.utf8))
        #expect(validator.validate(value).map(\.description) == ["error: \(Self.domainMessage)"])
    }
}
