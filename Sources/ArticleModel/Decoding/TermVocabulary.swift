// ldpub — MIT licence.

/// The schema.org terms the input may name: types for `about`, members for `specialty`.
///
/// The model does not load schema.org itself; the caller passes the terms (from the
/// SchemaOrgVocabulary module, or a small set in tests), or a way to work them out on another
/// thread (``init(loadingInBackground:)``), so that a build that decodes no article never waits
/// for them.
public struct TermVocabulary: Sendable {
    /// The terms themselves.
    public struct Terms: Sendable {
        /// schema.org class names, e.g. `Drug`, `MedicalCondition`.
        public var types: Set<String>
        /// Members of schema.org's MedicalSpecialty enumeration, e.g. `Psychiatric`.
        public var medicalSpecialties: Set<String>
        /// schema.org classes that are not in ``types`` because they are not things (`DataType`),
        /// named so that a diagnostic can say why they are refused.
        public var classesOutsideTypes: Set<String>

        /// Creates the terms.
        public init(types: Set<String>, medicalSpecialties: Set<String>, classesOutsideTypes: Set<String> = []) {
            self.types = types
            self.medicalSpecialties = medicalSpecialties
            self.classesOutsideTypes = classesOutsideTypes
        }
    }

    private let terms: BackgroundWork<Terms>

    /// schema.org class names, e.g. `Drug`, `MedicalCondition`.
    public var types: Set<String> { terms.value.types }
    /// Members of schema.org's MedicalSpecialty enumeration, e.g. `Psychiatric`.
    public var medicalSpecialties: Set<String> { terms.value.medicalSpecialties }
    /// schema.org classes that are not in ``types`` because they are not things (`DataType`),
    /// named so that a diagnostic can say why they are refused.
    public var classesOutsideTypes: Set<String> { terms.value.classesOutsideTypes }

    /// Creates a vocabulary.
    public init(types: Set<String>, medicalSpecialties: Set<String>, classesOutsideTypes: Set<String> = []) {
        terms = BackgroundWork(ready: Terms(types: types, medicalSpecialties: medicalSpecialties, classesOutsideTypes: classesOutsideTypes))
    }

    /// A vocabulary whose terms `load` works out on another thread, starting now; the first
    /// question asked of it waits for them.
    public init(loadingInBackground load: @escaping @Sendable () -> Terms) {
        terms = BackgroundWork(load)
    }
}
