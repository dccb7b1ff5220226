// ldpub — MIT licence.

/// The schema.org terms the input may name: types for `about`, members for `specialty`.
///
/// The model does not load schema.org itself; the caller passes the terms (from the
/// SchemaOrgVocabulary module, or a small set in tests).
public struct TermVocabulary: Sendable {
    /// schema.org class names, e.g. `Drug`, `MedicalCondition`.
    public let types: Set<String>
    /// Members of schema.org's MedicalSpecialty enumeration, e.g. `Psychiatric`.
    public let medicalSpecialties: Set<String>
    /// schema.org classes that are not in ``types`` because they are not things (`DataType`),
    /// named so that a diagnostic can say why they are refused.
    public let classesOutsideTypes: Set<String>

    /// Creates a vocabulary.
    public init(types: Set<String>, medicalSpecialties: Set<String>, classesOutsideTypes: Set<String> = []) {
        self.types = types
        self.medicalSpecialties = medicalSpecialties
        self.classesOutsideTypes = classesOutsideTypes
    }
}
