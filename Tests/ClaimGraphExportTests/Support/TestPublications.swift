// ldpub — MIT licence.

import ArticleModel
import ModelFixtures

/// Publications built for these tests from the standard sample's parts.
enum TestPublications {
    static let standard = SamplePublication.standard()
    static var first: Article { standard.articles.first { $0.slug == "eerste" }! }
    static var second: Article { standard.articles.first { $0.slug == "tweede" }! }

    /// The standard sample plus a third article, `derde`, whose claim `nmda` (an id the first
    /// article uses too) cites the shared site reference `shared2020` and the first article's
    /// `li2010`, and which has its own uncited reference.
    /// (Only site references can be shared: citing another article's reference is an input error.)
    static func sharedSource() -> Publication {
        let span = first.span
        let claim = Claim(id: "nmda", text: "Ook hier: NMDA.", sources: [
            SourceCitation(reference: IDReference("shared2020", span: span), locator: "hoofdstuk 2", relation: .supports),
        ], span: span)
        let third = article(slug: "derde", title: "Derde artikel", sections: [
            Section(heading: "Samen", anchor: "samen", body: "", claims: [claim], span: span),
        ], references: [item("eigen", title: "Een eigen bron", authors: [CSLName(family: "Eigen")], year: 2021)])
        return Publication(site: standard.site, articles: standard.articles + [third])
    }

    /// One article whose slug, claim ids and reference ids hold characters that need escaping.
    static func strangeIDs() -> Publication {
        let span = first.span
        let references = [item("we\"ird\\id", title: "Weird"), item("a&amp;b {c} <d>", title: "Amp"), item("\\N\\G", title: "Escapes")]
        let claims = [
            Claim(id: "c\"1\\", text: "First", sources: references.map { SourceCitation(reference: IDReference($0.id, span: span)) }, span: span),
            Claim(id: "c&lt;2", text: "Second", sources: [SourceCitation(reference: IDReference(references[0].id, span: span))], span: span),
        ]
        let strange = article(slug: "s\"l\\ug&amp;", title: "Strange", sections: [
            Section(heading: "H", anchor: "h", body: "", claims: claims, span: span),
        ], references: references)
        return Publication(site: standard.site, articles: [strange])
    }

    /// An article whose five references share author and year, so their labels need letters.
    static func sameAuthorAndYear() -> Publication {
        let span = first.span
        let references = ["d", "b", "a", "c"].map { item("li-\($0)", title: "Paper \($0)", authors: [CSLName(family: "Li")], year: 2010) }
            + [item("undated-1", title: "x", authors: [CSLName(family: "Ng")]), item("undated-2", title: "y", authors: [CSLName(family: "Ng")])]
        let claim = Claim(id: "c", text: "Claim", sources: references.map { SourceCitation(reference: IDReference($0.id, span: span)) }, span: span)
        let single = article(slug: "same", title: "Same", sections: [Section(heading: "H", anchor: "h", body: "", claims: [claim], span: span)],
                             references: references)
        return Publication(site: standard.site, articles: [single])
    }

    static func article(slug: String, title: String, sections: [Section], references: [CSLItem]) -> Article {
        Article(file: "Fixture/\(slug).yaml", slug: slug, title: title, description: title, published: first.published,
                authors: first.authors, sections: sections, references: references, span: first.span)
    }

    static func item(_ id: String, title: String, authors: [CSLName] = [], year: Int? = nil, containerTitle: String? = nil,
                     publisher: String? = nil) -> CSLItem {
        CSLItem(id: id, type: "article-journal", title: title, authors: authors, issued: year.map { CSLDate(year: $0) },
                containerTitle: containerTitle, publisher: publisher, span: first.span)
    }
}
