// ldpub — MIT licence.

import ArticleModel
import SchemaOrgVocabulary

/// The schema.org terms the input may name, as the `ldpub` command configures them.
public enum FuzzVocabulary {
    /// Types for `about`, members for `specialty`.
    public static let terms = TermVocabulary(
        types: Set(SchemaOrgVocabulary.current.names(of: [.class])),
        medicalSpecialties: SchemaOrgVocabulary.current.members(of: "MedicalSpecialty"))
    /// The types, sorted, to pick from.
    public static let types = terms.types.sorted()
    /// The specialties, sorted, to pick from.
    public static let specialties = terms.medicalSpecialties.sorted()
}
