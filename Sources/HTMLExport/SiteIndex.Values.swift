// ldpub — MIT licence.

import Mustache

extension SiteIndex {
    /// The context of the readers' index (``TemplateContext/index``) as typed values, answering
    /// Mustache with a `switch` on the name (see ``ArticlePage/Values``).
    struct Values: MustacheParent, Sendable {
        let frame: PageFrame
        let language: String
        let articles: [Entry]

        func child(named name: String) -> Any? {
            switch name {
            case "language": language
            case "hasArticles": !articles.isEmpty
            case "articles": articles
            default: frame.child(named: name)
            }
        }
    }

    /// One of `articles`: an article's link, title, description, language, and its dates and
    /// review as lines of HTML.
    struct Entry: MustacheParent, Sendable {
        let href: String, title: String, description: String, language: String
        let otherLanguage: Bool, isModified: Bool
        let publishedLine: String, modifiedLine: String, reviewLine: String

        func child(named name: String) -> Any? {
            switch name {
            case "href": href
            case "title": title
            case "description": description
            case "language": language
            case "otherLanguage": otherLanguage
            case "isModified": isModified
            case "publishedLine": publishedLine
            case "modifiedLine": modifiedLine
            case "reviewLine": reviewLine
            default: nil
            }
        }
    }
}
