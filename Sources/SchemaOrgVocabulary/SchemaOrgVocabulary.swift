// ldpub — MIT licence.

import Foundation
import SchemaFiles

/// The schema.org vocabulary of one release: classes, data types, properties, enumeration members.
///
/// The facts come from `Schemas/schemaorg-facts.json`, which `Scripts/extract-schemaorg-facts.py`
/// derives from the official release file (schema.org vocabulary, CC BY-SA 3.0,
/// https://schema.org/docs/terms.html). Names are schema.org local names without a namespace,
/// such as `MedicalWebPage`, `reviewedBy` or `Psychiatric`; lookups are case-sensitive.
///
/// Closures (each class's superclasses, each enumeration's members) are computed once when the
/// vocabulary loads, so lookups are hash-table reads. A vocabulary is an immutable value and
/// can be shared between tasks.
public struct SchemaOrgVocabulary: Sendable {
    /// The vocabulary bundled with ldpub (schema.org release 30.0).
    ///
    /// Loaded on first use. The bundled file is checked by the tests, so a failure here means a
    /// broken build and stops the program.
    public static var current: SchemaOrgVocabulary {
        switch loaded {
        case .success(let vocabulary): vocabulary
        case .failure(let failure): fatalError("\(failure)")
        }
    }

    /// The bytes of the bundled facts file (200 KB), or why they could not be read (a machine out
    /// of file descriptors): what a command asks first, to stop with a message instead of a
    /// crash. Reading them is quick; decoding them (``loaded``) is not, and can wait.
    public static let bundledFacts: Result<Data, SchemaFiles.ReadFailure> = SchemaFiles.readSchemaOrgFacts()

    /// ``current``, or why its file could not be read.
    public static let loaded: Result<SchemaOrgVocabulary, SchemaFiles.ReadFailure> = {
        bundledFacts.map { facts in
            do {
                return try SchemaOrgVocabulary(facts: facts)
            } catch {
                fatalError("ldpub was built with a broken Schemas/schemaorg-facts.json: \(error)")
            }
        }
    }()

    /// The schema.org release the facts were extracted from, such as `30.0`.
    public let release: String
    /// The licence and attribution of the vocabulary.
    public let licence: String
    /// The SHA-256 of the release file the facts were extracted from, in lowercase hexadecimal.
    public let sourceSHA256: String

    let directSuperclasses: [String: [String]]
    let ancestorsByClass: [String: Set<String>]
    let dataTypeNames: Set<String>
    let enumerationNames: Set<String>
    let properties: [String: (domain: Set<String>, range: Set<String>)]
    let typesByMember: [String: Set<String>]
    let membersByEnumeration: [String: Set<String>]
    let replacements: [String: String]
    let namesByKind: [TermKind: [String]]

    /// Loads a vocabulary from the JSON facts file that the extraction script writes.
    ///
    /// Every class a term refers to (superclass, domain, range, enumeration type) must be
    /// defined in the file.
    /// - Parameter facts: The contents of a `schemaorg-facts.json` file.
    /// - Throws: ``LoadingError`` when the data is not a consistent facts file.
    public init(facts: Data) throws {
        let decoded: SchemaOrgFacts
        do {
            decoded = try JSONDecoder().decode(SchemaOrgFacts.self, from: facts)
        } catch {
            throw LoadingError.malformed(String(describing: error))
        }
        release = decoded.about.release
        licence = decoded.about.licence
        sourceSHA256 = decoded.about.sourceSHA256

        var superclasses = decoded.classes
        superclasses.merge(decoded.dataTypes) { first, _ in first }
        for (name, parents) in superclasses {
            for parent in parents where superclasses[parent] == nil {
                throw LoadingError.undefinedTerm(parent, referencedBy: name)
            }
        }
        directSuperclasses = superclasses
        var ancestors: [String: Set<String>] = [:]
        ancestors.reserveCapacity(superclasses.count)
        for name in superclasses.keys {
            var seen: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for parent in superclasses[next] ?? [] where seen.insert(parent).inserted {
                    pending.append(parent)
                }
            }
            ancestors[name] = seen
        }
        ancestorsByClass = ancestors
        dataTypeNames = Set(decoded.dataTypes.keys)
        enumerationNames = Set(decoded.classes.keys.filter { ancestors[$0]?.contains("Enumeration") == true })

        var properties: [String: (domain: Set<String>, range: Set<String>)] = [:]
        properties.reserveCapacity(decoded.properties.count)
        for (name, property) in decoded.properties {
            for term in property.domain + property.range where superclasses[term] == nil {
                throw LoadingError.undefinedTerm(term, referencedBy: name)
            }
            properties[name] = (Set(property.domain), Set(property.range))
        }
        self.properties = properties

