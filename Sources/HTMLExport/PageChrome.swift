// ldpub — MIT licence.

import InterfaceText

/// What every page's `<head>` and site header link to: the feeds (``PageFrame`` makes the links
/// and the navigation of them, in the words of the page's language).
enum PageChrome {
    /// The feeds, as `(file, media type, name)`.
    static let feeds: [(file: String, type: String, name: MessageKey)] = [
        ("feed.xml", "application/rss+xml", .rssFeed),
        ("atom.xml", "application/atom+xml", .atomFeed),
        ("feed.json", "application/feed+json", .jsonFeed),
    ]
}
