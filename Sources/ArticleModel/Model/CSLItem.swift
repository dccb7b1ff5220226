// ldpub — MIT licence.

import YAMLNodes

/// A bibliography entry in CSL YAML, as Pandoc and Zotero write it.
public struct CSLItem: Sendable, Hashable {
    /// Unique across the whole site.
    public let id: String
    /// The CSL item type, e.g. `article-journal`, `book`, `webpage`.
    public let type: String
    public let title: String
    public let authors: [CSLName]
    /// Whether the data says that `authors` is not the whole list: it ended with `{literal: others}`
    /// (BibTeX's `and others`, as Pandoc converts it) or `{literal: et al.}`. Citations then say
    /// "et al." whatever the number of names; no one named "others" is published.
    public let authorListIsIncomplete: Bool
    public let issued: CSLDate?
    /// The journal, book or site it appeared in.
    public let containerTitle: String?
    public let volume: String?
    public let issue: String?
    /// Pages, e.g. `856-864`.
    public let page: String?
    /// The DOI without a resolver prefix, e.g. `10.1001/archpsyc.63.8.856`.
    public let doi: String?
    public let pmid: String?
    public let url: String?
    public let publisher: String?
    public let accessed: CSLDate?
    /// Other CSL variables, kept as written (in document order).
    public let otherVariables: [CSLVariable]
    /// Where the item is defined.
    public let span: SourceSpan

    /// Creates an item.
    public init(id: String, type: String, title: String, authors: [CSLName] = [], issued: CSLDate? = nil,
                containerTitle: String? = nil, volume: String? = nil, issue: String? = nil, page: String? = nil,
                doi: String? = nil, pmid: String? = nil, url: String? = nil, publisher: String? = nil,
                accessed: CSLDate? = nil, otherVariables: [CSLVariable] = [], authorListIsIncomplete: Bool = false, span: SourceSpan) {
        self.authorListIsIncomplete = authorListIsIncomplete
        self.id = id
        self.type = type
        self.title = title
        self.authors = authors
        self.issued = issued
        self.containerTitle = containerTitle
        self.volume = volume
        self.issue = issue
        self.page = page
        self.doi = doi
        self.pmid = pmid
        self.url = url
        self.publisher = publisher
        self.accessed = accessed
        self.otherVariables = otherVariables
        self.span = span
    }
}

/// A CSL variable ldpub does not interpret, kept with its YAML value.
public struct CSLVariable: Sendable, Hashable {
    public let name: String
    public let value: Node
}

/// A CSL name: `{family, given}` or `{literal}`.
public struct CSLName: Sendable, Hashable {
    public let family: String?
    public let given: String?
    /// An institution or a name that must not be split.
    public let literal: String?

    /// Creates a name.
    public init(family: String? = nil, given: String? = nil, literal: String? = nil) {
        self.family = family
        self.given = given
        self.literal = literal
    }

    /// "Given Family", or the literal.
    public var displayName: String {
        if let literal { return literal }
        return [given, family].compactMap { $0 }.joined(separator: " ")
    }

    /// The family name, or the literal, for short citations ("Li et al. 2010").
    public var sortName: String { family ?? literal ?? given ?? "" }
}

/// A CSL date: a year, a year and month, or a full date.
public struct CSLDate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Creates a date; `day` requires `month`.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// `2006`, `2006-08` or `2006-08-15` (ISO 8601 reduced precision, as schema.org accepts).
    public var description: String {
        var text = Timestamp.pad(year, 4)
        if let month { text += "-" + Timestamp.pad(month, 2) }
        if let day { text += "-" + Timestamp.pad(day, 2) }
        return text
    }
}
