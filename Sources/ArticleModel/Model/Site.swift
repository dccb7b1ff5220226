// ldpub — MIT licence.

import InterfaceText
import YAMLNodes

/// The site configuration: `site.yaml`.
public struct Site: Sendable, Hashable {
    /// The site and feed title.
    public let title: String
    /// The base URL, absolute http(s), ending in `/`; an article's URL is `url + slug + "/"`.
    public let url: String
    /// The default language of articles (BCP 47), and `xml:lang` of the feeds.
    public let language: String
    /// The feed subtitle / description.
    public let description: String
    /// The publisher of every page.
    public let publisher: Agent
    /// Authors and reviewers, referred to by id from articles.
    public let people: [Agent]
    /// The bibliography shared by all articles.
    public let references: [CSLItem]
    /// Feed settings.
    public let feeds: FeedSettings
    /// Graph settings.
    public let graphs: GraphSettings
    /// The site's interface texts from `<input>/i18n/<lang>.yaml`, added to or replacing the
    /// built-in catalogues (an addition of ldpub's to FORMAT.md).
    public let messages: MessageOverrides
    /// Where site.yaml's root mapping starts.
    public let span: SourceSpan

    /// Creates a site.
    public init(title: String, url: String, language: String, description: String, publisher: Agent,
                people: [Agent] = [], references: [CSLItem] = [], feeds: FeedSettings = FeedSettings(),
                graphs: GraphSettings = GraphSettings(), messages: MessageOverrides = [:], span: SourceSpan) {
        self.title = title
        self.url = url
        self.language = language
        self.description = description
        self.publisher = publisher
        self.people = people
        self.references = references
        self.feeds = feeds
        self.graphs = graphs
        self.messages = messages
        self.span = span
    }
}

extension Site {
    /// The site with `messages` as its interface texts.
    public func withMessages(_ messages: MessageOverrides) -> Site {
        Site(title: title, url: url, language: language, description: description, publisher: publisher, people: people,
             references: references, feeds: feeds, graphs: graphs, messages: messages, span: span)
    }

    /// The interface texts of every language the site's pages may be in.
    public var catalogs: MessageCatalogs { MessageCatalogs(siteLanguage: language, overrides: messages) }
}

/// `feeds:` in site.yaml.
public struct FeedSettings: Sendable, Hashable {
    /// The newest N articles go into each feed (default 20).
    public let limit: Int
    /// `rights` / `copyright` of the feeds.
    public let copyright: String?

    /// Creates feed settings.
    public init(limit: Int = 20, copyright: String? = nil) {
        self.limit = limit
        self.copyright = copyright
    }
}

/// `graphs:` in site.yaml (an addition of ldpub's to FORMAT.md).
public struct GraphSettings: Sendable, Hashable {
    /// Render every claims graph to SVG with Graphviz and show it on the HTML pages (default false).
    public let svg: Bool

    /// Creates graph settings.
    public init(svg: Bool = false) {
        self.svg = svg
    }
}
