// ldpub — MIT licence.

import SchemaOrgVocabulary

/// The schema.org vocabulary as the JSON-LD check consults it for every node and value: each
/// name found with one hash lookup, classes numbered so that class sets are bit sets, and what
/// the checks ask of each property's domain and range worked out once, when the validator is made.
///
/// Messages, which are rare, still read ``vocabulary`` itself.
struct VocabularyIndex: Sendable {
    let vocabulary: SchemaOrgVocabulary
    private let terms: [String: Term]
    /// Classes and data types by number, the bit each has in a ``ClassSet``.
    private let classNumbers: [String: Int]

    init(vocabulary: SchemaOrgVocabulary) {
        self.vocabulary = vocabulary
        var classNumbers: [String: Int] = [:]
        for (number, name) in vocabulary.names(of: [.class, .dataType]).enumerated() {
            classNumbers[name] = number
        }
        self.classNumbers = classNumbers
        func classes(_ names: some Sequence<String>) -> ClassSet {
            ClassSet(names.compactMap { classNumbers[$0] })
        }
        // `Text` and its subtypes other than `URL` accept any literal.
        let textLikeTypes = Set(vocabulary.names(of: [.dataType]).filter { $0 != "URL" && vocabulary.isSubclass($0, of: "Text") })

        var terms: [String: Term] = [:]
        for name in vocabulary.names() {
            guard let kind = vocabulary.kind(of: name) else { continue }
            var facts: PropertyFacts?
            if kind == .property {
                let range = vocabulary.range(of: name)
                let dataTypes = range.filter { vocabulary.isDataType($0) }
                let rangeClasses = range.subtracting(dataTypes)
                facts = PropertyFacts(
                    domain: classes(vocabulary.domain(of: name)),
                    range: classes(range),
                    rangeHasClasses: !rangeClasses.isEmpty,
                    rangeHasURL: range.contains("URL"),
                    acceptsAnyLiteral: !dataTypes.isDisjoint(with: textLikeTypes),
                    literalTypes: dataTypes.sorted().compactMap(LiteralDataType.init(name:)),
                    dataTypesIncludeURL: dataTypes.contains("URL"),
                    dataTypesIncludeDate: dataTypes.contains("Date"),
                    dataTypesIncludeDateTime: dataTypes.contains("DateTime"),
                    rangeEnumerations: range.filter { vocabulary.isEnumeration($0) },
                    classEnumerations: rangeClasses.filter { vocabulary.isEnumeration($0) })
            }
            terms[name] = Term(name: name, kind: kind, replacement: vocabulary.supersededBy(name),
                               ancestors: vocabulary.isClass(name) ? classes(vocabulary.ancestors(of: name)) : nil,
                               propertyFacts: facts)
        }
        self.terms = terms
    }

    /// What `name` denotes, or `nil` if it is not a schema.org term.
    func term(_ name: String) -> Term? { terms[name] }

    /// The number of a class or data type, or `nil` for another name.
    func classNumber(_ name: String) -> Int? { classNumbers[name] }

    /// The named classes themselves (not their superclasses), skipping names that are not
    /// classes: the set a node's classes are tested against, as `anyType(_:fitsOneOf:)` does.
    func classes(_ names: some Sequence<String>) -> ClassSet {
        ClassSet(names.compactMap { classNumbers[$0] })
    }

    /// The named classes and all their superclasses, skipping names that are not classes.
    func classesWithAncestors(_ names: some Sequence<String>) -> ClassSet {
        var result = ClassSet()
        for name in names {
            if let ancestors = terms[name]?.ancestors { result.formUnion(ancestors) }
        }
        return result
    }
}
