// ldpub — MIT licence.

extension VocabularyIndex {
    /// A property's `domainIncludes` and `rangeIncludes` in the forms the value checks use.
    final class PropertyFacts: Sendable {
        /// The classes of `domainIncludes`; empty when the property declares none.
        let domain: ClassSet
        /// The classes and data types of `rangeIncludes`; empty when it declares none.
        let range: ClassSet
        /// The range has a class that is not a data type.
        let rangeHasClasses: Bool
        /// `URL` is in the range.
        let rangeHasURL: Bool
        /// The range has `Text` or a subtype of it other than `URL`, so every literal fits.
        let acceptsAnyLiteral: Bool
        /// The range's data types with a lexical form to check.
        let literalTypes: [LiteralDataType]
        /// `URL`, `Date` and `DateTime` among the range's data types.
        let dataTypesIncludeURL: Bool
        let dataTypesIncludeDate: Bool
        let dataTypesIncludeDateTime: Bool
        /// The enumerations in the range.
        let rangeEnumerations: Set<String>
        /// The enumerations among the range's classes that are not data types.
        let classEnumerations: Set<String>

        init(domain: ClassSet, range: ClassSet, rangeHasClasses: Bool, rangeHasURL: Bool, acceptsAnyLiteral: Bool,
             literalTypes: [LiteralDataType], dataTypesIncludeURL: Bool, dataTypesIncludeDate: Bool,
             dataTypesIncludeDateTime: Bool, rangeEnumerations: Set<String>, classEnumerations: Set<String>) {
            self.domain = domain
            self.range = range
            self.rangeHasClasses = rangeHasClasses
            self.rangeHasURL = rangeHasURL
            self.acceptsAnyLiteral = acceptsAnyLiteral
            self.literalTypes = literalTypes
            self.dataTypesIncludeURL = dataTypesIncludeURL
            self.dataTypesIncludeDate = dataTypesIncludeDate
            self.dataTypesIncludeDateTime = dataTypesIncludeDateTime
            self.rangeEnumerations = rangeEnumerations
            self.classEnumerations = classEnumerations
        }
    }
}
