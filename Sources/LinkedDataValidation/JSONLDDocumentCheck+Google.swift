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
        let rule = "Google Article rich results"
        for key in ["headline", "image", "datePublished", "author"] where mergedValues(of: key, on: target) == nil {
            warning("\(label): \(rule): no '\(key)'", at: .node(target))
        }
        let agent = vocabularyIndex.classes(["Person", "Organization"])
        for author in mergedValues(of: "author", on: target) ?? [] {
            // An author of the wrong type is already an error; its fields are beside the point.
            guard let subject = subject(of: author), nodeClasses[subject].isEmpty || nodeClasses[subject].intersects(agent)
            else { continue }
            for key in ["name", "url"] where mergedValues(of: key, on: subject) == nil {
                warning("\(label): \(rule): author \(name(of: subject)) has no '\(key)'", at: .node(subject))
            }
        }
    }

    private func mainArticle() -> Int? {
        let article = vocabularyIndex.classes(["Article"])
        if let page = mainPage {
            for value in mergedValues(of: "mainEntity", on: page) ?? [] {
                if let subject = subject(of: value), nodeClasses[subject].intersects(article) {
                    return subject
                }
            }
        }
        let articles = graph.nodes.indices.filter { nodeClasses[$0].intersects(article) }
        return articles.first { !isObjectNode[$0] } ?? articles.first
    }

    /// The node object a value stands for: a nested node, or the first description of a referenced `@id`.
    private func subject(of value: JSONLDValue) -> Int? {
        switch value {
        case .node(let index): return index
        case .reference(let id): return describingNodes[id.number].first
        case .literal: return nil
        }
    }

    /// The values of the schema.org property `key` of a node, merged over every node object
    /// with its `@id`, in document order; `nil` when none has the property (with a value).
    private func mergedValues(of key: String, on index: Int) -> [JSONLDValue]? {
        let described = graph.nodes[index].id.map { describingNodes[$0.number] } ?? []
        var merged: [JSONLDValue]?
        for nodeIndex in described.isEmpty ? [index] : described {
            for property in graph.properties(of: nodeIndex) where property.local == key && !property.values.isEmpty {
                merged = (merged ?? []) + graph.values(of: property)
            }
        }
        return merged
    }
}
