// ldpub — MIT licence.

/// The item types and variable names of CSL 1.0.2 (Citation Style Language), as CSL-JSON
/// (and Pandoc's and Zotero's CSL YAML) write them.
///
/// `Schemas/csl-variables.txt` lists the same variables for the JSON Schemas; a test keeps the two equal.
public enum CSLVocabulary {
    /// CSL 1.0.2 item types.
    public static let itemTypes: [String] = [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    ]

    /// Name variables: lists of `{family, given}` or `{literal}`.
    public static let nameVariables: Set<String> = [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    ]

    /// Date variables.
    public static let dateVariables: Set<String> = [
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    ]

    /// Standard and number variables, plus the CSL-JSON item keys `id`, `type`, `categories`,
    /// `custom`, `shortTitle`, `journalAbbreviation` and the deprecated `event`.
    public static let otherVariables: Set<String> = [
        "id", "type", "categories", "custom", "shortTitle", "journalAbbreviation", "event",
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "chapter-number", "citation-key", "citation-label", "citation-number", "collection-number",
        "collection-title", "container-title", "container-title-short", "dimensions", "division", "DOI", "edition",
        "event-place", "event-title", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue", "jurisdiction",
        "keyword", "language", "license", "locator", "medium", "note", "number", "number-of-pages", "number-of-volumes",
        "original-publisher", "original-publisher-place", "original-title", "page", "page-first", "part-number",
        "part-title", "PMCID", "PMID", "printing-number", "publisher", "publisher-place", "references",
        "reviewed-genre", "reviewed-title", "scale", "section", "source", "status", "supplement-number", "title",
        "title-short", "URL", "version", "volume", "volume-title", "volume-title-short", "year-suffix",
    ]

    /// Every key a CSL item may have.
    public static let allKeys: Set<String> = otherVariables.union(nameVariables).union(dateVariables)
}
