// ldpub — MIT licence.

import ArticleModel
import InterfaceText
import Mustache

/// A template's context: values by name (text, numbers, booleans, lists and nested contexts).
typealias ContextValues = [String: any Sendable]

/// What the context of every page has (``TemplateContext/shared``): the site, the feeds, the
/// navigation, the style sheet and the labels of the page's language.
enum PageFrame {
    /// The frame's values.
    ///
    /// - Parameters:
    ///   - root: The path from the page to the output folder (`../` or empty).
    ///   - current: The file of the page itself, which the navigation marks as current.
    static func values(site: Site, catalog: MessageCatalog, root: String, current: String?) -> ContextValues {
        let feeds: [ContextValues] = PageChrome.feeds.map { ["href": root + $0.file, "type": $0.type, "name": catalog[$0.name]] }
        let items = [("index.html", MessageKey.allArticles)] + PageChrome.feeds.map { ($0.file, $0.name) }
        let nav: [ContextValues] = items.map { file, name in ["href": root + file, "name": catalog[name], "isCurrent": file == current] }
        return [
            "root": root,
            "style": PageStyle.css,
            "site": ["title": site.title, "description": site.description, "url": site.url, "language": site.language] as ContextValues,
            "feeds": feeds,
            "nav": nav,
            "labels": Labels(catalog: catalog, prefix: ""),
        ]
    }

    /// `labels`: the catalogue's texts by message key, as written (placeholders unfilled).
    /// `labels.sources.heading` is looked up a component at a time, each a ``Labels`` for the
    /// keys that start with the path so far.
    struct Labels: MustacheParent, Sendable {
        let catalog: MessageCatalog
        let prefix: String

        func child(named name: String) -> Any? {
            let path = prefix.isEmpty ? name : prefix + "." + name
            if let key = MessageKey(rawValue: path) { return catalog[key] }
            return Self.prefixes.contains(path) ? Labels(catalog: catalog, prefix: path) : nil
        }

        /// Every proper prefix of a message key (`sources`, `summary.claims`).
        private static let prefixes: Set<String> = {
            var prefixes = Set<String>()
            for key in MessageKey.allCases {
                let components = key.rawValue.split(separator: ".")
                for end in components.indices.dropLast() { prefixes.insert(components[...end].joined(separator: ".")) }
            }
            return prefixes
        }()
    }
}

extension MessageCatalog {
    /// The text of `key` with `{count}` and `{number}` as `number` and other placeholders left
    /// out, as ``HTMLBuffer`` writes it.
    func filled(_ key: MessageKey, number: Int) -> String {
        var text = ""
        for segment in segments(of: key) {
            switch segment {
            case .text(let literal): text += literal
            case .placeholder(let name): if name == "count" || name == "number" { text += String(number) }
            }
        }
        return text
    }

    /// `one` for a count of 1, else `other`, with `{count}` filled in: "1 claim", "2 claims".
    func filled(count: Int, one: MessageKey, other: MessageKey) -> String {
        filled(count == 1 ? one : other, number: count)
    }
}
