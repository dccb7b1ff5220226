// ldpub — MIT licence.

import ArticleModel
import Foundation
import JSONLDExport
import LinkedDataJSON
import ModelFixtures
import Testing

@Suite struct PageGraphStructureTests {
    static let site = "https://www.kliniek.example/"
    static let page = "https://www.kliniek.example/eerste/"

    let publication = SamplePublication.standard()
    var graph: PageGraph { PageGraph(publication: publication) }

    func parsed(_ slug: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ParsedGraph {
        let article = try #require(publication.articles.first { $0.slug == slug }, sourceLocation: sourceLocation)
        return try ParsedGraph(graph.file(for: article), sourceLocation: sourceLocation)
    }

    @Test func everyNodeOfTheStandardArticleInOrderWithExactIDs() throws {
        let document = try parsed("eerste")
        #expect(document.root["@context"] as? String == "https://schema.org")
        let expected: [(String, String)] = [
            (Self.page + "#webpage", "MedicalWebPage"),
            (Self.page + "#article", "Article"),
            (Self.page + "#primaryimage", "ImageObject"),
            (Self.site + "#website", "WebSite"),
            (Self.site + "#organization", "Organization"),
            (Self.site + "#organization-redactie", "Organization"),
            (Self.site + "#person-jan-jansen", "Person"),
            (Self.page + "#claim-nmda", "Claim"),
            (Self.page + "#claim-snel", "Claim"),
            (Self.page + "#claim-hnk", "Claim"),
            ("https://doi.org/10.1126/science.1190287", "ScholarlyArticle"),
            ("https://doi.org/10.1038/nature17998", "ScholarlyArticle"),
            (Self.page + "#ref-kompas", "WebPage"),
            (Self.site + "#ref-shared2020", "Report"),
        ]
        #expect(document.idsAndTypes.map(\.id) == expected.map(\.0))
        #expect(document.idsAndTypes.map(\.type) == expected.map(\.1))
    }

    @Test(arguments: ["eerste", "tweede"])
    func everyReferencedIDIsDescribed(slug: String) throws {
        let document = try parsed(slug)
        let described = document.describedIDs
        for id in document.referencedIDs where !id.hasPrefix("https://schema.org/") {
            #expect(described.contains(id), "\(id) is referenced but not described")
        }
        #expect(!document.referencedIDs.isEmpty)
    }

    @Test(arguments: ["eerste", "tweede"])
    func keysComeInTheirFixedOrder(slug: String) throws {
        let article = try #require(publication.articles.first { $0.slug == slug })
        let document = try #require(graph.document(for: article).object)
        #expect(document.keys == ["@context", "@graph"])
        var checked = 0
        func visit(_ value: JSONValue) {
            switch value {
            case .object(let object):
                let keys = object.keys
                if keys.contains("@id") && keys.count > 1 {
                    #expect(Array(keys.prefix(2)) == ["@id", "@type"], "\(keys)")
                    checked += 1
                } else if keys.contains("@type") {
                    #expect(keys.first == "@type", "\(keys)")
                }
                for member in object { visit(member.value) }
            case .array(let elements):
                elements.forEach(visit)
            default:
                break
            }
        }
        visit(.object(document))
        #expect(checked >= 5)
        let text = graph.file(for: article)
        #expect(text.hasPrefix("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [\n    {\n      \"@id\": "))
        #expect(text.hasSuffix("\n  ]\n}\n"))
    }

    @Test func thePageDescribesTheMedicalPage() throws {
        let page = try parsed("eerste").node(Self.page + "#webpage")
        #expect(page["url"] as? String == Self.page)
        #expect(page["name"] as? String == "Hoe werkt ketamine?")
        #expect(page["description"] as? String == "Het effect op je hersenen.")
        #expect(page["inLanguage"] as? String == "nl")
        #expect(string(page, "isPartOf", "@id") == Self.site + "#website")
        #expect(string(page, "mainEntity", "@id") == Self.page + "#article")
        #expect(string(page, "primaryImageOfPage", "@id") == Self.page + "#primaryimage")
        #expect(string(page, "image", "@id") == Self.page + "#primaryimage")
        #expect(page["datePublished"] as? String == "2025-12-30")
        #expect(page["dateModified"] as? String == "2025-12-31T09:30:00+01:00")
        #expect(page["lastReviewed"] as? String == "2025-12-30")
        #expect(string(page, "reviewedBy", "@id") == Self.site + "#person-jan-jansen")
        #expect(referenceIDs(page, "author") == [Self.site + "#organization-redactie"])
        #expect(string(page, "publisher", "@id") == Self.site + "#organization")
        #expect(page["medicalAudience"] as? [String: String] == ["@type": "Patient"])
        #expect(page["specialty"] as? [String: String] == ["@id": "https://schema.org/Psychiatric"])
        let about = try #require(value(page, "about", 0) as? [String: Any])
        #expect(about["@type"] as? String == "Drug")
        #expect(about["name"] as? String == "ketamine")
        #expect(about["alternateName"] as? [String] == ["Ketalar"])
        #expect(about["sameAs"] as? [String] == ["https://www.wikidata.org/wiki/Q243547"])
    }

    @Test func theArticleDescribesItselfForArticleRichResults() throws {
        let article = try parsed("eerste").node(Self.page + "#article")
        #expect(article["headline"] as? String == "Hoe werkt ketamine?")
        #expect(article["name"] as? String == "Hoe werkt ketamine?")
        #expect(article["inLanguage"] as? String == "nl")
        #expect(referenceIDs(article, "author") == [Self.site + "#organization-redactie"])
        #expect(string(article, "publisher", "@id") == Self.site + "#organization")
        #expect(article["datePublished"] as? String == "2025-12-30")
        #expect(article["dateModified"] as? String == "2025-12-31T09:30:00+01:00")
        #expect(string(article, "image", "@id") == Self.page + "#primaryimage")
        #expect(article["keywords"] as? [String] == ["ketamine", "depressie"])
        #expect(article["articleSection"] as? String == "Behandeling")
        #expect(string(article, "mainEntityOfPage", "@id") == Self.page + "#webpage")
        #expect(referenceIDs(article, "citation") == [
            "https://doi.org/10.1126/science.1190287", "https://doi.org/10.1038/nature17998",
            Self.page + "#ref-kompas", Self.site + "#ref-shared2020",
        ])
    }

    @Test func theImageWebsiteAndAgentsCarryOnlyWhatTheInputNames() throws {
        let document = try parsed("eerste")
        let image = try document.node(Self.page + "#primaryimage")
        #expect(image["url"] as? String == Self.site + "images/brein.jpg")
        #expect(image["contentUrl"] as? String == Self.site + "images/brein.jpg")
        #expect(image["caption"] as? String == "Abstracte weergave van hersenactiviteit")

        let website = try document.node(Self.site + "#website")
        #expect(website["url"] as? String == Self.site)
        #expect(website["name"] as? String == "Kliniek Voorbeeld")
        #expect(website["description"] as? String == "Uitleg over behandelingen")
        #expect(website["inLanguage"] as? String == "nl")
        #expect(string(website, "publisher", "@id") == Self.site + "#organization")

        let publisher = try document.node(Self.site + "#organization")
        #expect(Set(publisher.keys) == ["@id", "@type", "name", "url", "logo"])
        #expect(string(publisher, "logo", "@type") == "ImageObject")
        #expect(string(publisher, "logo", "url") == "https://www.kliniek.example/logo.png")

        let team = try document.node(Self.site + "#organization-redactie")
        #expect(Set(team.keys) == ["@id", "@type", "name", "url", "memberOf"])
        #expect(string(team, "memberOf", "@id") == Self.site + "#organization")

        let reviewer = try document.node(Self.site + "#person-jan-jansen")
        #expect(Set(reviewer.keys) == ["@id", "@type", "name", "url", "jobTitle", "affiliation", "sameAs"])
        #expect(reviewer["jobTitle"] as? String == "Psychiater")
        #expect(string(reviewer, "affiliation", "@id") == Self.site + "#organization")
        #expect(reviewer["sameAs"] as? [String] == ["https://orcid.org/0000-0002-1825-0097"])
    }

    @Test func aJournalArticleSitsInIssueVolumeAndPeriodical() throws {
        let reference = try parsed("eerste").node("https://doi.org/10.1126/science.1190287")
        #expect(reference["name"] as? String
            == "mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists")
        #expect(reference["datePublished"] as? String == "2010-08-20")
        #expect(string(reference, "author", 0, "@type") == "Person")
        #expect(string(reference, "author", 0, "name") == "Nanxin Li")
        #expect(string(reference, "author", 0, "givenName") == "Nanxin")
        #expect(string(reference, "author", 0, "familyName") == "Li")
        #expect((reference["author"] as? [Any])?.count == 3)
        #expect(string(reference, "isPartOf", "@type") == "PublicationIssue")
        #expect(string(reference, "isPartOf", "issueNumber") == "5994")
        #expect(string(reference, "isPartOf", "isPartOf", "@type") == "PublicationVolume")
        #expect(string(reference, "isPartOf", "isPartOf", "volumeNumber") == "329")
        #expect(string(reference, "isPartOf", "isPartOf", "isPartOf", "@type") == "Periodical")
        #expect(string(reference, "isPartOf", "isPartOf", "isPartOf", "name") == "Science")
        #expect(reference["pagination"] as? String == "959-964")
        #expect(reference["pageStart"] as? String == "959")
        #expect(reference["pageEnd"] as? String == "964")
        #expect(reference["sameAs"] as? [String] == [
            "https://doi.org/10.1126/science.1190287", "https://pubmed.ncbi.nlm.nih.gov/20724638/",
        ])
        let reduced = try parsed("eerste").node("https://doi.org/10.1038/nature17998")
        #expect(reduced["datePublished"] as? String == "2016-05")
        #expect(reduced["sameAs"] as? [String] == ["https://doi.org/10.1038/nature17998"])
    }

    @Test func otherReferenceTypesKeepTheirPublisherAndURL() throws {
        let document = try parsed("eerste")
        let webPage = try document.node(Self.page + "#ref-kompas")
        #expect(Set(webPage.keys) == ["@id", "@type", "name", "publisher", "url"])
        #expect(string(webPage, "publisher", "@type") == "Organization")
        #expect(string(webPage, "publisher", "name") == "Zorginstituut Nederland")
        #expect(webPage["url"] as? String == "https://www.farmacotherapeutischkompas.nl/")

        let report = try document.node(Self.site + "#ref-shared2020")
        #expect(string(report, "author", 0, "@type") == "Organization")
        #expect(string(report, "author", 0, "name") == "Trimbos-instituut")
        #expect(report["datePublished"] as? String == "2020")
    }

    @Test func claimsCiteTheirSourcesWhateverTheRelation() throws {
        let document = try parsed("eerste")
        let supported = try document.node(Self.page + "#claim-nmda")
        #expect(supported["text"] as? String == "Ketamine blokkeert de NMDA-receptor.")
        #expect(string(supported, "appearance", "@id") == Self.page + "#article")
        #expect(referenceIDs(supported, "citation") == ["https://doi.org/10.1126/science.1190287", Self.site + "#ref-shared2020"])
        let unsupported = try document.node(Self.page + "#claim-snel")
        #expect(unsupported["citation"] == nil)
        let disputed = try document.node(Self.page + "#claim-hnk")
        #expect(referenceIDs(disputed, "citation") == ["https://doi.org/10.1038/nature17998"])
    }

    @Test func aSharedThingHasOneIDOnEveryPage() throws {
        let second = try parsed("tweede")
        #expect(second.idsAndTypes.map(\.id) == [
            "https://www.kliniek.example/tweede/#webpage", "https://www.kliniek.example/tweede/#article",
            Self.site + "#website", Self.site + "#organization", Self.site + "#person-jan-jansen",
        ])
        let page = try second.node("https://www.kliniek.example/tweede/#webpage")
        #expect(page["inLanguage"] as? String == "en")
        let first = try parsed("eerste")
        for id in [Self.site + "#website", Self.site + "#organization", Self.site + "#person-jan-jansen"] {
            #expect(NSDictionary(dictionary: try first.node(id)) == NSDictionary(dictionary: try second.node(id)))
        }
    }

    @Test func theHTMLSnippetHoldsTheSameDocument() throws {
        let article = publication.articles[0]
        let snippet = graph.htmlSnippet(for: article)
        let prefix = "<script type=\"application/ld+json\">\n"
        let suffix = "\n</script>\n"
        #expect(snippet.hasPrefix(prefix))
        #expect(snippet.hasSuffix(suffix))
        let json = String(snippet.dropFirst(prefix.count).dropLast(suffix.count))
        let fromSnippet = try ParsedGraph(json)
        let fromFile = try ParsedGraph(graph.file(for: article))
        #expect(NSDictionary(dictionary: fromSnippet.root) == NSDictionary(dictionary: fromFile.root))
        #expect(PageGraph.file(of: graph.document(for: article)) == graph.file(for: article))
        #expect(PageGraph.htmlSnippet(of: graph.document(for: article)) == snippet)
        let files = graph.files(for: article)
        #expect(files.jsonLD == graph.file(for: article))
        #expect(files.htmlSnippet == snippet)
    }

    @Test func thePublisherNamedByItsIDKeepsItsOneID() throws {
        let model = publication.articles[1]
        let publisherAsAuthor = IDReference("kliniek", span: model.span)
        let article = Article(file: model.file, slug: "uitgever", title: "t", description: "d", published: model.published,
                              review: Review(reviewer: publisherAsAuthor, date: model.published),
                              authors: [publisherAsAuthor, IDReference("redactie", span: model.span)],
                              sections: model.sections, span: model.span)
        let site = Publication(site: publication.site, articles: [article])
        let document = try ParsedGraph(PageGraph(publication: site).file(for: article))
        let page = try document.node("https://www.kliniek.example/uitgever/#webpage")
        #expect(referenceIDs(page, "author") == [Self.site + "#organization", Self.site + "#organization-redactie"])
        #expect(string(page, "reviewedBy", "@id") == Self.site + "#organization")
        #expect(document.idsAndTypes.filter { $0.id == Self.site + "#organization" }.count == 1)
        #expect(document.idsAndTypes.map(\.id).contains(Self.site + "#organization-redactie"))
    }
}
