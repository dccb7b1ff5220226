// ldpub — MIT licence.

import ArticleModel
@testable import ClaimGraphExport

/// ``ClaimGraphSources`` as it was before it wrote bytes: the oracle the differential tests compare with.
struct OldClaimGraphSources {
    /// The references, each id once, ordered by id.
    let items: [CSLItem]
    private let citedIDs: Set<String>
    private let labels: [String: String]

    /// The sources made of `references` (the first item of each id counts), of which those
    /// that one of `claims` cites are cited.
    init(references: [CSLItem], claims: [Claim], noDate: String = "n.d.") {
        self.noDate = noDate
        var itemsByID: [String: CSLItem] = [:]
        for item in references where itemsByID[item.id] == nil { itemsByID[item.id] = item }
        items = itemsByID.values.sorted { $0.id < $1.id }
        citedIDs = Set(claims.flatMap { $0.sources.map(\.reference.id) })

        let citations = items.map { ($0.id, ShortCitation($0, noDate: noDate)) }
        let idsByCitation = Dictionary(grouping: citations, by: { $0.1 })
        var labels: [String: String] = [:]
        for (citation, group) in idsByCitation {
            guard group.count > 1 else {
                labels[group[0].0] = citation.description
                continue
            }
            let separator = citation.year.last?.isNumber == true ? "" : "-"
            for (index, entry) in group.sorted(by: { $0.0 < $1.0 }).enumerated() {
                labels[entry.0] = citation.author + " " + citation.year + separator + Self.letters(index)
            }
        }
        self.labels = labels
    }

    /// What stands for an undated source's year.
    let noDate: String

    /// True when `referenceID` is one of the sources.
    func contains(_ referenceID: String) -> Bool { labels[referenceID] != nil }

    /// True when a claim of the graph cites the source.
    func isCited(_ item: CSLItem) -> Bool { citedIDs.contains(item.id) }

    /// The short citation of the source, told apart from the others.
    func label(of item: CSLItem) -> String { labels[item.id] ?? ShortCitation(item, noDate: noDate).description }

    /// `a`, `b`, … `z`, `aa`, `ab`, … for 0, 1, … 25, 26, 27, …
    private static func letters(_ index: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var number = index + 1
        var result = ""
        while number > 0 {
            number -= 1
            result = String(alphabet[number % 26]) + result
            number /= 26
        }
        return result
    }
}
