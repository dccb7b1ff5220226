// ldpub — MIT licence.

import SchemaOrgVocabulary

extension VocabularyIndex {
    /// One schema.org term, with what the JSON-LD check asks of it worked out once.
    final class Term: Sendable {
        /// What the name denotes (a name is at most one kind of term).
        let kind: SchemaOrgVocabulary.TermKind
        /// The term that supersedes this one, if it is superseded.
        let replacement: String?
        /// For a class or data type: the class and all its superclasses; `nil` for other terms.
        let ancestors: ClassSet?
        /// For a property (`kind` is `.property`): its domain and range; `nil` for other terms.
        let propertyFacts: PropertyFacts?
        /// The name ends in `-input` or `-output`, the suffixes of schema.org's Action annotations.
        let hasActionAnnotationSuffix: Bool

        init(name: String, kind: SchemaOrgVocabulary.TermKind, replacement: String?, ancestors: ClassSet?, propertyFacts: PropertyFacts?) {
            self.kind = kind
            self.replacement = replacement
            self.ancestors = ancestors
            self.propertyFacts = propertyFacts
            hasActionAnnotationSuffix = name.hasSuffix("-input") || name.hasSuffix("-output")
        }
    }
}
