// ldpub — MIT licence.

import ArticleModel
import YAMLNodes

/// Small publications built in code, for the exporters' tests.
///
/// `standard()` is a two-article site with every optional field set, a shared site
/// reference, claims with each relation, an unsupported claim and an uncited source.
/// `hostile(_:)` puts one piece of hostile text into every text field that reaches output.
public enum SamplePublication {
    /// Texts that break naive escaping in XML, HTML, JSON, DOT or JavaScript.
    public static let hostileTexts: [String] = [
        "Fish & Chips", "a < b > c", "say \"hi\"", "it's", "]]> end of CDATA", "back\\slash", "line one\nline two",
        "tab\there", "emoji 🧠💊", "עברית and العربية (right to left)", "</script><script>alert(1)</script>",
        String(repeating: "A very long title. ", count: 60), "&amp; already escaped", "{{ braces }} and [[brackets]]",
    ]

    static func span(_ line: Int = 1) -> SourceSpan { SourceSpan(file: "Fixture/site.yaml", at: Mark(line: line, column: 1)) }
    static func ref(_ id: String) -> IDReference { IDReference(id, span: span()) }

    /// A complete, valid two-article publication.
    public static func standard() -> Publication {
        let site = Site(
            title: "Kliniek Voorbeeld", url: "https://www.kliniek.example/", language: "nl",
            description: "Uitleg over behandelingen",
            publisher: Agent(id: "kliniek", kind: .organization, name: "Kliniek Voorbeeld", url: "https://www.kliniek.example/",
                             logo: "https://www.kliniek.example/logo.png", span: span()),
            people: [
                Agent(id: "redactie", kind: .organization, name: "Redactie", url: "https://www.kliniek.example/redactie/",
                      affiliation: ref("kliniek"), span: span()),
                Agent(id: "jan-jansen", kind: .person, name: "Jan Jansen", url: "https://www.kliniek.example/team/jan/",
                      jobTitle: "Psychiater", affiliation: ref("kliniek"), sameAs: ["https://orcid.org/0000-0002-1825-0097"], span: span()),
            ],
            references: [
                CSLItem(id: "shared2020", type: "report", title: "Gedeeld rapport", authors: [CSLName(literal: "Trimbos-instituut")],
                        issued: CSLDate(year: 2020), url: "https://www.trimbos.example/rapport", publisher: "Trimbos-instituut", span: span()),
            ],
            feeds: FeedSettings(limit: 20, copyright: "© 2025 Kliniek Voorbeeld"), span: span())
        let first = Article(
            file: "Fixture/eerste.yaml", slug: "eerste", title: "Hoe werkt ketamine?", description: "Het effect op je hersenen.",
            published: Timestamp(year: 2025, month: 12, day: 30),
            modified: Timestamp(year: 2025, month: 12, day: 31, time: .init(hour: 9, minute: 30, second: 0, fraction: "", offsetMinutes: 60)),
            review: Review(reviewer: ref("jan-jansen"), date: Timestamp(year: 2025, month: 12, day: 30)),
            authors: [ref("redactie")], category: "Behandeling", keywords: ["ketamine", "depressie"],
            image: ImageReference(url: "images/brein.jpg", alt: "Abstracte weergave van hersenactiviteit"),
            audience: .patient, specialty: "Psychiatric",
            about: [AboutEntity(type: "Drug", name: "ketamine", sameAs: ["https://www.wikidata.org/wiki/Q243547"], alternateNames: ["Ketalar"])],
            sections: [
                Section(heading: "Een ander mechanisme", anchor: "een-ander-mechanisme",
                        body: "Ketamine werkt *anders*. Zie [de bron](bronnen/#li) en ![schema](img/schema.png).",
                        claims: [
                            Claim(id: "nmda", text: "Ketamine blokkeert de NMDA-receptor.", sources: [
                                SourceCitation(reference: ref("li2010"), locator: "p. 960", relation: .supports),
                                SourceCitation(reference: ref("shared2020"), relation: .mentions),
                            ], span: span()),
                            Claim(id: "snel", text: "Het effect is binnen uren merkbaar.", span: span()),
                        ], span: span()),
                Section(heading: "Wat we nog niet weten", anchor: "wat-we-nog-niet-weten", body: "Veel is **onbekend**.",
                        claims: [
                            Claim(id: "hnk", text: "HNK is mogelijk verantwoordelijk.", sources: [
                                SourceCitation(reference: ref("zanos2016"), relation: .disputes),
                            ], span: span()),
                        ], span: span()),
            ],
            references: [
                CSLItem(id: "li2010", type: "article-journal",
                        title: "mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists",
                        authors: [CSLName(family: "Li", given: "Nanxin"), CSLName(family: "Lee", given: "Boyoung"), CSLName(family: "Liu", given: "Rong-Jian")],
                        issued: CSLDate(year: 2010, month: 8, day: 20), containerTitle: "Science", volume: "329", issue: "5994",
                        page: "959-964", doi: "10.1126/science.1190287", pmid: "20724638", span: span()),
                CSLItem(id: "zanos2016", type: "article-journal", title: "NMDAR inhibition-independent antidepressant actions of ketamine metabolites",
                        authors: [CSLName(family: "Zanos", given: "Panos"), CSLName(family: "Gould", given: "Todd D.")],
                        issued: CSLDate(year: 2016, month: 5), containerTitle: "Nature", volume: "533", issue: "7604", page: "481-486",
                        doi: "10.1038/nature17998", span: span()),
                CSLItem(id: "kompas", type: "webpage", title: "Ketamine", url: "https://www.farmacotherapeutischkompas.nl/",
                        publisher: "Zorginstituut Nederland", accessed: CSLDate(year: 2025, month: 12, day: 30), span: span()),
            ],
            span: span())
        let second = Article(
            file: "Fixture/tweede.yaml", slug: "tweede", title: "Zonder bronnen", description: "Een artikel zonder claims.",
            language: "en", published: Timestamp(year: 2024, month: 1, day: 2), authors: [ref("jan-jansen")],
            sections: [Section(heading: "Alleen tekst", anchor: "alleen-tekst", body: "Geen claims hier.", span: span())],
            span: span())
        return Publication(site: site, articles: [first, second])
    }

