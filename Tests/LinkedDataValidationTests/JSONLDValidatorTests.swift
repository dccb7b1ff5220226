// ldpub — MIT licence.

import Foundation
import LinkedDataJSON
import LinkedDataValidation
import Testing

@Suite struct JSONLDValidatorTests {
    let validator = JSONLDValidator()

    /// The problems of an inline document, `severity: message`, without their positions
    /// (``JSONLDPositionTests`` checks those).
    func problems(_ json: String) -> [String] {
        validator.validate(data: Data(json.utf8)).map { "\($0.severity.rawValue): \($0.message)" }
    }

    /// The problems of an inline document, rendered without a path: `line:column: severity: message`.
    func located(_ json: String) -> [String] {
        validator.validate(data: Data(json.utf8)).map(\.description)
    }

    /// A one-node page document around `members` (JSON object members, without braces).
    func page(_ members: String, type: String = "MedicalWebPage") -> String {
        """
        {"@context": "https://schema.org", "@type": "\(type)", "@id": "https://example.org/p/#webpage",
         "headline": "H", "datePublished": "2024-01-01", "image": "https://example.org/i.png",
         "author": {"@type": "Person", "name": "A", "url": "https://example.org/a"}\(members.isEmpty ? "" : ", " + members)}
        """
    }

    @Test func validMedicalWebPageGraphHasNoProblems() throws {
        let problems = validator.validate(data: try Fixtures.data("Valid/medical-page.jsonld"))
        #expect(problems.map(\.description) == [])
    }

    @Test func everyGoodSampleOfTheConformanceKitShapeIsAccepted() {
        #expect(problems(page("")) == [])
        #expect(problems(page(#""specialty": {"@id": "https://schema.org/Cardiovascular"}"#)) == [])
        #expect(problems(page(#""medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"}"#)) == [])
        #expect(problems(page(#""medicalAudience": "https://schema.org/MedicalResearcher""#)) == [])
        #expect(problems(page(#""isAccessibleForFree": true, "keywords": ["a", "b"]"#)) == [])
    }

    @Test(arguments: [
        "https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
        "https://www.schema.org", "https://schema.org/docs/jsonldcontext.jsonld",
    ])
    func schemaOrgContextsAreAccepted(context: String) {
        let json = #"{"@context": "\#(context)", "@type": "Person", "@id": "https://example.org/#a", "name": "A"}"#
        #expect(problems(json) == [])
    }

    @Test func contextObjectsWithSchemaOrgVocabularyAreAccepted() {
        #expect(problems(#"{"@context": {"@vocab": "https://schema.org/", "@language": "en"}, "@type": "Person", "name": "A", "@id": "x:a"}"#) == [])
        #expect(problems(#"{"@context": ["https://schema.org", {"@language": "en"}], "@type": "Person", "name": "A", "@id": "x:a"}"#) == [])
    }

