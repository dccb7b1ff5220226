// ldpub — MIT licence.

import Foundation
import SchemaFiles
import SchemaOrgVocabulary
import Testing

@Suite struct VocabularyTests {
    let vocabulary = SchemaOrgVocabulary.current

    @Test func releaseAndAttribution() {
        #expect(vocabulary.release == "30.0")
        #expect(vocabulary.licence.contains("CC BY-SA 3.0"))
        #expect(vocabulary.licence.contains("https://schema.org/docs/terms.html"))
        #expect(vocabulary.sourceSHA256 == "4467fa19edcb1d7fb3c46c0adf3591b7f870c4a60b7838bdb61694fd02864cf6")
    }

    @Test func kindsOfTerms() {
        #expect(vocabulary.kind(of: "MedicalWebPage") == .class)
        #expect(vocabulary.kind(of: "URL") == .dataType)
        #expect(vocabulary.kind(of: "reviewedBy") == .property)
        #expect(vocabulary.kind(of: "Psychiatric") == .enumerationMember)
        #expect(vocabulary.kind(of: "psychiatric") == nil)
        #expect(vocabulary.isClass("Patient"))
        #expect(vocabulary.isClass("Text"), "data types are classes too")
        #expect(!vocabulary.isClass("author"))
        #expect(vocabulary.isDataType("Integer"))
        #expect(!vocabulary.isDataType("Person"))
        #expect(vocabulary.isProperty("medicalAudience"))
        #expect(vocabulary.isEnumerationMember("Clinician"))
        #expect(vocabulary.isEnumeration("MedicalSpecialty"))
        #expect(!vocabulary.isEnumeration("Boolean"))
    }

    @Test func dataTypeHierarchy() {
        #expect(vocabulary.isSubclass("URL", of: "Text"))
        #expect(vocabulary.isSubclass("Integer", of: "Number"))
        #expect(vocabulary.isSubclass("Float", of: "Number"))
        #expect(!vocabulary.isSubclass("Date", of: "DateTime"))
        #expect(vocabulary.superclasses(of: "URL") == ["Text"])
        let dataTypes = Set(vocabulary.names(of: [.dataType]))
        #expect(dataTypes.isSuperset(of: ["Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean"]))
    }

    @Test func classHierarchy() {
        #expect(vocabulary.isSubclass("Patient", of: "MedicalAudience"))
        #expect(vocabulary.isSubclass("Patient", of: "Person"))
        #expect(vocabulary.isSubclass("MedicalWebPage", of: "WebPage"))
        #expect(vocabulary.isSubclass("ScholarlyArticle", of: "CreativeWork"))
        #expect(vocabulary.isSubclass("Person", of: "Person"))
        #expect(!vocabulary.isSubclass("Person", of: "Organization"))
        #expect(!vocabulary.isSubclass("NoSuchType", of: "Thing"))
        #expect(vocabulary.ancestors(of: "MedicalWebPage").isSuperset(of: ["MedicalWebPage", "WebPage", "CreativeWork", "Thing"]))
        #expect(vocabulary.ancestors(of: "nothing").isEmpty)
    }

    @Test func domainsAndRanges() {
        #expect(vocabulary.domain(of: "reviewedBy") == ["WebPage"])
        #expect(vocabulary.range(of: "reviewedBy") == ["Organization", "Person"])
        #expect(vocabulary.range(of: "medicalAudience") == ["MedicalAudience", "MedicalAudienceType"])
        #expect(vocabulary.isProperty("reviewedBy", allowedOn: "MedicalWebPage"))
        #expect(!vocabulary.isProperty("reviewedBy", allowedOn: "Article"))
        #expect(vocabulary.isProperty("pagination", allowedOn: "ScholarlyArticle"))
        #expect(vocabulary.isProperty("appearance", allowedOn: "Claim"))
        #expect(vocabulary.isProperty("name", allowedOn: "Patient"))
        #expect(vocabulary.anyType(["Patient"], fitsOneOf: ["MedicalAudience", "MedicalAudienceType"]))
        #expect(!vocabulary.anyType(["Drug"], fitsOneOf: ["Organization", "Person"]))
    }

    @Test func enumerationMembers() {
        #expect(vocabulary.members(of: "MedicalSpecialty").contains("Psychiatric"))
        #expect(vocabulary.members(of: "Specialty").contains("Psychiatric"), "members of subclasses count")
        #expect(vocabulary.members(of: "MedicalAudienceType").isSuperset(of: ["Clinician", "MedicalResearcher"]))
        #expect(!vocabulary.members(of: "MedicalAudienceType").contains("Patient"), "Patient is a class, not a member")
        #expect(vocabulary.types(ofMember: "Clinician") == ["MedicalAudienceType"])
        #expect(vocabulary.types(ofMember: "Radiography") == ["MedicalImagingTechnique", "MedicalSpecialty"])
        #expect(vocabulary.isMember("Psychiatric", of: "MedicalEnumeration"))
        #expect(!vocabulary.isMember("Clinician", of: "MedicalSpecialty"))
        #expect(vocabulary.members(of: "Boolean") == ["False", "True"])
    }

    @Test func supersededTerms() {
        #expect(vocabulary.supersededBy("language") == "inLanguage")
        #expect(vocabulary.supersededBy("Dermatologic") == "Dermatology")
        #expect(vocabulary.supersededBy("UserBlocks") == "InteractionCounter")
        #expect(vocabulary.supersededBy("inLanguage") == nil)
    }

    struct SuggestionCase: Sendable, CustomTestStringConvertible {
        let name: String
        let kinds: Set<SchemaOrgVocabulary.TermKind>
        let expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        SuggestionCase(name: "MedicalWebPag", kinds: [.class], expected: "MedicalWebPage"),
        SuggestionCase(name: "headlin", kinds: [.property], expected: "headline"),
        SuggestionCase(name: "medicalwebpage", kinds: [.class], expected: "MedicalWebPage"),
        SuggestionCase(name: "reviewdBy", kinds: [.property], expected: "reviewedBy"),
        SuggestionCase(name: "Psychiatry", kinds: [.enumerationMember], expected: "Psychiatric"),
    ])
    func suggestions(for suggestion: SuggestionCase) {
        #expect(vocabulary.suggestions(for: suggestion.name, kinds: suggestion.kinds, limit: 1) == [suggestion.expected])
    }

    @Test func noSuggestionForFarNames() {
        #expect(vocabulary.suggestions(for: "Zzzzzzzzzzzz", kinds: [.class]).isEmpty)
    }

    @Test func bundledFactsLoadAndMalformedFactsThrow() throws {
        _ = try SchemaOrgVocabulary(facts: SchemaFiles.schemaOrgFacts)
        #expect(throws: SchemaOrgVocabulary.LoadingError.self) {
            try SchemaOrgVocabulary(facts: Data("{}".utf8))
        }
        let dangling = """
        {"about": {"licence": "l", "release": "r", "source": "s", "sourceSHA256": "x"},
         "classes": {"Thing": [], "Person": ["Thingy"]}, "dataTypes": {}, "members": {}, "properties": {}, "supersededBy": {}}
        """
        #expect(throws: SchemaOrgVocabulary.LoadingError.undefinedTerm("Thingy", referencedBy: "Person")) {
            try SchemaOrgVocabulary(facts: Data(dangling.utf8))
        }
    }
}
