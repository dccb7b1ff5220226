// ldpub — MIT licence.

import ArticleModel
import InterfaceText

extension ArticlePage {
    /// The template context of one article's page (``TemplateContext/article``), with what its
    /// parts share (claims, reference list and labels, anchors, which claims cite each reference)
    /// worked out once.
    struct Context {
        /// A claim citing a reference, for the reference's "Cited by" line.
        private typealias Use = (number: Int, relation: CitationRelation, claimID: String)

        private let article: Article
        private let publication: Publication
        private let siteParts: SiteParts
        private let body: SectionBody
        /// Every claim of the article, in order.
        private let claims: [Claim]
        /// The claim numbers by id (the first claim's, should two share an id).
        private let claimNumbers: [String: Int]
        /// The claims citing each reference, by reference id, in claim order.
        private let uses: [String: [Use]]
        /// What the page cites, in reading order: the article's references, then the site
        /// references its claims cite (``Publication/citedReferences(of:)``).
        private let references: ReferenceList
        private let anchors: PageAnchors
        private let pageURL: String

        init(article: Article, publication: Publication, siteParts: SiteParts, body: SectionBody) {
            self.article = article
            self.publication = publication
            self.siteParts = siteParts
            self.body = body
            claims = article.claims
            var claimNumbers: [String: Int] = [:]
            claimNumbers.reserveCapacity(claims.count)
            var uses: [String: [Use]] = [:]
            uses.reserveCapacity(article.references.count + claims.count)
            for (index, claim) in claims.enumerated() {
                if claimNumbers[claim.id] == nil { claimNumbers[claim.id] = index + 1 }
                for source in claim.sources {
                    uses[source.reference.id, default: []].append((index + 1, source.relation, claim.id))
                }
            }
            self.claimNumbers = claimNumbers
            self.uses = uses
            let citedReferences = publication.citedReferences(of: article)
            let ownCount = article.references.count
            references = ReferenceList(citedReferences, labelling: citedReferences.enumerated().map { position, item in
                position < ownCount ? ReferenceList.Labelling(item, catalog: siteParts.catalog)
                    : siteParts.references[item.id]?.labelling ?? ReferenceList.Labelling(item, catalog: siteParts.catalog)
            })
            anchors = PageAnchors(article: article, references: citedReferences)
            pageURL = publication.pageURL(of: article)
        }

        /// The words of the page's language.
        private var catalog: MessageCatalog { siteParts.catalog }

        /// The whole context.
        func values(jsonLDSnippet: String, claimsSVG: String?) -> Values {
            let authors = publication.authors(of: article)
            var review: Review?
            if let reviewed = article.review {
                let reviewer = publication.reviewer(of: article)
                review = Review(reviewer: reviewer?.name ?? reviewed.reviewer.id, reviewerURL: reviewer?.url,
                                date: Self.time(reviewed.date, in: catalog))
            }
            var svg: String?
            if let claimsSVG {
                svg = InlineSVG.element(from: claimsSVG, label: catalog.text(.graphDescription, ["count": String(claims.count)]))
            }
            return Values(
                frame: siteParts.frame,
                language: publication.language(of: article),
                title: article.title,
                description: article.description,
                url: pageURL,
                jsonLD: jsonLDSnippet,
                anchors: Anchors(main: anchors.main, title: anchors.title, summary: anchors.summary, sources: anchors.sources, graph: anchors.graph),
                published: Self.time(article.published, in: catalog),
                modified: article.modified.map { Self.time($0, in: catalog) },
                authorsLabel: catalog[authors.count == 1 ? .authorOne : .authorOther],
                authors: authors.enumerated().map { index, author in Author(name: author.name, profileURL: author.url, isFirst: index == 0) },
                review: review,
                category: article.category,
                image: article.image.map(imageValues),
                summary: summary(),
                sections: article.sections.map(section),
                references: referenceList(),
                graph: Graph(svg: svg)
            )
        }

        /// A date: `datetime` (HTML's machine-readable form; absent for a year before 1, which
        /// HTML has no form of) and `text` (as the page's language writes it).
        static func time(_ timestamp: Timestamp, in catalog: MessageCatalog) -> Time {
            guard timestamp.year >= 1 else { return Time(datetime: nil, text: timestamp.description) }
            return Time(datetime: TimeElement.datetime(timestamp), text: TimeElement.text(timestamp, in: catalog))
        }

        /// The article's image: `src` when it is one of the site's files (relative to the page,
        /// so the page loads it from the site itself, or from disk), its absolute `url`, its `alt`.
        private func imageValues(_ image: ImageReference) -> Image {
            let url = publication.imageURL(of: article) ?? image.url
            let site = publication.site.url
            let src: String? = url.hasPrefix(site) && url.count > site.count ? "../" + url.dropFirst(site.count) : nil
            return Image(src: src, url: url, alt: image.alt)
        }

