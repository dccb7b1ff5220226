// ldpub — MIT licence.

import ArticleModel
import SchemaOrgVocabulary

extension TermVocabulary {
    /// The terms of the bundled schema.org release: every class that is `Thing` or a subclass
    /// of it for `about` (not `DataType`, the one class outside `Thing`, whose nodes cannot be
    /// the `about` of a page), and the members of `MedicalSpecialty`.
    public static let schemaOrg: TermVocabulary = {
        let vocabulary = SchemaOrgVocabulary.current
        let classes = vocabulary.names(of: [.class])
        let things = Set(classes.filter { vocabulary.isSubclass($0, of: "Thing") })
        return TermVocabulary(types: things, medicalSpecialties: vocabulary.members(of: "MedicalSpecialty"),
                              classesOutsideTypes: Set(classes).subtracting(things))
    }()
}
