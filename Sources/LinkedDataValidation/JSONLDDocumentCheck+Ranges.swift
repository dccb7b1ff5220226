// ldpub — MIT licence.

import SchemaOrgVocabulary

extension JSONLDDocumentCheck {
    /// Checks one value against the property's `rangeIncludes`.
    mutating func checkValue(_ value: JSONLDValue, of property: String, label: String) {
        let range = vocabulary.range(of: property)
        guard !range.isEmpty else {
            if case .reference(let id) = value { checkReference(id, of: property, label: label) }
            return
        }
        switch value {
        case .literal(let literal):
            checkLiteral(literal, of: property, range: range, label: label)
        case .node(let index):
            let node = graph.nodes[index]
            checkNodeValue(types: types(of: index), hasIRI: node.id != nil, shown: node.id.map(show), of: property, range: range, label: label)
        case .reference(let id):
            var types = typesByID[id] ?? []
            if types.isEmpty, let local = SchemaOrgIRI.localNameOfIRI(id) {
                if vocabulary.isEnumerationMember(local) {
                    types = vocabulary.types(ofMember: local)
                } else if enumerations(in: range).isEmpty == false, !vocabulary.isClass(local) {
                    reportNonMember(local, of: property, range: range, label: label)
                    return
                }
            }
            checkNodeValue(types: types, hasIRI: true, shown: show(id), of: property, range: range, label: label)
            checkReference(id, of: property, label: label)
        }
    }

    private func enumerations(in range: Set<String>) -> Set<String> {
        range.filter { vocabulary.isEnumeration($0) }
    }

    private mutating func checkNodeValue(types: Set<String>, hasIRI: Bool, shown: String?, of property: String, range: Set<String>, label: String) {
        // An IRI is a URL, whatever else the document says about the thing it names.
        if hasIRI && range.contains("URL") { return }
        let classes = range.filter { !vocabulary.isDataType($0) }
        if types.isEmpty {
            if !classes.isEmpty || range.contains("URL") { return }
            let got = hasIRI ? "a reference to '\(shown ?? "")'" : "a node without @type"
            problems.error("\(label): property '\(property)' expects \(NameList.or(range)), got \(got)")
            return
        }
        if vocabulary.anyType(types, fitsOneOf: range) { return }
        // The schema.org Role pattern: a Role node stands in for the value it qualifies.
        if vocabulary.anyType(types, fitsOneOf: ["Role"]) { return }
        let got = types.sorted().joined(separator: ", ") + (hasIRI ? " (\(shown ?? ""))" : "")
        problems.error("\(label): property '\(property)' expects \(NameList.or(range)), got \(got)")
    }

