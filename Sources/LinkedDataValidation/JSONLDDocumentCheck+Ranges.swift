// ldpub — MIT licence.

import SchemaOrgVocabulary

extension JSONLDDocumentCheck {
    /// Checks one value of `node` against the property's `rangeIncludes`.
    mutating func checkValue(_ value: JSONLDValue, of property: String, facts: VocabularyIndex.PropertyFacts, node: Int, at anchor: Anchor) {
        guard !facts.range.isEmpty else {
            if case .reference(let id) = value { checkReference(id, of: property, node: node, at: anchor) }
            return
        }
        switch value {
        case .literal(let literal):
            checkLiteral(literal, of: property, facts: facts, node: node, at: anchor)
        case .node(let child):
            checkNodeValue(.node(child), classes: nodeClasses[child], of: property, facts: facts, node: node, at: anchor)
        case .reference(let id):
            var classes = identifierClasses[id.number]
            var memberTypes: Set<String>?
            if classes.isEmpty, let local = SchemaOrgIRI.localNameOfIRI(id.text) {
                if vocabulary.isEnumerationMember(local) {
                    let types = vocabulary.types(ofMember: local)
                    classes = vocabularyIndex.classesWithAncestors(types)
                    memberTypes = types
                } else if !facts.rangeEnumerations.isEmpty, !vocabulary.isClass(local) {
                    reportNonMember(local, of: property, node: node, at: anchor)
                    return
                }
            }
            checkNodeValue(.reference(id, memberTypes: memberTypes), classes: classes, of: property, facts: facts, node: node, at: anchor)
            checkReference(id, of: property, node: node, at: anchor)
        }
    }

    /// A value that stands for a node: a nested node object, or a reference (with the types of
    /// the enumeration member it names, when it names one).
    private enum NodeValue {
        case node(Int)
        case reference(JSONLDIdentifier, memberTypes: Set<String>?)
    }

    /// Checks a node value, whose classes are `classes`, against the property's range.
    private mutating func checkNodeValue(_ value: NodeValue, classes: ClassSet, of property: String,
                                         facts: VocabularyIndex.PropertyFacts, node: Int, at anchor: Anchor) {
        let hasIRI: Bool
        switch value {
        case .node(let child): hasIRI = graph.nodes[child].id != nil
        case .reference: hasIRI = true
        }
        // An IRI is a URL, whatever else the document says about the thing it names.
        if hasIRI && facts.rangeHasURL { return }
        if classes.isEmpty {
            if facts.rangeHasClasses || facts.rangeHasURL { return }
            let got = hasIRI ? "a reference to '\(shown(value) ?? "")'" : "a node without @type"
            error("\(name(of: node)): property '\(property)' expects \(NameList.or(vocabulary.range(of: property))), got \(got)", at: anchor)
            return
        }
        if classes.intersects(facts.range) { return }
        // The schema.org Role pattern: a Role node stands in for the value it qualifies.
        if classes.intersects(vocabularyIndex.classes(["Role"])) { return }
        let got = typeNames(of: value).sorted().joined(separator: ", ") + (hasIRI ? " (\(shown(value) ?? ""))" : "")
        error("\(name(of: node)): property '\(property)' expects \(NameList.or(vocabulary.range(of: property))), got \(got)", at: anchor)
    }

    /// The classes of a node value by name, for messages.
    private func typeNames(of value: NodeValue) -> Set<String> {
        switch value {
        case .node(let child): return typeNames(of: child)
        case .reference(let id, let memberTypes): return memberTypes ?? typeNames(of: id)
        }
    }

    /// The `@id` of a node value as messages show it.
    private func shown(_ value: NodeValue) -> String? {
        switch value {
        case .node(let child): return graph.nodes[child].id.map { show($0.text) }
        case .reference(let id, _): return show(id.text)
        }
    }

