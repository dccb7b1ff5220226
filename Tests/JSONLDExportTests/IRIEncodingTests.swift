// ldpub — MIT licence.

import ArticleModel
@testable import JSONLDExport
import ModelFixtures
import Testing

@Suite struct IRIEncodingTests {
    static let fixture = SamplePublication.standard()
    static let template = fixture.articles[0].references[0]

    static func item(id: String = "x", doi: String?, pmid: String? = nil) -> CSLItem {
        CSLItem(id: id, type: "article-journal", title: "T", doi: doi, pmid: pmid, span: template.span)
    }

    static let doiCases: [(doi: String, url: String)] = [
        ("10.1126/science.1190287", "https://doi.org/10.1126/science.1190287"),
        ("10.1002/(SICI)1097-4636(199706)35:4<395::AID-JBM1>3.0.CO;2-#",
         "https://doi.org/10.1002/(SICI)1097-4636(199706)35:4%3C395::AID-JBM1%3E3.0.CO;2-%23"),
        ("10.1000/a b", "https://doi.org/10.1000/a%20b"),
        ("10.1000/50%", "https://doi.org/10.1000/50%25"),
        ("10.1000/x?y=1", "https://doi.org/10.1000/x%3Fy=1"),
        ("10.1000/\"q\"", "https://doi.org/10.1000/%22q%22"),
        ("10.1000/[1]{2}|^`\\", "https://doi.org/10.1000/%5B1%5D%7B2%7D%7C%5E%60%5C"),
        ("10.1000/line\nbreak\t", "https://doi.org/10.1000/line%0Abreak"),
        ("10.1000/café", "https://doi.org/10.1000/café"),
        ("10.1000/\u{200E}rtl\u{FFFF}", "https://doi.org/10.1000/%E2%80%8Ertl%EF%BF%BF"),
        ("doi:10.1000/abc", "https://doi.org/10.1000/abc"),
        ("https://doi.org/10.1000/abc", "https://doi.org/10.1000/abc"),
        (" https://dx.doi.org/10.1000/ABC ", "https://doi.org/10.1000/ABC"),
    ]

    @Test(arguments: doiCases)
    func doiURLsAreValidIRIs(doi: String, url: String) {
        #expect(NodeIdentifiers.doiURL(of: Self.item(doi: doi)) == url)
    }

    @Test func anEmptyDOIIsNoDOI() {
        #expect(NodeIdentifiers.doiURL(of: Self.item(doi: "")) == nil)
        #expect(NodeIdentifiers.doiURL(of: Self.item(doi: nil)) == nil)
    }

    @Test func idsInFragmentsKeepOnlyUnreservedCharacters() {
        #expect(IRIEncoding.fragment("li2010") == "li2010")
        #expect(IRIEncoding.fragment("smith:2010 #1/ä") == "smith%3A2010%20%231%2Fä")
        #expect(IRIEncoding.fragment("a%b") == "a%25b")
        let claim = Claim(id: "c 1?", text: "t", span: Self.template.span)
        #expect(NodeIdentifiers.claim(claim, pageURL: "https://x.example/p/") == "https://x.example/p/#claim-c%201%3F")
    }

    @Test func theDOIIsTheReferencesIDAndItsSameAsInTheGraph() throws {
        let publication = ExtraPublications.oddDOIPublication()
        let document = try ParsedGraph(PageGraph(publication: publication).file(for: publication.articles[0]))
        let id = "https://doi.org/10.1002/(SICI)1097-4636(199706)35:4%3C395::AID-JBM1%3E3.0.CO;2-%23"
        let node = try document.node(id)
        #expect(node["sameAs"] as? [String] == [id, "https://pubmed.ncbi.nlm.nih.gov/123/"])
        #expect(node["pagination"] as? String == "395")
        #expect(node["pageStart"] == nil)
        #expect(string(node, "isPartOf", "@type") == "PublicationVolume")
        #expect(string(node, "isPartOf", "isPartOf", "name") == "J Biomed Mater Res")
        #expect(referenceIDs(try document.node("https://www.kliniek.example/doi/#claim-c"), "citation") == [id])
    }
}
