// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// An author–date citation of a reference, as a reader would write it in running text:
/// "Li 2010", "Duman & Aghajanian 2012", "Li et al. 2010".
///
/// The author part is the family name of one author, the family names of two joined by `&`, or
/// the first family name and "et al." for three or more; a `literal` name (an institution) is
/// used as it is. A reference without authors is named by its publisher, else its container
/// title, else its title shortened to ``titleLimit`` characters, else its id. The date part is
/// the year of issue, or the page's word for "no date" ("n.d.", "z.d.").
public struct ShortCitation: Sendable, Hashable, CustomStringConvertible {
    /// The longest shortened title used in place of an author, in characters.
    public static let titleLimit = 30

    /// Who: "Li et al.", "Trimbos-instituut", a publisher or a shortened title.
    public let author: String
    /// When: the year of issue, or `noDate`.
    public let year: String

    /// The short citation of `item`.
    /// - Parameter noDate: What stands for the year of a work without a date, in the language
    ///   of the page or graph (`MessageKey.noDate`: "n.d." in English, "z.d." in Dutch).
    public init(_ item: CSLItem, noDate: String) {
        author = Self.authorPart(of: item)
        year = item.issued.map { String($0.year) } ?? noDate
    }

    /// The short citation of `item` in the words of `catalog` (its `MessageKey.noDate`).
    public init(_ item: CSLItem, catalog: MessageCatalog) {
        self.init(item, noDate: catalog[.noDate])
    }

    /// A short citation of its parts.
    package init(author: String, year: String) {
        self.author = author
        self.year = year
    }

    /// "Li et al. 2010".
    public var description: String { author + " " + year }

    private static func authorPart(of item: CSLItem) -> String {
        // The first three names that are not blank are all it takes.
        var names: (first: String, second: String, count: Int) = ("", "", 0)
        for author in item.authors where names.count < 3 {
            let name = author.sortName
            guard !name.isBlank else { continue }
            switch names.count {
            case 0: names.first = name
            case 1: names.second = name
            default: break
            }
            names.count += 1
        }
        switch names.count {
        case 0: break
        case _ where item.authorListIsIncomplete: return names.first + " et al."
        case 1: return names.first
        case 2: return names.first + " & " + names.second
        default: return names.first + " et al."
        }
        if let publisher = item.publisher, !publisher.isBlank { return publisher }
        if let container = item.containerTitle, !container.isBlank { return container }
        if !item.title.isBlank { return LabelText.shortened(item.title, limit: titleLimit) }
        return item.id
    }
}