    @Test func otherContextsAreRefusedClearly() {
        #expect(problems(#"{"@context": "https://example.org/context.jsonld", "@type": "Person"}"#) == [
            "error: @context 'https://example.org/context.jsonld' is not available offline; only the schema.org context ('https://schema.org') is supported offline",
        ])
        #expect(problems(#"{"@context": {"@vocab": "https://schema.org/", "foaf": "http://xmlns.com/foaf/0.1/"}, "@type": "Person"}"#) == [
            "error: @context defines term 'foaf'; only the schema.org context ('https://schema.org') is supported offline",
        ])
        #expect(problems(#"{"@type": "Person", "name": "A"}"#) == [
            #"error: document has no @context; only schema.org JSON-LD ("@context": "https://schema.org") can be checked"#,
        ])
    }

    @Test func typesAndKeysMayBeWrittenAsSchemaOrgIRIsOrAliases() {
        let json = """
        {"@context": "https://schema.org", "@graph": [
          {"type": "https://schema.org/Person", "id": "https://example.org/#a", "http://schema.org/name": "A", "schema:jobTitle": "J",
           "http://purl.org/dc/terms/creator": "not judged"},
          {"@type": ["Person", "schema:Patient"], "@id": "https://example.org/#b", "name": "B", "diagnosis": {"@type": "MedicalCondition", "name": "C"}}
        ]}
        """
        #expect(problems(json) == [])
    }

    @Test func nodesAreNamedByFragmentFullIRIOrTypeAndPlace() {
        let json = """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "MedicalWebPage", "@id": "https://example.org/p/#webpage", "reviewedBy": "Dr Who",
           "image": {"@type": "ImageObject", "width": "wide"}},
          {"@type": "Person", "@id": "https://example.org/#a", "headline": "x"},
          {"@type": "Person", "headline": "y"}
        ]}
        """
        #expect(problems(json) == [
            "warning: #webpage: property 'reviewedBy' expects Organization or Person, got Text",
            "warning: ImageObject at @graph[0].image: property 'width' expects Distance or QuantitativeValue, got Text",
            "error: https://example.org/#a: property 'headline' is not allowed on Person (its domain is CreativeWork)",
            "error: Person at @graph[2]: property 'headline' is not allowed on Person (its domain is CreativeWork)",
        ])
    }

    @Test func referencesResolveInsideTheDocumentThroughSubclasses() {
        let json = """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "Claim", "@id": "https://example.org/p/#claim", "text": "T",
           "appearance": {"@id": "https://example.org/p/#reviewer"}, "author": {"@id": "https://example.org/p/#reviewer"}},
          {"@type": "Patient", "@id": "https://example.org/p/#reviewer", "name": "R"}
        ]}
        """
        #expect(problems(json) == [
            "error: #claim: property 'appearance' expects CreativeWork, got Patient (#reviewer)",
        ], "a Patient is a Person, so it may be an author, but it is not a CreativeWork")
    }

    @Test func literalsAreCheckedAgainstDataTypes() {
        #expect(problems(page(#""lastReviewed": "2024-02-30""#)) == ["error: #webpage: property 'lastReviewed' expects Date, got '2024-02-30'"])
        #expect(problems(page(#""lastReviewed": "2024-02-02T10:00:00Z""#)) == ["warning: #webpage: property 'lastReviewed' expects Date, got a date-time '2024-02-02T10:00:00Z'"])
        #expect(problems(page(#""dateModified": "2024-02-02T10:00:00""#)) == ["warning: #webpage: property 'dateModified' has a date-time without a time-zone offset '2024-02-02T10:00:00'"])
        #expect(problems(page(#""dateModified": "2024""#)) == ["warning: #webpage: property 'dateModified' has a reduced-precision date '2024'; a full date is expected"])
        #expect(problems(page(#""url": "/p/""#)) == ["warning: #webpage: property 'url' has a relative URL '/p/'; an absolute URL is expected"])
        #expect(problems(page(#""url": "not a url""#)) == ["error: #webpage: property 'url' expects URL, got 'not a url'"])
        #expect(problems(page(#""isAccessibleForFree": "yes""#)) == ["error: #webpage: property 'isAccessibleForFree' expects Boolean, got 'yes'"])
        #expect(problems(page(#""isAccessibleForFree": "false""#)) == [])
        #expect(problems(page(#""timeRequired": "PT25M""#)) == [])
        #expect(problems(page(#""timeRequired": "25 minutes""#)) == ["error: #webpage: property 'timeRequired' expects Duration, got '25 minutes'"])
        #expect(problems(page(#""wordCount": 1200, "commentCount": "12""#)) == [])
        #expect(problems(page(#""wordCount": 12.5"#)) == ["error: #webpage: property 'wordCount' expects Integer, got 12.5"])
        #expect(problems(page(#""description": 42, "alternativeHeadline": true"#)) == [], "any literal fits Text")
    }

    @Test func durationsTimesAndQuantities() {
        func node(_ type: String, _ members: String) -> [String] {
            problems(#"{"@context": "https://schema.org", "@type": "\#(type)", "@id": "x:n", \#(members)}"#)
        }
        #expect(node("Recipe", #""cookTime": "P1Y2M10DT2H30M", "prepTime": "PT1.5S", "totalTime": "-P3W""#) == [])
        #expect(node("Recipe", #""cookTime": "PT""#) == ["error: x:n: property 'cookTime' expects Duration, got 'PT'"])
        #expect(node("Recipe", #""cookTime": "P1DT""#) == ["error: x:n: property 'cookTime' expects Duration, got 'P1DT'"])
        #expect(node("Recipe", #""cookTime": "P2D1Y""#) == ["error: x:n: property 'cookTime' expects Duration, got 'P2D1Y'"])
        #expect(node("OpeningHoursSpecification", #""opens": "09:00", "closes": "17:30:00+01:00""#) == [])
        #expect(node("OpeningHoursSpecification", #""opens": "9am""#) == ["error: x:n: property 'opens' expects Time, got '9am'"])
        #expect(node("NutritionInformation", #""calories": "270 calories", "fatContent": "9 g""#) == [])
        #expect(node("NutritionInformation", #""calories": "lots""#) == ["error: x:n: property 'calories' expects Energy, got 'lots'"])
        #expect(node("Event", #""startDate": "2024-05-10T09:30:00.5-05:00", "endDate": "2024-05-10 18:00Z""#) == [])
        #expect(node("Event", #""startDate": "2024-05-10T25:00:00Z""#) == ["error: x:n: property 'startDate' expects Date or DateTime, got '2024-05-10T25:00:00Z'"])
    }

    @Test func enumerationValuesMustBeMembers() {
        #expect(problems(page(#""specialty": "https://schema.org/Psychiatric""#)) == [])
        #expect(problems(page(#""specialty": "Psychiatric""#)) == [
            "warning: #webpage: property 'specialty' has enumeration member 'Psychiatric' as text; write 'https://schema.org/Psychiatric'",
        ])
        #expect(problems(page(#""specialty": "Psychiatry""#)) == [
            "error: #webpage: property 'specialty' expects a member of Specialty, got 'Psychiatry' (did you mean 'Psychiatric'?)",
        ])
        #expect(problems(page(#""specialty": "https://schema.org/Clinician""#)) == [
            "error: #webpage: property 'specialty' expects a member of Specialty, got 'Clinician' (a member of MedicalAudienceType)",
        ])
        #expect(problems(page(#""specialty": {"@id": "https://schema.org/Rheumatology"}"#)) == [
            "error: #webpage: property 'specialty' expects a member of Specialty, got 'Rheumatology' (did you mean 'Rheumatologic'?)",
        ])
        #expect(problems(page(#""medicalAudience": ["https://schema.org/Clinician", {"@type": "Patient"}]"#)) == [])
    }

    @Test func supersededTermsAreWarnings() {
        #expect(problems(page(#""specialty": "https://schema.org/Dermatologic""#)) == [
            "warning: #webpage: property 'specialty' has 'Dermatologic', which is superseded by 'Dermatology'",
        ])
        #expect(problems(#"{"@context": "https://schema.org", "@type": "UserBlocks", "@id": "x:u", "name": "U"}"#) == [
            "warning: x:u: type 'UserBlocks' is superseded by 'InteractionCounter'",
        ])
    }

    @Test func unknownAndMisusedTerms() {
        #expect(problems(#"{"@context": "https://schema.org", "@type": "author", "@id": "x:a"}"#) == [
            "error: x:a: 'author' is a schema.org property, not a type",
        ])
        #expect(problems(#"{"@context": "https://schema.org", "@type": "Psychiatric", "@id": "x:a"}"#) == [
            "error: x:a: 'Psychiatric' is a member of MedicalSpecialty, not a type",
        ])
        #expect(problems(#"{"@context": "https://schema.org", "@type": "http://xmlns.com/foaf/0.1/Person", "@id": "x:a", "name": "A"}"#) == [
            "error: x:a: type 'http://xmlns.com/foaf/0.1/Person' is not a schema.org type",
        ])
        #expect(problems(#"{"@context": "https://schema.org", "@type": "Person", "@id": "x:a", "Person": "A"}"#) == [
            "error: x:a: 'Person' is a schema.org type, not a property",
        ])
        #expect(problems(#"{"@context": "https://schema.org", "@id": "x:a", "name": "A"}"#) == [
            "warning: x:a: no @type, so its properties are not checked against a type",
        ])
    }

    @Test func nodeWhereOnlyDataTypesAreExpected() {
        #expect(problems(page(#""dateModified": {"@id": "https://example.org/#d"}"#)) == [
            "error: #webpage: property 'dateModified' expects Date or DateTime, got a reference to 'https://example.org/#d'",
            "warning: #webpage: property 'dateModified' refers to 'https://example.org/#d', which is not described in this document",
        ])
        #expect(problems(page(#""dateModified": {"name": "x"}"#)) == [
            "warning: node at dateModified: no @type, so its properties are not checked against a type",
            "error: #webpage: property 'dateModified' expects Date or DateTime, got a node without @type",
        ].reversed())
    }

    @Test func valueObjectsListsAndRoles() {
        #expect(problems(page(#""dateModified": {"@value": "2024-01-02", "@type": "Date"}, "keywords": {"@list": ["a", "b"]}"#)) == [])
        #expect(problems(page(#""contributor": {"@type": "Role", "roleName": "editor"}"#)) == [])
    }

    @Test func googleArticleRulesApplyToTheMainArticle() {
        let json = """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "MedicalWebPage", "@id": "https://example.org/p/#webpage", "name": "P",
           "mainEntity": {"@id": "https://example.org/p/#article"}},
          {"@type": "Article", "@id": "https://example.org/p/#article", "name": "A", "datePublished": "2024-01-01",
           "author": [{"@id": "https://example.org/#ada"}, {"@type": "Organization", "url": "https://example.org/"}]},
          {"@type": "Person", "@id": "https://example.org/#ada", "name": "Ada"}
        ]}
        """
        #expect(problems(json) == [
            "warning: #article: Google Article rich results: no 'headline'",
            "warning: #article: Google Article rich results: no 'image'",
            "warning: #article: Google Article rich results: author https://example.org/#ada has no 'url'",
            "warning: #article: Google Article rich results: author Organization at @graph[1].author[1] has no 'name'",
        ])
    }

    @Test func documentsThatAreNotJSONOrNotObjects() {
        #expect(located("{\"@context\": ") == ["1:14: error: invalid JSON: the document ends where a value is expected"])
        #expect(located("{\"@context\": \"https://schema.org\", \"@type\": \"Person\",}") == [
            "1:54: error: invalid JSON: a trailing comma before '}'",
        ])
        #expect(problems("42") == ["error: the top level is a number; a JSON-LD document is an object or an array of objects"])
        #expect(problems(#"{"@context": "https://schema.org", "@graph": []}"#) == ["error: document describes no nodes"])
    }

    @Test func explicitBaseShortensNames() {
        let json = #"{"@context": "https://schema.org", "@type": "Person", "@id": "https://example.org/#a", "headline": "x"}"#
        let messages = validator.validate(data: Data(json.utf8), base: "https://example.org/").map(\.message)
        #expect(messages == ["#a: property 'headline' is not allowed on Person (its domain is CreativeWork)"])
    }

    @Test func jsonLDFromOrdinaryWebSitesIsJudgedFairly() throws {
        // A WordPress/Yoast blog post graph: Action annotations such as 'query-input' are
        // schema.org's, numbers for width and height are tolerated with a warning.
        let yoast = validator.validate(data: try Fixtures.data("Wild/yoast-blog-post.jsonld"))
        #expect(yoast.map(\.description) == [
            "84:13: warning: #primaryimage: property 'width' expects Distance or QuantitativeValue, got Number",
            "85:14: warning: #primaryimage: property 'height' expects Distance or QuantitativeValue, got Number",
            "96:14: warning: ListItem at @graph[3].itemListElement[0]: property 'item' expects Thing, got Text",
            "141:14: warning: https://www.example-health.com/#/schema/logo/image/: property 'width' expects Distance or QuantitativeValue, got Number",
            "142:15: warning: https://www.example-health.com/#/schema/logo/image/: property 'height' expects Distance or QuantitativeValue, got Number",
        ])
        // Two script blocks of a shop page, as an array: a Product with an Offer and an FAQPage.
        let shop = validator.validate(data: try Fixtures.data("Wild/product-and-faq.json"))
        #expect(shop.map(\.description) == [])
    }

    @Test func actionAnnotationsNeedAnExistingProperty() {
        let json = """
        {"@context": "https://schema.org", "@type": "SearchAction", "@id": "x:s", "query-input": "required name=q",
         "querry-input": "required name=q", "target": "https://example.org/?q={q}"}
        """
        #expect(problems(json) == ["error: x:s: unknown property 'querry-input' (did you mean 'query-input'?)"])
    }
}