        /// "Evidence at a glance": how many claims a source supports, cite no source, or cite only
        /// sources that dispute or mention them; how many sources are listed and cited.
        private func summary() -> Summary {
            let supported = claims.count(where: \.isSupported)
            let citingNothing = claims.count { $0.sources.isEmpty }
            let onlyDisputedOrMentioned = claims.count - supported - citingNothing
            let uncited = references.items.count { uses[$0.id] == nil }
            var cited: String?
            if !references.entries.isEmpty {
                cited = uncited == 0 ? catalog[.summaryEverySourceCited] : catalog.filled(.summaryUncitedSources, number: uncited)
            }
            return Summary(
                hasClaims: !claims.isEmpty,
                claims: catalog.filled(count: claims.count, one: .summaryClaimsOne, other: .summaryClaimsOther),
                supported: catalog.filled(.summarySupported, number: supported),
                noSourceCited: citingNothing > 0 ? catalog.filled(.summaryNoSourceCited, number: citingNothing) : nil,
                onlyDisputedOrMentioned: onlyDisputedOrMentioned > 0
                    ? catalog.filled(.summaryOnlyDisputedOrMentioned, number: onlyDisputedOrMentioned) : nil,
                sources: catalog.filled(count: references.entries.count, one: .summarySourcesOne, other: .summarySourcesOther),
                cited: cited,
                noSourceMeaning: citingNothing > 0 ? catalog.text(.summaryNoSourceMeaning, ["label": catalog[.claimNoSourceCited]]) : nil
            )
        }

        /// A section: heading, body, and the claims it makes.
        private func section(_ section: Section) -> SectionValues {
            var head: (anchor: String, heading: String, firstNumber: Int)?
            if let first = section.claims.first {
                head = (anchors.claimsHeading(ofSection: section.anchor),
                        catalog[section.claims.count == 1 ? .claimsHeadingOne : .claimsHeadingOther],
                        claimNumbers[first.id] ?? 1)
            }
            return SectionValues(
                anchor: section.anchor, heading: section.heading,
                bodyHTML: body.html(section.body, pageURL: pageURL, catalog: catalog),
                claimsHead: head,
                claims: section.claims.map { claim($0, number: claimNumbers[$0.id] ?? 0) }
            )
        }

        /// A claim: its number, its text with citation markers, what is true of its evidence, and
        /// each source with its relation in words.
        private func claim(_ claim: Claim, number: Int) -> ClaimValues {
            let supporting = claim.sources.count { $0.relation == .supports }
            let status = if supporting > 0 {
                catalog.filled(count: supporting, one: .claimSupportedOne, other: .claimSupportedOther)
            } else if claim.sources.isEmpty {
                catalog[.claimNoSourceCited]
            } else {
                catalog[.claimOnlyDisputedOrMentioned]
            }
            var shown: [Int] = []
            var citations: [Citation] = []
            for source in claim.sources {
                guard let referenceNumber = references.number(of: source.reference.id), !shown.contains(referenceNumber) else { continue }
                shown.append(referenceNumber)
                citations.append(Citation(number: referenceNumber, anchor: anchors.reference(source.reference.id),
                                          label: references.label(of: source.reference.id) ?? ""))
            }
            let sources: [Source] = claim.sources.map { source in
                let id = source.reference.id
                var listed: (number: Int, label: String, anchor: String)?
                if let label = references.label(of: id), let referenceNumber = references.number(of: id) {
                    listed = (referenceNumber, label, anchors.reference(id))
                }
                return Source(id: id, relation: source.relation.rawValue, relationText: catalog[Self.relationKey(source.relation)],
                              listed: listed, locator: source.locator)
            }
            return ClaimValues(
                anchor: anchors.claim(claim.id), number: number, numberText: catalog.filled(.claimNumber, number: number),
                isSupported: supporting > 0, status: status, text: claim.text, citations: citations,
                sourcesLabel: catalog.filled(.claimSourcesLabel, number: number), sources: sources
            )
        }

        /// The message of a relation in words.
        private static func relationKey(_ relation: CitationRelation) -> MessageKey {
            switch relation {
            case .supports: .relationSupports
            case .disputes: .relationDisputes
            case .mentions: .relationMentions
            }
        }

        /// The reference list, numbered as the citation markers are, each reference with the claims citing it.
        private func referenceList() -> [Reference] {
            let ownCount = article.references.count
            return references.entries.enumerated().map { index, entry in
                let item = references.item(of: entry)
                let uses = self.uses[item.id] ?? []
                let citation: String
                if entry.position >= ownCount, let shared = siteParts.references[item.id]?.citation {
                    citation = shared
                } else {
                    citation = CitationFormatter.html(item, catalog: catalog)
                }
                let citedBy: [CitedBy] = uses.enumerated().map { position, use in
                    CitedBy(anchor: anchors.claim(use.claimID), claim: catalog.filled(.citingClaim, number: use.number),
                            relationText: catalog[Self.relationKey(use.relation)], isFirst: position == 0)
                }
                return Reference(anchor: anchors.reference(item.id), number: index + 1, label: entry.label, citationHTML: citation,
                                 citedBy: citedBy)
            }
        }
    }
}
