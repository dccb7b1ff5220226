// ldpub — MIT licence.

import SchemaOrgVocabulary

/// The check of one JSON-LD document: the graph, what was derived from it, and the problems.
///
/// What every node and value needs is worked out once: each node's classes with their
/// superclasses as a ``ClassSet``, and per `@id` (by number) the node objects describing it.
/// Messages, and the names they quote, are made only when there is a problem to report.
struct JSONLDDocumentCheck {
    let vocabularyIndex: VocabularyIndex
    let graph: JSONLDGraph
    var problems: ProblemCollector
    /// Per `@id` number: whether it was already reported as referenced but not described.
    var reportedReferences: [Bool]

    /// Per node object: the classes of every node object with its `@id` (of itself alone
    /// when it has none, or none describes it), with their superclasses.
    let nodeClasses: [ClassSet]
    /// Per `@id` number: the node objects that describe it, in document order.
    let describingNodes: [[Int]]
    /// Per `@id` number: the classes of the node objects that describe it, with their superclasses.
    let identifierClasses: [ClassSet]
    /// Per node object: whether it is the value of some property (nested, or referenced by `@id`).
    let isObjectNode: [Bool]
    /// The page the document is about (a MedicalWebPage, else a WebPage), if any.
    let mainPage: Int?
    /// What node names are shortened against: the page's address.
    let base: String?

    var vocabulary: SchemaOrgVocabulary { vocabularyIndex.vocabulary }