    /// A one-article publication with `text` in every text field that reaches output.
    public static func hostile(_ text: String) -> Publication {
        let site = Site(
            title: text, url: "https://www.kliniek.example/", language: "nl", description: text,
            publisher: Agent(id: "kliniek", kind: .organization, name: text, url: "https://www.kliniek.example/", span: span()),
            people: [Agent(id: "auteur", kind: .person, name: text, jobTitle: text, span: span())],
            references: [],
            feeds: FeedSettings(limit: 20, copyright: text), span: span())
        let article = Article(
            file: "Fixture/hostile.yaml", slug: "hostile", title: text, description: text,
            published: Timestamp(year: 2025, month: 1, day: 1), review: Review(reviewer: ref("auteur"), date: Timestamp(year: 2025, month: 1, day: 1)),
            authors: [ref("auteur")], category: text, keywords: [text],
            image: ImageReference(url: "images/x.jpg", alt: text), audience: .clinician, specialty: "Psychiatric",
            about: [AboutEntity(type: "MedicalCondition", name: text, alternateNames: [text])],
            sections: [Section(heading: text, anchor: "section", body: text, claims: [
                Claim(id: "c1", text: text, sources: [SourceCitation(reference: ref("r1"), locator: text)], span: span()),
                Claim(id: "c2", text: text, span: span()),
            ], span: span())],
            references: [CSLItem(id: "r1", type: "book", title: text, authors: [CSLName(family: text, given: text)],
                                 issued: CSLDate(year: 2001), publisher: text, span: span())],
            span: span())
        return Publication(site: site, articles: [article])
    }

    /// An article with empty optional fields: no review, image, keywords, claims or references.
    public static func minimal() -> Publication {
        let site = Site(
            title: "Minimal", url: "https://minimal.example/", language: "en", description: "Minimal site",
            publisher: Agent(id: nil, kind: .person, name: "Solo Writer", span: span()), span: span())
        let article = Article(
            file: "Fixture/min.yaml", slug: "min", title: "Minimal", description: "Only what is required.",
            published: Timestamp(year: 2023, month: 6, day: 1), authors: [],
            sections: [Section(heading: "One", anchor: "one", body: "", span: span())], span: span())
        return Publication(site: site, articles: [article])
    }
}
