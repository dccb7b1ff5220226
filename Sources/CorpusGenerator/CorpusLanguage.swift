// ldpub — MIT licence.

/// The language of a generated article: Dutch or English.
public enum CorpusLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"
}
