// ldpub — MIT licence.

import ArticleModel
import ClaimGraphExport
import Testing

@Suite struct ShortCitationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let item: CSLItem
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one author", item: TestPublications.item("a", title: "T", authors: [CSLName(family: "Li", given: "Nanxin")], year: 2010),
             expected: "Li 2010"),
        Case(name: "two authors", item: TestPublications.item("b", title: "T", authors: [CSLName(family: "Duman", given: "Ronald S."),
                                                                                         CSLName(family: "Aghajanian", given: "George K.")], year: 2012),
             expected: "Duman & Aghajanian 2012"),
        Case(name: "three authors", item: TestPublications.item("c", title: "T", authors: [CSLName(family: "Li"), CSLName(family: "Lee"),
                                                                                           CSLName(family: "Liu")], year: 2010),
             expected: "Li et al. 2010"),
        Case(name: "literal author", item: TestPublications.item("d", title: "T", authors: [CSLName(literal: "Trimbos-instituut")], year: 2020),
             expected: "Trimbos-instituut 2020"),
        Case(name: "literal and family", item: TestPublications.item("e", title: "T", authors: [CSLName(literal: "WHO"), CSLName(family: "Smith")], year: 2019),
             expected: "WHO & Smith 2019"),
        Case(name: "only a given name", item: TestPublications.item("f", title: "T", authors: [CSLName(given: "Plato")], year: 2001),
             expected: "Plato 2001"),
        Case(name: "no author: publisher", item: TestPublications.item("g", title: "Ketamine", year: 2024, containerTitle: "Kompas",
                                                                       publisher: "Zorginstituut Nederland"),
             expected: "Zorginstituut Nederland 2024"),
        Case(name: "no author: container title", item: TestPublications.item("h", title: "Ketamine", year: 2024, containerTitle: "Farmacotherapeutisch Kompas"),
             expected: "Farmacotherapeutisch Kompas 2024"),
        Case(name: "no author: short title", item: TestPublications.item("i", title: "Ketamine", year: 2024), expected: "Ketamine 2024"),
        Case(name: "no author: long title shortened", item: TestPublications.item("j", title: "Richtlijn depressie bij volwassenen en ouderen", year: 2013),
             expected: "Richtlijn depressie bij… 2013"),
        Case(name: "no author: long word shortened", item: TestPublications.item("k", title: String(repeating: "x", count: 50), year: 2013),
             expected: String(repeating: "x", count: 29) + "… 2013"),
        Case(name: "nothing but an id", item: TestPublications.item("only-id", title: " "), expected: "only-id n.d."),
        Case(name: "blank names are skipped", item: TestPublications.item("l", title: "T", authors: [CSLName(family: " "), CSLName(family: "Ng")], year: 2000),
             expected: "Ng 2000"),
        Case(name: "no date", item: TestPublications.item("m", title: "T", authors: [CSLName(family: "Li")]), expected: "Li n.d."),
    ]

    @Test(arguments: cases)
    func citesLikeARunningText(_ row: Case) {
        #expect(ShortCitation(row.item, noDate: "n.d.").description == row.expected)
    }

    @Test func theStandardSampleReferences() {
        let publication = TestPublications.standard
        #expect(ShortCitation(publication.reference("li2010")!, noDate: "n.d.").description == "Li et al. 2010")
        #expect(ShortCitation(publication.reference("zanos2016")!, noDate: "n.d.").description == "Zanos & Gould 2016")
        #expect(ShortCitation(publication.reference("shared2020")!, noDate: "n.d.").description == "Trimbos-instituut 2020")
        #expect(ShortCitation(publication.reference("kompas")!, noDate: "n.d.").description == "Zorginstituut Nederland n.d.")
        #expect(ShortCitation(publication.reference("kompas")!, noDate: "n.d.").author == "Zorginstituut Nederland")
        #expect(ShortCitation(publication.reference("kompas")!, noDate: "n.d.").year == "n.d.")
    }
}
