// ldpub — MIT licence.

/// How a CSL item type is modelled in schema.org: the item's own type, the type of the
/// work it appears in (`container-title`), and whether page numbers belong on the item.
struct ReferenceKind: Sendable, Hashable {
    /// The schema.org type of the item, e.g. `ScholarlyArticle`.
    let schemaType: String
    /// The schema.org type of its container, e.g. `Periodical` for a journal.
    let containerType: String
    /// True when the type is in the domain of `pagination`, `pageStart` and `pageEnd`
    /// (`Article` and its subtypes, `Chapter`).
    let carriesPages: Bool

    /// The closest schema.org modelling of the CSL item type `cslType`; `CreativeWork` for
    /// types without a closer match.
    init(cslType: String) {
        switch cslType {
        case "article-journal": self.init("ScholarlyArticle", in: "Periodical", pages: true)
        case "paper-conference": self.init("ScholarlyArticle", in: "Book", pages: true)
        case "article-newspaper": self.init("NewsArticle", in: "Newspaper", pages: true)
        case "article-magazine": self.init("Article", in: "Periodical", pages: true)
        case "article": self.init("Article", in: "CreativeWork", pages: true)
        case "report": self.init("Report", in: "CreativeWork", pages: true)
        case "post-weblog": self.init("BlogPosting", in: "Blog", pages: true)
        case "post": self.init("SocialMediaPosting", in: "WebSite", pages: true)
        case "chapter": self.init("Chapter", in: "Book", pages: true)
        case "book": self.init("Book", in: "CreativeWork", pages: false)
        case "webpage": self.init("WebPage", in: "WebSite", pages: false)
        case "thesis": self.init("Thesis", in: "CreativeWork", pages: false)
        case "dataset": self.init("Dataset", in: "DataCatalog", pages: false)
        case "software": self.init("SoftwareApplication", in: "CreativeWork", pages: false)
        case "legislation", "bill", "regulation": self.init("Legislation", in: "CreativeWork", pages: false)
        case "entry-dictionary", "entry-encyclopedia", "entry": self.init("CreativeWork", in: "Book", pages: false)
        default: self.init("CreativeWork", in: "CreativeWork", pages: false)
        }
    }

    private init(_ schemaType: String, in containerType: String, pages: Bool) {
        self.schemaType = schemaType
        self.containerType = containerType
        carriesPages = pages
    }
}
