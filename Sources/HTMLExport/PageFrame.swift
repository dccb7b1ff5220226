// ldpub — MIT licence.

import ArticleModel
import InterfaceText

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
            "labels": labels(catalog),
        ]
    }

    /// `labels`: the catalogue's texts by message key, as written (placeholders unfilled), as
    /// nested contexts that Mustache looks up a component at a time (`labels.sources.heading`).
    static func labels(_ catalog: MessageCatalog) -> ContextValues {
        var tree: ContextValues = [:]
        func insert(_ text: String, at path: ArraySlice<Substring>, into node: inout ContextValues) {
            let name = String(path.first!)
            if path.count == 1 {
                node[name] = text
            } else {
                var child = node[name] as? ContextValues ?? [:]
                insert(text, at: path.dropFirst(), into: &child)
                node[name] = child
            }
        }
        for key in MessageKey.allCases { insert(catalog[key], at: key.rawValue.split(separator: ".")[...], into: &tree) }
        return tree
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
