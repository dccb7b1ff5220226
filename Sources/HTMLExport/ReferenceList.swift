// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport

/// The references of a page in reading order, each with its author–date label.
///
/// Ordered as an author–date bibliography is: by the label's author part (ignoring case), then
/// year, title and id. Labels are ``ShortCitation``s; two references that would get the same
/// label ("Li et al. 2010") get letters in that order ("Li et al. 2010a", "… 2010b").
struct ReferenceList: Sendable {
    /// One reference and its label.
    struct Entry: Sendable {
        let item: CSLItem
        let label: String
    }

    /// The entries, in reading order.
    let entries: [Entry]
    private let labels: [String: String]

    /// The list of `items` (ids are unique).
    init(_ items: [CSLItem]) {
        let cited = items.map { (item: $0, citation: ShortCitation($0)) }
        let sorted = cited.sorted { lhs, rhs in
            let (left, right) = (lhs.citation.author.lowercased(), rhs.citation.author.lowercased())
            if left != right { return left < right }
            if lhs.citation.year != rhs.citation.year { return lhs.citation.year < rhs.citation.year }
            if lhs.item.title != rhs.item.title { return lhs.item.title < rhs.item.title }
            return lhs.item.id < rhs.item.id
        }
        var counts: [String: Int] = [:]
        for entry in sorted { counts[entry.citation.description, default: 0] += 1 }
        var used: [String: Int] = [:]
        var entries: [Entry] = []
        for entry in sorted {
            var label = entry.citation.description
            if counts[label, default: 0] > 1 {
                let index = used[label, default: 0]
                used[label] = index + 1
                label += Self.letter(index)
            }
            entries.append(Entry(item: entry.item, label: label))
        }
        self.entries = entries
        labels = Dictionary(entries.map { ($0.item.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// The label of the reference with this id, if it is in the list.
    func label(of id: String) -> String? { labels[id] }

    /// `a`, `b`, … `z`, then `aa`, `ab`, …
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        if index < 26 { return String(letters[index]) }
        return letter(index / 26 - 1) + String(letters[index % 26])
    }
}
