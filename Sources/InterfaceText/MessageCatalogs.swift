// ldpub — MIT licence.

/// The catalogues of one site, made once for every page of a build: the site's language,
/// the built-in languages and those the site adds texts for; any other language's is made
/// when asked for.
public struct MessageCatalogs: Sendable, Hashable {
    /// The catalogue of the site's language.
    public let site: MessageCatalog
    private let overrides: MessageOverrides
    private let prepared: [String: MessageCatalog]

    /// The catalogues of a site whose language is `siteLanguage`, with its `overrides`.
    public init(siteLanguage: String, overrides: MessageOverrides = [:]) {
        self.overrides = overrides
        site = MessageCatalog(language: siteLanguage, overrides: overrides)
        var prepared: [String: MessageCatalog] = [siteLanguage: site]
        for language in MessageCatalog.builtInLanguages + overrides.keys.sorted() where prepared[language] == nil {
            prepared[language] = MessageCatalog(language: language, overrides: overrides)
        }
        self.prepared = prepared
    }

    /// The catalogue for `language` (a BCP 47 tag).
    public func catalog(for language: String) -> MessageCatalog {
        prepared[language] ?? MessageCatalog(language: language, overrides: overrides)
    }
}