    init(vocabularyIndex: VocabularyIndex, graph: JSONLDGraph, base explicitBase: String?, problems: ProblemCollector) {
        self.vocabularyIndex = vocabularyIndex
        self.graph = graph
        self.problems = problems
        let nodeCount = graph.nodes.count
        let identifierCount = graph.identifierCount
        reportedReferences = Array(repeating: false, count: identifierCount)
        var ownClasses: [ClassSet] = []
        ownClasses.reserveCapacity(nodeCount)
        var describingNodes = [[Int]](repeating: [], count: identifierCount)
        var isReferenced = [Bool](repeating: false, count: identifierCount)
        var isObjectNode = [Bool](repeating: false, count: nodeCount)
        for (nodeIndex, node) in graph.nodes.enumerated() {
            var classes = ClassSet()
            for raw in node.types {
                guard let local = SchemaOrgIRI.localName(raw), let ancestors = vocabularyIndex.term(local)?.ancestors else { continue }
                classes.formUnion(ancestors)
            }
            ownClasses.append(classes)
            if let id = node.id, node.isDescription {
                describingNodes[id.number].append(nodeIndex)
            }
        }
        for value in graph.values {
            switch value {
            case .node(let child):
                isObjectNode[child] = true
                if let id = graph.nodes[child].id { isReferenced[id.number] = true }
            case .reference(let id):
                isReferenced[id.number] = true
            case .literal:
                break
            }
        }
        var identifierClasses = [ClassSet](repeating: ClassSet(), count: identifierCount)
        for number in 0..<identifierCount {
            for nodeIndex in describingNodes[number] {
                identifierClasses[number].formUnion(ownClasses[nodeIndex])
                if isReferenced[number] { isObjectNode[nodeIndex] = true }
            }
        }
        let nodeClasses = graph.nodes.indices.map { nodeIndex in
            guard let id = graph.nodes[nodeIndex].id, !describingNodes[id.number].isEmpty else { return ownClasses[nodeIndex] }
            return identifierClasses[id.number]
        }
        self.nodeClasses = nodeClasses
        self.describingNodes = describingNodes
        self.identifierClasses = identifierClasses
        self.isObjectNode = isObjectNode

        /// The first node of class `type` that is no property's value, else the first of that class.
        func first(fitting type: String) -> Int? {
            guard let number = vocabularyIndex.classNumber(type) else { return nil }
            var firstCandidate: Int?
            for nodeIndex in nodeClasses.indices where nodeClasses[nodeIndex].contains(number) {
                if !isObjectNode[nodeIndex] { return nodeIndex }
                if firstCandidate == nil { firstCandidate = nodeIndex }
            }
            return firstCandidate
        }
        let page = first(fitting: "MedicalWebPage") ?? first(fitting: "WebPage")
        mainPage = page
        if let explicitBase {
            base = explicitBase
        } else if let declared = graph.base {
            base = declared
        } else if let id = (page ?? first(fitting: "Article")).flatMap({ graph.nodes[$0].id?.text }) ?? graph.nodes.first?.id?.text {
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
        if let id = node.id { return show(id.text) }
        let type = node.types.first.map { SchemaOrgIRI.localName($0) ?? $0 } ?? "node"
        return node.path.isEmpty ? "\(type) at the top level" : "\(type) at \(node.path)"
    }

    /// The schema.org classes of a node object as messages list them, merged over every
    /// object with its `@id`.
    func typeNames(of index: Int) -> Set<String> {
        if let id = graph.nodes[index].id, !describingNodes[id.number].isEmpty { return typeNames(of: id) }
        return Set(ownTypes(of: index))
    }

    /// The schema.org classes of the node objects that describe `id`.
    func typeNames(of id: JSONLDIdentifier) -> Set<String> {
        var names: Set<String> = []
        for nodeIndex in describingNodes[id.number] { names.formUnion(ownTypes(of: nodeIndex)) }
        return names
    }

    /// The `@type`s of one node object that are schema.org classes.
    private func ownTypes(of index: Int) -> [String] {
        graph.nodes[index].types.compactMap { raw in
            guard let local = SchemaOrgIRI.localName(raw), vocabularyIndex.term(local)?.ancestors != nil else { return nil }
            return local
        }
    }

    // MARK: - Reporting

    typealias Anchor = ProblemCollector.Anchor

    mutating func error(_ message: String, at anchor: Anchor) {
        problems.error(message, at: anchor)
    }

    mutating func warning(_ message: String, at anchor: Anchor) {
        problems.warning(message, at: anchor)
    }

    // MARK: - The check

    mutating func run() {
        for index in graph.nodes.indices {
            checkNode(index)
        }
        checkGoogleArticle()
    }

    private mutating func checkNode(_ node: Int) {
        let object = graph.nodes[node]
        var typeProblem = false
        for (index, raw) in object.types.enumerated() {
            typeProblem = !checkType(raw, node: node, at: .type(node: node, index: index)) || typeProblem
        }
        let classes = nodeClasses[node]
        if classes.isEmpty && !typeProblem && !object.properties.isEmpty && object.id.map({ describingNodes[$0.number].first == node }) ?? true {
            warning("\(name(of: node)): no @type, so its properties are not checked against a type", at: .node(node))
        }
        for propertyIndex in object.properties {
            let property = graph.properties[propertyIndex]
            guard let local = property.local else {
                checkReferences(in: property, node: node, local: property.key)
                continue
            }
            guard let facts = checkProperty(local, on: node, classes: classes, at: .property(propertyIndex)) else {
                checkReferences(in: property, node: node, local: local)
                continue
            }
            for valueIndex in property.values {
                checkValue(graph.values[valueIndex], of: local, facts: facts, node: node, at: .value(valueIndex))
            }
        }
    }

    /// Reports a type that is not a schema.org class; returns whether the type is fine.
    private mutating func checkType(_ raw: String, node: Int, at anchor: Anchor) -> Bool {
        guard let local = SchemaOrgIRI.localName(raw) else {
            error("\(name(of: node)): type '\(raw.shortened())' is not a schema.org type", at: anchor)
            return false
        }
        guard let term = vocabularyIndex.term(local) else {
            error("\(name(of: node)): unknown type '\(local.shortened())'\(didYouMean(vocabulary.suggestions(for: local, kinds: [.class], limit: 1)))", at: anchor)
            return false
        }
        switch term.kind {
        case .class, .dataType:
            if let replacement = term.replacement {
                warning("\(name(of: node)): type '\(local)' is superseded by '\(replacement)'", at: anchor)
            }
            return true
        case .property:
            error("\(name(of: node)): '\(local)' is a schema.org property, not a type", at: anchor)
        case .enumerationMember:
            error("\(name(of: node)): '\(local)' is a member of \(NameList.or(vocabulary.types(ofMember: local))), not a type", at: anchor)
        }
        return false
    }

    /// Reports an unknown, misused or misplaced property; returns its facts when its values
    /// should be checked.
    private mutating func checkProperty(_ local: String, on node: Int, classes: ClassSet, at anchor: Anchor) -> VocabularyIndex.PropertyFacts? {
        let term = vocabularyIndex.term(local)
        // schema.org's Action annotations: `query-input` describes the input of `query`.
        if term?.hasActionAnnotationSuffix ?? true {
            for suffix in ["-input", "-output"] where local.hasSuffix(suffix) {
                let base = String(local.dropLast(suffix.count))
                if vocabulary.isProperty(base) {
                    _ = checkProperty(base, on: node, classes: classes, at: anchor)
                    return nil
                }
            }
        }
        guard let term else {
            reportUnknownProperty(local, on: node, at: anchor)
            return nil
        }
        guard let facts = term.propertyFacts else {
            if term.kind == .enumerationMember {
                error("\(name(of: node)): '\(local)' is an enumeration member, not a property", at: anchor)
            } else {
                error("\(name(of: node)): '\(local)' is a schema.org type, not a property", at: anchor)
            }
            return nil
        }
        if let replacement = term.replacement {
            warning("\(name(of: node)): property '\(local)' is superseded by '\(replacement)'", at: anchor)
        }
        if !classes.isEmpty, !facts.domain.isEmpty, !classes.intersects(facts.domain) {
            let domain = vocabulary.domain(of: local)
            error("\(name(of: node)): property '\(local)' is not allowed on \(typeNames(of: node).sorted().joined(separator: ", ")) (its domain is \(NameList.or(domain)))", at: anchor)
        }
        return facts
    }

    /// An unknown property, with the closest property names as a suggestion (those allowed
    /// on the node's types first).
    private mutating func reportUnknownProperty(_ local: String, on node: Int, at anchor: Anchor) {
        let types = typeNames(of: node)
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
        error("\(name(of: node)): unknown property '\(local.shortened())'\(didYouMean(Array(candidates.prefix(1))))", at: anchor)
    }

    /// The dangling-reference check for the values of a property that is not otherwise checked.
    private mutating func checkReferences(in property: JSONLDNode.Property, node: Int, local: String) {
        for valueIndex in property.values {
            guard case .reference(let id) = graph.values[valueIndex] else { continue }
            checkReference(id, of: local, node: node, at: .value(valueIndex))
        }
    }

    /// Warns when `id` is referenced but described nowhere in the document.
    mutating func checkReference(_ id: JSONLDIdentifier, of property: String, node: Int, at anchor: Anchor) {
        guard describingNodes[id.number].isEmpty, !reportedReferences[id.number] else { return }
        if let local = SchemaOrgIRI.localNameOfIRI(id.text), vocabularyIndex.term(local) != nil { return }
        reportedReferences[id.number] = true
        warning("\(name(of: node)): property '\(property)' refers to '\(show(id.text))', which is not described in this document", at: anchor)
    }

    func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " (did you mean \(NameList.quotedOr(suggestions))?)"
    }
}
