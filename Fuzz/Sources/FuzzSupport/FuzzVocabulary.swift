// ldpub — MIT licence.

import ArticleModel
import Publishing
import SchemaOrgVocabulary

/// The schema.org terms the input may name, as the `ldpub` command configures them.
public enum FuzzVocabulary {
    /// Types for `about`, members for `specialty`.
    public static let terms = TermVocabulary.schemaOrg
    /// The types, sorted, to pick from.
    public static let types = terms.types.sorted()
    /// The specialties, sorted, to pick from.
    public static let specialties = terms.medicalSpecialties.sorted()
}
