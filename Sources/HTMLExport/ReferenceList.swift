// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// The references of a page in reading order, each with its author–date label.
///
/// Ordered as an author–date bibliography is: by the label's author part (ignoring case), then
/// year, title and id. Labels are ``ShortCitation``s; two references that would get the same
/// label ("Li et al. 2010") get letters in that order ("Li et al. 2010a", "… 2010b").
struct ReferenceList: Sendable {
    /// One reference and its label.
    struct Entry: Sendable {
        /// Where the reference is in ``items``.
        let position: Int
        let label: String
    }

    /// The references, in the order the list was made of.
    let items: [CSLItem]
    /// The entries, in reading order.
    let entries: [Entry]
    private let labels: [String: String]
    /// The 1-based place of each reference in reading order, by id.
    private let numbers: [String: Int]

    /// The list of `items` (ids are unique), labelled in the words of `catalog`.
    init(_ items: [CSLItem], catalog: MessageCatalog) {
        self.init(items, labelling: items.map { Labelling($0, catalog: catalog) })
    }

    /// The list of `items` (ids are unique), given what each is sorted and labelled by.
    init(_ items: [CSLItem], labelling: [Labelling]) {
        let order = labelling.indices.sorted { left, right in
            if labelling[left].sortAuthor != labelling[right].sortAuthor { return labelling[left].sortAuthor < labelling[right].sortAuthor }
            if labelling[left].year != labelling[right].year { return labelling[left].year < labelling[right].year }
            if items[left].title != items[right].title { return items[left].title < items[right].title }
            return items[left].id < items[right].id
        }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        // Equal labels have equal authors and years, so they sit in one run of the order.
        var runStart = 0
        while runStart < order.count {
            let first = labelling[order[runStart]]
            var runEnd = runStart + 1
            while runEnd < order.count, labelling[order[runEnd]].sortAuthor == first.sortAuthor, labelling[order[runEnd]].year == first.year {
                runEnd += 1
            }
            let run = order[runStart..<runEnd]
            for (offset, position) in run.enumerated() {
                var label = labelling[position].label
                if run.count > 1, run.count(where: { labelling[$0].label == label }) > 1 {
                    label += Self.letter(run.prefix(offset).count { labelling[$0].label == label })
                }
                entries.append(Entry(position: position, label: label))
            }
            runStart = runEnd
        }
        var labels: [String: String] = [:]
        labels.reserveCapacity(entries.count)
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated().reversed() {
            labels[items[entry.position].id] = entry.label
            numbers[items[entry.position].id] = index + 1
        }
        self.items = items
        self.entries = entries
        self.labels = labels
        self.numbers = numbers
    }

    /// The reference of `entry`.
    func item(of entry: Entry) -> CSLItem { items[entry.position] }

    /// The label of the reference with this id, if it is in the list.
    func label(of id: String) -> String? { labels[id] }

    /// The number of the reference with this id in the list (1 for the first in reading order),
    /// if it is in the list: what a citation marker shows.
    func number(of id: String) -> Int? { numbers[id] }

    /// `a`, `b`, … `z`, then `aa`, `ab`, …
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        if index < 26 { return String(letters[index]) }
        return letter(index / 26 - 1) + String(letters[index % 26])
    }
}