    private mutating func checkLiteral(_ literal: JSONLDLiteral, of property: String, range: Set<String>, label: String) {
        let dataTypes = range.filter { vocabulary.isDataType($0) }
        if !dataTypes.isDisjoint(with: textLikeTypes) { return }
        let lexical = literal.lexical
        var undatedOffset = false
        for type in dataTypes where type != "URL" {
            switch fits(literal, type) {
            case .yes: return
            case .withoutOffset: undatedOffset = true
            case .no: break
            }
        }
        if undatedOffset {
            problems.warning("\(label): property '\(property)' has a date-time without a time-zone offset \(literal.quoted)")
            return
        }
        if dataTypes.contains("URL") && literal.kind == .string {
            if LexicalForm.isAbsoluteIRI(lexical) { return }
            if LexicalForm.isRelativeReference(lexical) {
                problems.warning("\(label): property '\(property)' has a relative URL \(literal.quoted); an absolute URL is expected")
                return
            }
        }
        if (dataTypes.contains("Date") || dataTypes.contains("DateTime")) && LexicalForm.isReducedDate(lexical) {
            problems.warning("\(label): property '\(property)' has a reduced-precision date \(literal.quoted); a full date is expected")
            return
        }
        let classes = range.subtracting(dataTypes)
        let enumerations = enumerations(in: classes)
        if literal.kind == .string, let member = SchemaOrgIRI.localNameOfIRI(lexical) {
            if vocabulary.isEnumerationMember(member) && vocabulary.anyType(vocabulary.types(ofMember: member), fitsOneOf: range) {
                if let replacement = vocabulary.supersededBy(member) {
                    problems.warning("\(label): property '\(property)' has '\(member)', which is superseded by '\(replacement)'")
                }
                return
            }
            if !enumerations.isEmpty && (vocabulary.kind(of: member) == nil || vocabulary.isEnumerationMember(member)) {
                reportNonMember(member, of: property, range: range, label: label)
                return
            }
        } else if literal.kind == .string, !enumerations.isEmpty, Self.isIdentifier(lexical) {
            if enumerations.contains(where: { vocabulary.isMember(lexical, of: $0) }) {
                problems.warning("\(label): property '\(property)' has enumeration member '\(lexical)' as text; write 'https://schema.org/\(lexical)'")
            } else {
                reportNonMember(lexical, of: property, range: range, label: label)
            }
            return
        }
        if dataTypes.contains("Date") && !dataTypes.contains("DateTime") && LexicalForm.dateTime(lexical) != .invalid {
            problems.warning("\(label): property '\(property)' expects Date, got a date-time \(literal.quoted)")
            return
        }
        if !classes.isEmpty {
            problems.warning("\(label): property '\(property)' expects \(NameList.or(range)), got \(literal.naturalType)")
            return
        }
        problems.error("\(label): property '\(property)' expects \(NameList.or(range)), got \(literal.quoted)")
    }

    private mutating func reportNonMember(_ name: String, of property: String, range: Set<String>, label: String) {
        let enumerations = enumerations(in: range)
        var candidates: Set<String> = []
        for enumeration in enumerations { candidates.formUnion(vocabulary.members(of: enumeration)) }
        let suggestion = didYouMean(vocabulary.suggestions(for: name, among: candidates.sorted(), limit: 1))
        let memberOf = vocabulary.isEnumerationMember(name) ? " (a member of \(NameList.or(vocabulary.types(ofMember: name))))" : ""
        problems.error("\(label): property '\(property)' expects a member of \(NameList.or(enumerations)), got '\(name.shortened())'\(memberOf)\(suggestion)")
    }

    private enum Fit { case yes, no, withoutOffset }

    /// Whether a literal's lexical form fits one schema.org data type.
    private func fits(_ literal: JSONLDLiteral, _ type: String) -> Fit {
        let lexical = literal.lexical
        let isString = literal.kind == .string
        switch type {
        case "Boolean":
            return literal.kind == .boolean || (isString && ["true", "false", "True", "False"].contains(lexical)) ? .yes : .no
        case "Integer":
            if literal.kind == .integer { return .yes }
            if literal.kind == .double { return lexical.hasSuffix(".0") ? .yes : .no }
            return isString && LexicalForm.isInteger(lexical) ? .yes : .no
        case "Number", "Float":
            return literal.kind == .integer || literal.kind == .double || (isString && LexicalForm.isNumber(lexical)) ? .yes : .no
        case "Date":
            return isString && LexicalForm.isDate(lexical) ? .yes : .no
        case "DateTime":
            guard isString else { return .no }
            switch LexicalForm.dateTime(lexical) {
            case .withOffset: return .yes
            case .withoutOffset: return .withoutOffset
            case .invalid: return .no
            }
        case "Time":
            return isString && LexicalForm.isTime(lexical) ? .yes : .no
        case "Duration":
            return isString && LexicalForm.isDuration(lexical) ? .yes : .no
        case "Quantity", "Distance", "Energy", "Mass":
            return isString && LexicalForm.isQuantity(lexical) ? .yes : .no
        default:
            return .no
        }
    }

    /// A bare name such as `Psychiatric`: a letter, then letters and digits.
    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
