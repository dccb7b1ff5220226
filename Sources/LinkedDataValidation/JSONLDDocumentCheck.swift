// ldpub — MIT licence.

import SchemaOrgVocabulary

/// The check of one JSON-LD document: the graph, what was derived from it, and the problems.
struct JSONLDDocumentCheck {
    let vocabulary: SchemaOrgVocabulary
    let graph: JSONLDGraph
    var problems: ProblemCollector
    /// `@id`s already reported as referenced but not described.
    var reportedReferences: Set<String> = []

    /// Per node object: its `@type`s that are schema.org classes.
    let ownTypes: [[String]]
    /// Per `@id`: the schema.org classes of every node object with that `@id`.
    let typesByID: [String: Set<String>]
    /// Per `@id`: the node objects that describe it, in document order.
    let nodesByID: [String: [Int]]
    /// Node objects that are the value of some property (nested, or referenced by `@id`).
    let objectNodes: Set<Int>
    /// The page the document is about (a MedicalWebPage, else a WebPage), if any.
    let mainPage: Int?
    /// What node names are shortened against: the page's address.
    let base: String?
    /// The data types that accept any literal: `Text` and its subtypes other than `URL`.
    let textLikeTypes: Set<String>

    init(vocabulary: SchemaOrgVocabulary, textLikeTypes: Set<String>, graph: JSONLDGraph, base explicitBase: String?, problems: ProblemCollector) {
        self.vocabulary = vocabulary
        self.textLikeTypes = textLikeTypes
        self.graph = graph
        self.problems = problems
        var ownTypes: [[String]] = []
        var typesByID: [String: Set<String>] = [:]
        var nodesByID: [String: [Int]] = [:]
        var objectNodes: Set<Int> = []
        var referenced: Set<String> = []
        for (index, node) in graph.nodes.enumerated() {
            let known = node.types.compactMap { raw -> String? in
                guard let local = SchemaOrgIRI.localName(raw), vocabulary.isClass(local) else { return nil }
                return local
            }
            ownTypes.append(known)
            if let id = node.id, node.isDescription {
                typesByID[id, default: []].formUnion(known)
                nodesByID[id, default: []].append(index)
            }
            for property in node.properties {
                for value in property.values {
                    switch value {
                    case .node(let child):
                        objectNodes.insert(child)
                        if let id = graph.nodes[child].id { referenced.insert(id) }
                    case .reference(let id):
                        referenced.insert(id)
                    case .literal:
                        break
                    }
                }
            }
        }
        for (id, indices) in nodesByID where referenced.contains(id) { objectNodes.formUnion(indices) }
        self.ownTypes = ownTypes
        self.typesByID = typesByID
        self.nodesByID = nodesByID
        self.objectNodes = objectNodes

        func effective(_ index: Int) -> Set<String> {
            graph.nodes[index].id.flatMap { typesByID[$0] } ?? Set(ownTypes[index])
        }
        func first(fitting type: String) -> Int? {
            let candidates = graph.nodes.indices.filter { vocabulary.anyType(effective($0), fitsOneOf: [type]) }
            return candidates.first { !objectNodes.contains($0) } ?? candidates.first
        }
        let page = first(fitting: "MedicalWebPage") ?? first(fitting: "WebPage")
        mainPage = page
        if let explicitBase {
            base = explicitBase
        } else if let declared = graph.base {
            base = declared
        } else if let id = (page ?? first(fitting: "Article")).flatMap({ graph.nodes[$0].id }) ?? graph.nodes.first?.id {
            base = String(id[..<(id.firstIndex(of: "#") ?? id.endIndex)])
        } else {
            base = nil
        }
    }

    // MARK: - Names

    /// An `@id` as messages show it: the fragment alone when it shares the base.
    func show(_ id: String) -> String {
        guard let base, !base.isEmpty, id.hasPrefix(base) else { return id }
        let rest = id.dropFirst(base.count)
        return rest.hasPrefix("#") ? String(rest) : id
    }

    /// How messages name a node object.
    func name(of index: Int) -> String {
        let node = graph.nodes[index]
        if let id = node.id { return show(id) }
        let type = node.types.first.map { SchemaOrgIRI.localName($0) ?? $0 } ?? "node"
        return node.path.isEmpty ? "\(type) at the top level" : "\(type) at \(node.path)"
    }

    /// The schema.org classes of a node object, merged over every object with its `@id`.
    func types(of index: Int) -> Set<String> {
        graph.nodes[index].id.flatMap { typesByID[$0] } ?? Set(ownTypes[index])
    }

    // MARK: - The check

    mutating func run() {
        for index in graph.nodes.indices {
            checkNode(index)
        }
        checkGoogleArticle()
    }

