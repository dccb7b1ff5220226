// ldpub — MIT licence.

import ArticleModel
import Publishing
import Testing

/// The schema.org terms the input may name, as `ldpub` configures them.
@Suite struct SchemaOrgTermsTests {
    @Test func aboutTypesAreThingsOnly() {
        let terms = TermVocabulary.schemaOrg
        for name in ["Thing", "Drug", "MedicalCondition", "MedicalTherapy", "MedicalSpecialty", "Person"] {
            #expect(terms.types.contains(name), "\(name)")
        }
        // DataType is a class outside Thing (a found-by-fuzzing case: its nodes fail `about`'s range).
        #expect(!terms.types.contains("DataType"))
        #expect(terms.classesOutsideTypes == ["DataType"])
        // Data types are not classes at all.
        #expect(!terms.types.contains("Text") && !terms.types.contains("URL"))
        #expect(terms.medicalSpecialties.contains("Psychiatric"))
    }
}
