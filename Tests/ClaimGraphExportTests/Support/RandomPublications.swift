// ldpub — MIT licence.

import ArticleModel

/// Random publications for the differential tests: hostile text everywhere, ids that need
/// escaping, short citations that collide, site references shared by articles, and the input
/// errors a graph must still survive (duplicate ids, citations of another article's reference
/// or of no reference at all).
enum RandomPublications {
    static func make(seed: UInt64) -> Publication {
        var random = SeededRandom(seed: seed)
        let siteReferences = (0..<Int.random(in: 0...6, using: &random)).map { _ in reference(using: &random, idPrefix: "site") }
        let site = Site(title: "Site", url: "https://example.org/", language: "nl", description: "Site",
                        publisher: TestPublications.standard.site.publisher, references: siteReferences, span: span)
        var articles: [Article] = []
        var ownReferenceIDs: [String] = []
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let references = (0..<Int.random(in: 0...5, using: &random)).map { _ in reference(using: &random, idPrefix: "own") }
            let citable = references.map(\.id) + siteReferences.map(\.id) + ownReferenceIDs + ["missing", "own-1"]
            let sections = (0..<Int.random(in: 0...3, using: &random)).map { index in
                let claims = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    claim(citing: citable, using: &random)
                }
                return Section(heading: RandomText.make(using: &random, maxPieces: 8), anchor: "s\(index)", body: "",
                               claims: claims, span: span)
            }
            ownReferenceIDs += references.map(\.id)
            articles.append(TestPublications.article(slug: random.pick(slugs), title: RandomText.make(using: &random),
                                                     sections: sections, references: references))
        }
        return Publication(site: site, articles: articles)
    }

    static let span = TestPublications.first.span
    static let slugs = ["eerste", "tweede", "derde", "s\"l\\ug&amp;", "crlf\r", "é", "e\u{301}", "zz"]

    static func claim(citing citable: [String], using random: inout SeededRandom) -> Claim {
        let citations = (0..<Int.random(in: 0...4, using: &random)).map { _ in
            SourceCitation(reference: IDReference(random.pick(citable), span: span),
                           locator: random.chance(0.3) ? nil : RandomText.make(using: &random, maxPieces: 4),
                           relation: random.pick(CitationRelation.allCases))
        }
        return Claim(id: random.pick(["c1", "c2", "c\"3\\", "c&lt;4", "ç5", "\n6"]), text: RandomText.make(using: &random),
                     sources: citations, span: span)
    }

    static func reference(using random: inout SeededRandom, idPrefix: String) -> CSLItem {
        let id = idPrefix + "-" + random.pick(["1", "2", "3", "4", "5", "6", "7", "8", "\"q\"", "\\N", "é", "e\u{301}"])
        let names: [CSLName] = (0..<Int.random(in: 0...4, using: &random)).map { _ in
            switch Int.random(in: 0..<4, using: &random) {
            case 0: CSLName(family: random.pick(["Li", "Ng", "De Vries", "  ", "Ørsted"]), given: "A.")
            case 1: CSLName(literal: random.pick(["Trimbos-instituut", "WHO & co", " "]))
            case 2: CSLName(given: "Only")
            default: CSLName()
            }
        }
        let title = random.chance(0.2) ? " " : RandomText.make(using: &random, maxPieces: 12)
        return TestPublications.item(id, title: title, authors: names,
                                     year: random.chance(0.3) ? nil : random.pick([2010, 2020, -5]),
                                     containerTitle: random.chance(0.7) ? nil : random.pick(["Lancet", " ", "BMJ \"x\""]),
                                     publisher: random.chance(0.8) ? nil : random.pick(["RIVM", "\t"]))
    }
}
