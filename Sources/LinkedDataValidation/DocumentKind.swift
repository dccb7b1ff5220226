// ldpub — MIT licence.

/// The kinds of documents ``DocumentChecker`` validates.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    /// schema.org JSON-LD (`.jsonld`, `.json-ld`, or `.json` with a top-level `@context`).
    case jsonLD = "JSON-LD"
    /// RSS 2.0 (`.xml` or `.rss` whose root element is `rss`).
    case rss = "RSS"
    /// Atom 1.0 (`.xml` or `.atom` whose root element is an Atom `feed` or `entry`).
    case atom = "Atom"
    /// JSON Feed 1.1 (`.json` whose `version` is a jsonfeed.org URL).
    case jsonFeed = "JSON Feed"
    /// The JSON-LD of an HTML page (`.html`, `.htm`): each `<script type="application/ld+json">`.
    case html = "HTML"
}