    private mutating func checkLiteral(_ literal: JSONLDLiteral, of property: String, facts: VocabularyIndex.PropertyFacts, node: Int, at anchor: Anchor) {
        if facts.acceptsAnyLiteral { return }
        let lexical = literal.lexical
        var undatedOffset = false
        for type in facts.literalTypes {
            switch fits(literal, type) {
            case .yes: return
            case .withoutOffset: undatedOffset = true
            case .no: break
            }
        }
        if undatedOffset {
            warning("\(name(of: node)): property '\(property)' has a date-time without a time-zone offset \(literal.quoted)", at: anchor)
            return
        }
        if facts.dataTypesIncludeURL && literal.kind == .string {
            if LexicalForm.isAbsoluteIRI(lexical) { return }
            if LexicalForm.isRelativeReference(lexical) {
                warning("\(name(of: node)): property '\(property)' has a relative URL \(literal.quoted); an absolute URL is expected", at: anchor)
                return
            }
        }
        if (facts.dataTypesIncludeDate || facts.dataTypesIncludeDateTime) && LexicalForm.isReducedDate(lexical) {
            warning("\(name(of: node)): property '\(property)' has a reduced-precision date \(literal.quoted); a full date is expected", at: anchor)
            return
        }
        let enumerations = facts.classEnumerations
        if literal.kind == .string, let member = SchemaOrgIRI.localNameOfIRI(lexical) {
            if vocabulary.isEnumerationMember(member) && vocabulary.anyType(vocabulary.types(ofMember: member), fitsOneOf: vocabulary.range(of: property)) {
                if let replacement = vocabulary.supersededBy(member) {
                    warning("\(name(of: node)): property '\(property)' has '\(member)', which is superseded by '\(replacement)'", at: anchor)
                }
                return
            }
            if !enumerations.isEmpty && (vocabulary.kind(of: member) == nil || vocabulary.isEnumerationMember(member)) {
                reportNonMember(member, of: property, node: node, at: anchor)
                return
            }
        } else if literal.kind == .string, !enumerations.isEmpty, Self.isIdentifier(lexical) {
            if enumerations.contains(where: { vocabulary.isMember(lexical, of: $0) }) {
                warning("\(name(of: node)): property '\(property)' has enumeration member '\(lexical)' as text; write 'https://schema.org/\(lexical)'", at: anchor)
            } else {
                reportNonMember(lexical, of: property, node: node, at: anchor)
            }
            return
        }
        if facts.dataTypesIncludeDate && !facts.dataTypesIncludeDateTime && LexicalForm.dateTime(lexical) != .invalid {
            warning("\(name(of: node)): property '\(property)' expects Date, got a date-time \(literal.quoted)", at: anchor)
            return
        }
        let range = vocabulary.range(of: property)
        if facts.rangeHasClasses {
            warning("\(name(of: node)): property '\(property)' expects \(NameList.or(range)), got \(literal.naturalType)", at: anchor)
            return
        }
        error("\(name(of: node)): property '\(property)' expects \(NameList.or(range)), got \(literal.quoted)", at: anchor)
    }

    private mutating func reportNonMember(_ name: String, of property: String, node: Int, at anchor: Anchor) {
        let enumerations = vocabulary.range(of: property).filter { vocabulary.isEnumeration($0) }
        var candidates: Set<String> = []
        for enumeration in enumerations { candidates.formUnion(vocabulary.members(of: enumeration)) }
        let suggestion = didYouMean(vocabulary.suggestions(for: name, among: candidates.sorted(), limit: 1))
        let memberOf = vocabulary.isEnumerationMember(name) ? " (a member of \(NameList.or(vocabulary.types(ofMember: name))))" : ""
        error("\(self.name(of: node)): property '\(property)' expects a member of \(NameList.or(enumerations)), got '\(name.shortened())'\(memberOf)\(suggestion)", at: anchor)
    }

    private enum Fit { case yes, no, withoutOffset }

    /// Whether a literal's lexical form fits one schema.org data type.
    private func fits(_ literal: JSONLDLiteral, _ type: LiteralDataType) -> Fit {
        let lexical = literal.lexical
        let isString = literal.kind == .string
        switch type {
        case .boolean:
            return literal.kind == .boolean || (isString && ["true", "false", "True", "False"].contains(lexical)) ? .yes : .no
        case .integer:
            if literal.kind == .integer { return .yes }
            if literal.kind == .double { return lexical.hasSuffix(".0") ? .yes : .no }
            return isString && LexicalForm.isInteger(lexical) ? .yes : .no
        case .number:
            return literal.kind == .integer || literal.kind == .double || (isString && LexicalForm.isNumber(lexical)) ? .yes : .no
        case .date:
            return isString && LexicalForm.isDate(lexical) ? .yes : .no
        case .dateTime:
            guard isString else { return .no }
            switch LexicalForm.dateTime(lexical) {
            case .withOffset: return .yes
            case .withoutOffset: return .withoutOffset
            case .invalid: return .no
            }
        case .time:
            return isString && LexicalForm.isTime(lexical) ? .yes : .no
        case .duration:
            return isString && LexicalForm.isDuration(lexical) ? .yes : .no
        case .quantity:
            return isString && LexicalForm.isQuantity(lexical) ? .yes : .no
        }
    }

    /// A bare name such as `Psychiatric`: a letter, then letters and digits.
    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
