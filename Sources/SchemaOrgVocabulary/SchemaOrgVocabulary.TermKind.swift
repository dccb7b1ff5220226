// ldpub — MIT licence.

extension SchemaOrgVocabulary {
    /// What a schema.org name denotes.
    public enum TermKind: Sendable, Hashable, CaseIterable {
        /// A class (type) that is not a data type, such as `Person` or `MedicalWebPage`.
        case `class`
        /// A data type such as `Text`, `URL`, `Date` or `Integer`.
        case dataType
        /// A property such as `author` or `reviewedBy`.
        case property
        /// A member of an enumeration, such as `Psychiatric` (a `MedicalSpecialty`).
        case enumerationMember
    }
}