    private mutating func checkNode(_ index: Int) {
        let node = graph.nodes[index]
        let label = name(of: index)
        var typeProblem = false
        for raw in node.types {
            typeProblem = !checkType(raw, label: label) || typeProblem
        }
        let types = self.types(of: index)
        if types.isEmpty && !typeProblem && !node.properties.isEmpty && node.id.map({ nodesByID[$0]?.first == index }) ?? true {
            problems.warning("\(label): no @type, so its properties are not checked against a type")
        }
        for property in node.properties {
            guard let local = SchemaOrgIRI.localName(property.key) else {
                checkReferences(in: property, label: label, local: property.key)
                continue
            }
            guard checkProperty(local, on: types, label: label) else {
                checkReferences(in: property, label: label, local: local)
                continue
            }
            for value in property.values {
                checkValue(value, of: local, label: label)
            }
        }
    }

    /// Reports a type that is not a schema.org class; returns whether the type is fine.
    private mutating func checkType(_ raw: String, label: String) -> Bool {
        guard let local = SchemaOrgIRI.localName(raw) else {
            problems.error("\(label): type '\(raw.shortened())' is not a schema.org type")
            return false
        }
        switch vocabulary.kind(of: local) {
        case .class?, .dataType?:
            if let replacement = vocabulary.supersededBy(local) {
                problems.warning("\(label): type '\(local)' is superseded by '\(replacement)'")
            }
            return true
        case .property?:
            problems.error("\(label): '\(local)' is a schema.org property, not a type")
        case .enumerationMember?:
            problems.error("\(label): '\(local)' is a member of \(NameList.or(vocabulary.types(ofMember: local))), not a type")
        case nil:
            problems.error("\(label): unknown type '\(local.shortened())'\(didYouMean(vocabulary.suggestions(for: local, kinds: [.class], limit: 1)))")
        }
        return false
    }

    /// Reports an unknown, misused or misplaced property; returns whether its values should be checked.
    private mutating func checkProperty(_ local: String, on types: Set<String>, label: String) -> Bool {
        // schema.org's Action annotations: `query-input` describes the input of `query`.
        for suffix in ["-input", "-output"] where local.hasSuffix(suffix) {
            let base = String(local.dropLast(suffix.count))
            if vocabulary.isProperty(base) {
                _ = checkProperty(base, on: types, label: label)
                return false
            }
        }
        switch vocabulary.kind(of: local) {
        case .property?:
            break
        case .class?, .dataType?:
            problems.error("\(label): '\(local)' is a schema.org type, not a property")
            return false
        case .enumerationMember?:
            problems.error("\(label): '\(local)' is an enumeration member, not a property")
            return false
        case nil:
            var candidates = vocabulary.suggestions(for: local, kinds: [.property], limit: 5)
            for suffix in ["-input", "-output"] where local.hasSuffix(suffix) {
                candidates = vocabulary.suggestions(for: String(local.dropLast(suffix.count)), kinds: [.property], limit: 5).map { $0 + suffix }
            }
            if !types.isEmpty {
                let allowed = candidates.filter { candidate in
                    let base = candidate.hasSuffix("-input") || candidate.hasSuffix("-output")
                        ? String(candidate[..<(candidate.lastIndex(of: "-") ?? candidate.endIndex)]) : candidate
                    return vocabulary.anyType(types, fitsOneOf: vocabulary.domain(of: base))
                }
                candidates = allowed + candidates.filter { !allowed.contains($0) }
            }
            problems.error("\(label): unknown property '\(local.shortened())'\(didYouMean(Array(candidates.prefix(1))))")
            return false
        }
        if let replacement = vocabulary.supersededBy(local) {
            problems.warning("\(label): property '\(local)' is superseded by '\(replacement)'")
        }
        let domain = vocabulary.domain(of: local)
        if !types.isEmpty, !domain.isEmpty, !vocabulary.anyType(types, fitsOneOf: domain) {
            problems.error("\(label): property '\(local)' is not allowed on \(types.sorted().joined(separator: ", ")) (its domain is \(NameList.or(domain)))")
        }
        return true
    }

    /// The dangling-reference check for the values of a property that is not otherwise checked.
    private mutating func checkReferences(in property: JSONLDNode.Property, label: String, local: String) {
        for case .reference(let id) in property.values {
            checkReference(id, of: local, label: label)
        }
    }

    /// Warns when `id` is referenced but described nowhere in the document.
    mutating func checkReference(_ id: String, of property: String, label: String) {
        guard nodesByID[id] == nil, !reportedReferences.contains(id) else { return }
        if let local = SchemaOrgIRI.localNameOfIRI(id), vocabulary.kind(of: local) != nil { return }
        reportedReferences.insert(id)
        problems.warning("\(label): property '\(property)' refers to '\(show(id))', which is not described in this document")
    }

    func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " (did you mean \(NameList.quotedOr(suggestions))?)"
    }
}