        var typesByMember: [String: Set<String>] = [:]
        var membersByEnumeration: [String: Set<String>] = [:]
        for (member, types) in decoded.members {
            typesByMember[member] = Set(types)
            for type in types {
                guard let closure = ancestors[type] else {
                    throw LoadingError.undefinedTerm(type, referencedBy: member)
                }
                for enclosing in closure { membersByEnumeration[enclosing, default: []].insert(member) }
            }
        }
        self.typesByMember = typesByMember
        self.membersByEnumeration = membersByEnumeration
        replacements = decoded.supersededBy
        namesByKind = [
            .class: decoded.classes.keys.sorted(),
            .dataType: decoded.dataTypes.keys.sorted(),
            .property: decoded.properties.keys.sorted(),
            .enumerationMember: decoded.members.keys.sorted(),
        ]
    }

    /// What `name` denotes, or `nil` if it is not a schema.org term of this release.
    ///
    /// A name is at most one kind of term in schema.org.
    /// - Parameter name: A local name such as `Person`, `Text`, `author` or `Psychiatric`.
    /// - Returns: The kind of term, or `nil` for an unknown name.
    public func kind(of name: String) -> TermKind? {
        if dataTypeNames.contains(name) { return .dataType }
        if ancestorsByClass[name] != nil { return .class }
        if properties[name] != nil { return .property }
        if typesByMember[name] != nil { return .enumerationMember }
        return nil
    }

    /// Whether `name` is a class, data types included (schema.org data types are classes too).
    public func isClass(_ name: String) -> Bool { ancestorsByClass[name] != nil }

    /// Whether `name` is a data type (`Text`, `URL`, `Date`, `DateTime`, `Time`, `Number`,
    /// `Integer`, `Float`, `Boolean`, `Duration`, …).
    public func isDataType(_ name: String) -> Bool { dataTypeNames.contains(name) }

    /// Whether `name` is a property.
    public func isProperty(_ name: String) -> Bool { properties[name] != nil }

    /// Whether `name` is a member of some enumeration (or of `Boolean`, for `True` and `False`).
    public func isEnumerationMember(_ name: String) -> Bool { typesByMember[name] != nil }

    /// Whether `name` is an enumeration: a class that is `Enumeration` or one of its subclasses.
    public func isEnumeration(_ name: String) -> Bool { enumerationNames.contains(name) }

    /// The direct superclasses of a class or data type, sorted; empty for a root or an unknown name.
    public func superclasses(of name: String) -> [String] { directSuperclasses[name] ?? [] }

    /// A class together with all its superclasses (the reflexive `rdfs:subClassOf` closure).
    ///
    /// - Parameter name: A class or data type.
    /// - Returns: The closure, which contains `name` itself; empty if `name` is not a class.
    public func ancestors(of name: String) -> Set<String> { ancestorsByClass[name] ?? [] }

    /// Whether `name` is `other` or a direct or indirect subclass of it.
    ///
    /// `isSubclass("Patient", of: "MedicalAudience")` and `isSubclass("URL", of: "Text")` are true.
    /// - Parameters:
    ///   - name: The class that may be the subclass.
    ///   - other: The class that may be the superclass.
    /// - Returns: `false` when either name is not a class.
    public func isSubclass(_ name: String, of other: String) -> Bool {
        ancestorsByClass[name]?.contains(other) ?? false
    }

    /// Whether some class of `types`, or a superclass of one, is in `classes`.
    ///
    /// This is how a node fits a range, and how a property fits a node's types: a `Person` fits
    /// a range `Person` or `Thing`.
    /// - Parameters:
    ///   - types: The classes of a node.
    ///   - classes: The classes that are accepted, such as a property's range.
    public func anyType<Types: Sequence<String>>(_ types: Types, fitsOneOf classes: Set<String>) -> Bool {
        for type in types {
            guard let closure = ancestorsByClass[type] else { continue }
            if closure.count <= classes.count {
                if closure.contains(where: classes.contains) { return true }
            } else if classes.contains(where: closure.contains) {
                return true
            }
        }
        return false
    }

    /// The classes in a property's `domainIncludes`; empty for an unknown property.
    public func domain(of property: String) -> Set<String> { properties[property]?.domain ?? [] }

    /// The classes and data types in a property's `rangeIncludes`; empty for an unknown property.
    public func range(of property: String) -> Set<String> { properties[property]?.range ?? [] }

    /// Whether `property` may be used on a node of type `type`.
    ///
    /// True when `type` or one of its superclasses is in the property's `domainIncludes`, or
    /// when the property declares no domain at all.
    /// - Parameters:
    ///   - property: A property name such as `reviewedBy`.
    ///   - type: A class name such as `MedicalWebPage`.
    /// - Returns: `false` when either name is unknown.
    public func isProperty(_ property: String, allowedOn type: String) -> Bool {
        guard let facts = properties[property], ancestorsByClass[type] != nil else { return false }
        return facts.domain.isEmpty || anyType(CollectionOfOne(type), fitsOneOf: facts.domain)
    }

    /// The members of an enumeration, including the members of its subclasses.
    ///
    /// `members(of: "MedicalSpecialty")` contains `Psychiatric`; `members(of: "Specialty")` does
    /// too, since `MedicalSpecialty` is a subclass of `Specialty`.
    /// - Parameter enumeration: An enumeration class, such as `MedicalAudienceType`.
    /// - Returns: Member names; empty when `enumeration` has none or is not a class.
    public func members(of enumeration: String) -> Set<String> { membersByEnumeration[enumeration] ?? [] }

    /// The types a member is declared with (usually one enumeration); empty if `name` is not a member.
    public func types(ofMember name: String) -> Set<String> { typesByMember[name] ?? [] }

    /// Whether `member` belongs to `enumeration` or to one of its subclasses.
    public func isMember(_ member: String, of enumeration: String) -> Bool {
        membersByEnumeration[enumeration]?.contains(member) ?? false
    }

    /// The term that replaces a superseded term (`supersededBy`), or `nil` if `term` is current.
    public func supersededBy(_ term: String) -> String? { replacements[term] }

    /// All names of the given kinds, sorted.
    public func names(of kinds: Set<TermKind> = Set(TermKind.allCases)) -> [String] {
        TermKind.allCases.filter(kinds.contains).flatMap { namesByKind[$0] ?? [] }.sorted()
    }
}
