// ldpub — MIT licence.

import ArticleModel
@testable import HTMLExport
import ModelFixtures
import InterfaceText
import Testing
import YAMLNodes

@Suite struct CitationFormatterTests {
    static let span = SourceSpan(file: "refs.yaml", at: Mark(line: 1, column: 1))

    static func item(_ type: String, title: String = "A title", authors: [CSLName] = [], issued: CSLDate? = CSLDate(year: 2020),
                     container: String? = nil, volume: String? = nil, issue: String? = nil, page: String? = nil, doi: String? = nil,
                     pmid: String? = nil, url: String? = nil, publisher: String? = nil, accessed: CSLDate? = nil) -> CSLItem {
        CSLItem(id: "x", type: type, title: title, authors: authors, issued: issued, containerTitle: container, volume: volume, issue: issue,
                page: page, doi: doi, pmid: pmid, url: url, publisher: publisher, accessed: accessed, span: span)
    }

    @Test func aJournalArticle() {
        let names = ["Li Nanxin", "Lee Boyoung", "Liu Rong-Jian", "Banasr Mounira", "Dwyer Jason M.", "Iwata Masaaki", "Li Xiao-Yuan"]
            .map { $0.split(separator: " ", maxSplits: 1) }.map { CSLName(family: String($0[0]), given: String($0[1])) }
        let item = Self.item("article-journal", title: "mTOR-dependent synapse formation", authors: names, container: "Science",
                             volume: "329", issue: "5994", page: "959-964", doi: "10.1126/science.1190287", pmid: "20724638")
        #expect(CitationFormatter.html(item) == """
            Li N, Lee B, Liu RJ, Banasr M, Dwyer JM, Iwata M, et al. (2020). mTOR-dependent synapse formation. <i>Science</i> 329(5994):959-964.
            <span class="links"><a href="https://doi.org/10.1126/science.1190287">https://doi.org/10.1126/science.1190287</a> · \
            <a href="https://pubmed.ncbi.nlm.nih.gov/20724638/">PubMed 20724638</a></span>
            """)
    }

    @Test func aWebPage() {
        let item = Self.item("webpage", title: "Ketamine", authors: [CSLName(literal: "Farmacotherapeutisch Kompas")], issued: nil,
                             container: "Farmacotherapeutisch Kompas", url: "https://www.farmacotherapeutischkompas.nl/",
                             accessed: CSLDate(year: 2025, month: 12, day: 30))
        #expect(CitationFormatter.html(item) == """
            Farmacotherapeutisch Kompas (n.d.). Ketamine. <i>Farmacotherapeutisch Kompas</i>.
            <span class="links"><a href="https://www.farmacotherapeutischkompas.nl/">https://www.farmacotherapeutischkompas.nl/</a> (accessed 30 December 2025)</span>
            """)
        #expect(CitationFormatter.html(item, catalog: MessageCatalog(language: "nl")).hasSuffix("(geraadpleegd op 30 december 2025)</span>"))
    }

    @Test func aBook() {
        let item = Self.item("book", title: "Handbook of Psychiatry?", authors: [CSLName(family: "Jansen", given: "Jan"), CSLName(literal: "WHO")],
                             issued: CSLDate(year: 2001), publisher: "Bohn Stafleu")
        #expect(CitationFormatter.html(item) == "Jansen J, WHO (2001). <cite>Handbook of Psychiatry?</cite> Bohn Stafleu.")
    }

    @Test func aChapterAndAReport() {
        let chapter = Self.item("chapter", title: "Ketamine", authors: [CSLName(family: "Smith", given: "Anna")], container: "Drugs",
                                page: "12-20", publisher: "Springer", accessed: CSLDate(year: 2021, month: 3))
        #expect(CitationFormatter.html(chapter) == "Smith A (2020). Ketamine. In: <i>Drugs</i> pp. 12-20. Springer.\n<span class=\"links\">accessed 2021-03</span>")
        let report = Self.item("report", title: "Rapport", authors: [CSLName(literal: "Trimbos-instituut")], publisher: "Trimbos-instituut")
        #expect(CitationFormatter.html(report) == "Trimbos-instituut (2020). <cite>Rapport</cite>.")
    }

    @Test func doisAndPMIDsArePercentEncodedInLinks() {
        let item = Self.item("article-journal", doi: "10.1002/(SICI)1097-4636<35:4>#x y%", pmid: "1 2")
        let html = CitationFormatter.html(item)
        #expect(html.contains("<a href=\"https://doi.org/10.1002/(SICI)1097-4636%3C35:4%3E%23x%20y%25\">https://doi.org/10.1002/(SICI)1097-4636&lt;35:4&gt;#x y%</a>"))
        #expect(html.contains("<a href=\"https://pubmed.ncbi.nlm.nih.gov/1%202/\">PubMed 1 2</a>"))
    }

    @Test func namesAreFamilyAndInitials() {
        #expect(CitationFormatter.name(CSLName(family: "Zarate", given: "Carlos A.")) == "Zarate CA")
        #expect(CitationFormatter.name(CSLName(family: "Singh", given: "J. B.")) == "Singh JB")
        #expect(CitationFormatter.name(CSLName(family: "van der Berg", given: "ingrid")) == "van der Berg I")
        #expect(CitationFormatter.name(CSLName(given: "Plato")) == "P")
        #expect(CitationFormatter.name(CSLName(literal: "Trimbos-instituut")) == "Trimbos-instituut")
        #expect(CitationFormatter.name(CSLName(family: " ", given: "-")) == "")
        #expect(CitationFormatter.html(Self.item("book", title: "T", authors: [CSLName(family: " ")], issued: nil)) == "<cite>T</cite> (n.d.).")
    }

    @Test func sameAuthorAndYearGetLetters() {
        let a = Self.item("article-journal", title: "B second", authors: [CSLName(family: "Li", given: "N")])
        let b = CSLItem(id: "y", type: "article-journal", title: "A first", authors: [CSLName(family: "Li", given: "X")], issued: CSLDate(year: 2020), span: Self.span)
        let c = CSLItem(id: "z", type: "book", title: "Other", authors: [CSLName(family: "Abel")], span: Self.span)
        let list = ReferenceList([a, b, c], catalog: .english)
        #expect(list.entries.map(\.label) == ["Abel n.d.", "Li 2020a", "Li 2020b"])
        #expect(list.label(of: "y") == "Li 2020a")
        #expect(list.label(of: "x") == "Li 2020b")
        #expect(ReferenceList.letter(0) == "a")
        #expect(ReferenceList.letter(25) == "z")
        #expect(ReferenceList.letter(26) == "aa")
    }
}
