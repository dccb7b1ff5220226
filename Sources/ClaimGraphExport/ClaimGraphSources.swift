// ldpub — MIT licence.

/// The source nodes of a claim graph: which references they are, in which order, which of them
/// no claim cites, and their labels.
///
/// Sources are ordered by reference id. Labels are short citations; when two sources of the
/// graph would get the same one, letters tell them apart in id order ("Li 2010a", "Li 2010b",
/// "n.d.-a").
struct ClaimGraphSources {
    /// The sources, each reference id once, ordered by id; `isCited` is set for every source a
    /// claim of the graph cites.
    let items: [ClaimGraphSource]
    /// The labels of the sources that share their short citation, by index in `items`.
    private let letteredLabels: [Int: String]

    /// The sources made of `candidates`, the first of each reference id counting. A source is
    /// cited when a candidate of its id says so, or `isCitedElsewhere` does.
    init(candidates: [ClaimGraphSource], isCitedElsewhere: (String) -> Bool = { _ in false }) {
        // A stable sort keeps the candidates of one id (equal strings) together, in order.
        let sorted = candidates.sorted { $0.referenceID < $1.referenceID }
        var items: [ClaimGraphSource] = []
        items.reserveCapacity(sorted.count)
        for candidate in sorted {
            if let last = items.last, last.referenceID == candidate.referenceID {
                if candidate.isCited { items[items.count - 1].isCited = true }
            } else {
                items.append(candidate)
            }
        }
        for index in items.indices where !items[index].isCited && isCitedElsewhere(items[index].referenceID) {
            items[index].isCited = true
        }
        self.items = items
        letteredLabels = Self.letteredLabels(of: items)
    }

    /// True when `referenceID` is one of the sources.
    func contains(_ referenceID: String) -> Bool {
        // Binary search for the first id not less than `referenceID`.
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].referenceID < referenceID { low = middle + 1 } else { high = middle }
        }
        return low < items.count && items[low].referenceID == referenceID
    }

    /// The label of the source at `index` of `items`: its short citation, told apart from the
    /// others; an uncited source says so on a second line.
    func label(at index: Int, uncitedNote: String) -> DOTLabel {
        let note = items[index].isCited ? nil : uncitedNote
        if let lettered = letteredLabels[index] { return .wrapped(lettered, note: note) }
        return .escaped(items[index].escapedLabel, note: note)
    }

    /// "Li 2010a", "Li 2010b", … for the sources (in id order) that share a short citation with
    /// another, by index; the short citation written is the first source's of the group.
    private static func letteredLabels(of items: [ClaimGraphSource]) -> [Int: String] {
        guard items.count > 1 else { return [:] }
        // Group numbers in order of each group's first source, which the dictionary keeps as key.
        var groupNumbers = [ShortCitation: Int](minimumCapacity: items.count)
        var groupOfItem: [Int] = []
        groupOfItem.reserveCapacity(items.count)
        var groupSizes: [Int] = []
        for item in items {
            let group = number(of: item.citation, in: &groupNumbers, next: groupSizes.count)
            if group == groupSizes.count { groupSizes.append(0) }
            groupSizes[group] += 1
            groupOfItem.append(group)
        }
        guard groupSizes.count < items.count else { return [:] }
        var labels: [Int: String] = [:]
        var firstOfGroup = [Int](repeating: -1, count: groupSizes.count)
        var lettersUsed = [Int](repeating: 0, count: groupSizes.count)
        for (index, group) in groupOfItem.enumerated() where groupSizes[group] > 1 {
            if firstOfGroup[group] < 0 { firstOfGroup[group] = index }
            let citation = items[firstOfGroup[group]].citation
            let separator = citation.year.last?.isNumber == true ? "" : "-"
            labels[index] = citation.author + " " + citation.year + separator + letters(lettersUsed[group])
            lettersUsed[group] += 1
        }
        return labels
    }

    /// The number `citation` has in `numbers`, given `next` (and so added) when it has none:
    /// one dictionary look-up either way.
    private static func number(of citation: ShortCitation, in numbers: inout [ShortCitation: Int], next: Int) -> Int {
        func read(_ number: inout Int) -> Int { number }
        return read(&numbers[citation, default: next])
    }

    /// `a`, `b`, … `z`, `aa`, `ab`, … for 0, 1, … 25, 26, 27, …
    private static func letters(_ index: Int) -> String {
        var number = index + 1
        var letters: [UInt8] = []
        while number > 0 {
            number -= 1
            letters.append(UInt8(ascii: "a") + UInt8(number % 26))
            number /= 26
        }
        letters.reverse()
        return String(decoding: letters, as: UTF8.self)
    }
}
