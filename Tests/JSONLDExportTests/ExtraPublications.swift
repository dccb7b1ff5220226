// ldpub — MIT licence.

import ArticleModel
import ModelFixtures

/// Publications the shared fixtures do not cover, built from the standard sample's parts.
enum ExtraPublications {
    /// A DOI with every kind of character a DOI IRI has to encode (SICI style).
    static let oddDOI = "10.1002/(SICI)1097-4636(199706)35:4<395::AID-JBM1>3.0.CO;2-#"

    /// A one-article site whose only reference has ``oddDOI`` and PMID 123, cited by claim `c`.
    static func oddDOIPublication() -> Publication {
        let standard = SamplePublication.standard()
        let model = standard.articles[0]
        let span = model.span
        let article = Article(
            file: model.file, slug: "doi", title: "DOI", description: "A reference with an odd DOI.", published: model.published,
            authors: model.authors, image: model.image, sections: [Section(heading: "h", anchor: "h", body: "", claims: [
                Claim(id: "c", text: "t", sources: [SourceCitation(reference: IDReference("odd", span: span))], span: span),
            ], span: span)],
            references: [CSLItem(id: "odd", type: "article-journal", title: "Odd", issued: CSLDate(year: 1997, month: 6, day: 1),
                                 containerTitle: "J Biomed Mater Res", volume: "35", page: "395", doi: oddDOI, pmid: "123", span: span)],
            span: span)
        return Publication(site: standard.site, articles: [article])
    }

    /// A site of `count` copies of the standard sample's richest article, each with its own
    /// slug and its own references.
    static func largePublication(count: Int) -> Publication {
        let standard = SamplePublication.standard()
        let model = standard.articles[0]
        let articles = (0..<count).map { index in
            Article(file: model.file, slug: "page-\(index)", title: model.title, description: model.description,
                    language: model.language, published: model.published, modified: model.modified, review: model.review,
                    authors: model.authors, category: model.category, keywords: model.keywords, image: model.image,
                    audience: model.audience, specialty: model.specialty, about: model.about, sections: model.sections,
                    references: model.references.map { item in
                        CSLItem(id: item.id, type: item.type, title: item.title, authors: item.authors,
                                issued: item.issued, containerTitle: item.containerTitle, volume: item.volume,
                                issue: item.issue, page: item.page, doi: item.doi, pmid: item.pmid, url: item.url,
                                publisher: item.publisher, span: item.span)
                    }, span: model.span)
        }
        return Publication(site: standard.site, articles: articles)
    }

    /// CSL item types and the schema.org type each becomes.
    static let referenceTypes: [(csl: String, schema: String)] = [
        ("article-journal", "ScholarlyArticle"), ("paper-conference", "ScholarlyArticle"), ("article-newspaper", "NewsArticle"),
        ("article-magazine", "Article"), ("article", "Article"), ("report", "Report"), ("post-weblog", "BlogPosting"),
        ("post", "SocialMediaPosting"), ("chapter", "Chapter"), ("book", "Book"), ("webpage", "WebPage"), ("thesis", "Thesis"),
        ("dataset", "Dataset"), ("software", "SoftwareApplication"), ("legislation", "Legislation"), ("bill", "Legislation"),
        ("entry-encyclopedia", "CreativeWork"), ("personal_communication", "CreativeWork"), ("motion_picture", "CreativeWork"),
    ]

    /// A one-article site with one reference of each of ``referenceTypes``, every variable
    /// set (container, volume, issue, pages, publisher, DOI, PMID, URL), each cited by a claim.
    static func everyReferenceTypePublication() -> Publication {
        let standard = SamplePublication.standard()
        let model = standard.articles[0]
        let span = model.span
        let items = referenceTypes.map { type in
            CSLItem(id: type.csl, type: type.csl, title: "A \(type.csl)",
                    authors: [CSLName(family: "Doe", given: "Jane"), CSLName(literal: "A Consortium")],
                    issued: CSLDate(year: 2019, month: 3, day: 4), containerTitle: "Container of \(type.csl)", volume: "7",
                    issue: "2", page: "10–20", doi: "10.1000/\(type.csl)", pmid: "42", url: "https://example.org/\(type.csl)",
                    publisher: "Publisher Inc.", span: span)
        }
        let claims = items.map { item in
            Claim(id: item.id, text: "Cites \(item.id).", sources: [SourceCitation(reference: IDReference(item.id, span: span))], span: span)
        }
        let article = Article(
            file: model.file, slug: "types", title: "Every reference type", description: "One reference of each CSL type.",
            published: model.published, authors: model.authors, image: model.image,
            sections: [Section(heading: "h", anchor: "h", body: "", claims: claims, span: span)], references: items, span: span)
        return Publication(site: standard.site, articles: [article])
    }
}
