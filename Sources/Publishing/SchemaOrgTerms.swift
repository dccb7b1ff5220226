// ldpub — MIT licence.

import ArticleModel
import SchemaOrgVocabulary

extension TermVocabulary {
    /// The terms of the bundled schema.org release: every class that is `Thing` or a subclass
    /// of it for `about` (not `DataType`, the one class outside `Thing`, whose nodes cannot be
    /// the `about` of a page), and the members of `MedicalSpecialty`.
    ///
    /// Worked out on another thread from the first mention of `schemaOrg` (reading the bundled
    /// release takes some 25 ms): a rebuild finds what changed meanwhile.
    public static let schemaOrg = TermVocabulary(loadingInBackground: {
        let vocabulary = SchemaOrgVocabulary.current
        let classes = vocabulary.names(of: [.class])
        let things = Set(classes.filter { vocabulary.isSubclass($0, of: "Thing") })
        return Terms(types: things, medicalSpecialties: vocabulary.members(of: "MedicalSpecialty"),
                     classesOutsideTypes: Set(classes).subtracting(things))
    })
}
