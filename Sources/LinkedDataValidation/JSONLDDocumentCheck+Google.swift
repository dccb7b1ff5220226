// ldpub — MIT licence.

import SchemaOrgVocabulary

extension JSONLDDocumentCheck {
    /// Google's Article rich-result basics, as warnings, on the main Article: the main page's
    /// `mainEntity` when it is an Article, else the first Article that no other node refers to,
    /// else the first Article. Documents without an Article (a Product, an FAQPage) are not
    /// judged by these rules.
    mutating func checkGoogleArticle() {
        guard let target = mainArticle() else { return }
        let label = name(of: target)
        let values = mergedProperties(of: target)
        let rule = "Google Article rich results"
        for key in ["headline", "image", "datePublished", "author"] where values[key] == nil {
            problems.warning("\(label): \(rule): no '\(key)'")
        }
        for author in values["author"] ?? [] {
            // An author of the wrong type is already an error; its fields are beside the point.
            guard let subject = subject(of: author),
                  types(of: subject).isEmpty || vocabulary.anyType(types(of: subject), fitsOneOf: ["Person", "Organization"])
            else { continue }
            let authorValues = mergedProperties(of: subject)
            for key in ["name", "url"] where authorValues[key] == nil {
                problems.warning("\(label): \(rule): author \(name(of: subject)) has no '\(key)'")
            }
        }
    }

    private func mainArticle() -> Int? {
        if let page = mainPage {
            for value in mergedProperties(of: page)["mainEntity"] ?? [] {
                if let subject = subject(of: value), vocabulary.anyType(types(of: subject), fitsOneOf: ["Article"]) {
                    return subject
                }
            }
        }
        let articles = graph.nodes.indices.filter { vocabulary.anyType(types(of: $0), fitsOneOf: ["Article"]) }
        return articles.first { !objectNodes.contains($0) } ?? articles.first
    }

    /// The node object a value stands for: a nested node, or the first description of a referenced `@id`.
    private func subject(of value: JSONLDValue) -> Int? {
        switch value {
        case .node(let index): return index
        case .reference(let id): return nodesByID[id]?.first
        case .literal: return nil
        }
    }

    /// The schema.org properties of a node, merged over every node object with its `@id`.
    private func mergedProperties(of index: Int) -> [String: [JSONLDValue]] {
        let indices = graph.nodes[index].id.flatMap { nodesByID[$0] } ?? [index]
        var merged: [String: [JSONLDValue]] = [:]
        for nodeIndex in indices {
            for property in graph.nodes[nodeIndex].properties {
                guard let local = SchemaOrgIRI.localName(property.key), !property.values.isEmpty else { continue }
                merged[local, default: []] += property.values
            }
        }
        return merged
    }
}
