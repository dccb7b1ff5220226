// ldpub — MIT licence.

import ArticleModel
import InterfaceText
import Mustache

/// A template's context: values by name (text, numbers, booleans, lists and nested contexts).
typealias ContextValues = [String: any Sendable]

/// What the context of every page has (``TemplateContext/shared``): the site, the feeds, the
/// navigation, the style sheet and the labels of the page's language.
///
/// Like every part of a page's context it is a ``MustacheParent`` that answers a name with a
/// `switch` (no dictionary, no reflection), and gives nil for exactly the names it lacks, so
/// Mustache looks those up further down the context stack.
struct PageFrame: MustacheParent, Sendable {
    /// `site`: the site's title, description, URL and language.
    struct SiteValues: MustacheParent, Sendable {
        let title: String, description: String, url: String, language: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "description": description
            case "url": url
            case "language": language
            default: nil
            }
        }
    }

    /// One of `feeds`: a feed's link, media type and name.
    struct Feed: MustacheParent, Sendable {
        let href: String, type: String, name: String

        func child(named name: String) -> Any? {
            switch name {
            case "href": href
            case "type": type
            case "name": self.name
            default: nil
            }
        }
    }

    /// One of `nav`: a link of the site's navigation.
    struct NavItem: MustacheParent, Sendable {
        let href: String, name: String, isCurrent: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "href": href
            case "name": self.name
            case "isCurrent": isCurrent
            default: nil
            }
        }
    }

    /// The path from the page to the output folder (`../` or empty).
    let root: String
    /// The style sheet.
    let style: String
    let site: SiteValues
    let feeds: [Feed]
    let nav: [NavItem]
    /// `labels`: the catalogue's texts as nested contexts (``labels(_:)``).
    let labels: ContextValues
    /// The words of the page's language, for the built-in layout's writer.
    let catalog: MessageCatalog

    /// The frame of a page of `site` in the language of `catalog`.
    ///
    /// - Parameters:
    ///   - root: The path from the page to the output folder (`../` or empty).
    ///   - current: The file of the page itself, which the navigation marks as current.
    init(site: Site, catalog: MessageCatalog, root: String, current: String?) {
        self.root = root
        style = PageStyle.css
        self.site = SiteValues(title: site.title, description: site.description, url: site.url, language: site.language)
        feeds = PageChrome.feeds.map { Feed(href: root + $0.file, type: $0.type, name: catalog[$0.name]) }
        let items = [("index.html", MessageKey.allArticles)] + PageChrome.feeds.map { ($0.file, $0.name) }
        nav = items.map { file, name in NavItem(href: root + file, name: catalog[name], isCurrent: file == current) }
        labels = Self.labels(catalog)
        self.catalog = catalog
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "style": style
        case "site": site
        case "feeds": feeds
        case "nav": nav
        case "labels": labels
        default: nil
        }
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
