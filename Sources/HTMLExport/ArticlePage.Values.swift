// ldpub — MIT licence.

import Mustache

extension ArticlePage {
    /// The context of one article's page (``TemplateContext/article``) as typed values: what a
    /// site's `article.mustache` looks names up in, and what the built-in layout's writer
    /// (``BuiltInLayout``) reads directly.
    ///
    /// Each part answers Mustache with a `switch` on the name and gives nil for exactly the names
    /// it lacks (an optional that is nil is a name it lacks), so lookups climb the context stack
    /// as they would through dictionaries with those keys.
    struct Values: MustacheParent, Sendable {
        let frame: PageFrame
        let language: String
        let title: String
        let description: String
        let url: String
        let jsonLD: String
        let anchors: Anchors
        let published: Time
        /// The last modification, when the article gives one (`modified`): a page never says
        /// "updated" of an article that was not.
        let modified: Time?
        let authorsLabel: String
        let authors: [Author]
        let review: Review?
        let category: String?
        let image: Image?
        let summary: Summary
        let sections: [SectionValues]
        let references: [Reference]
        let graph: Graph

        func child(named name: String) -> Any? {
            switch name {
            case "language": language
            case "title": title
            case "description": description
            case "url": url
            case "jsonLD": jsonLD
            case "anchors": anchors
            case "published": published
            case "modified": modified
            case "hasAuthors": !authors.isEmpty
            case "authorsLabel": authorsLabel
            case "authors": authors
            case "review": review
            case "category": category
            case "image": image
            case "summary": summary
            case "sections": sections
            case "hasReferences": !references.isEmpty
            case "references": references
            case "graph": graph
            default: frame.child(named: name)
            }
        }
    }

    /// `anchors`: the `id`s of the page's fixed parts.
    struct Anchors: MustacheParent, Sendable {
        let main: String, title: String, summary: String, sources: String, graph: String

        func child(named name: String) -> Any? {
            switch name {
            case "main": main
            case "title": title
            case "summary": summary
            case "sources": sources
            case "graph": graph
            default: nil
            }
        }
    }

    /// A date: `datetime` (absent for a year before 1, which HTML has no form of) and `text`.
    struct Time: MustacheParent, Sendable {
        let datetime: String?, text: String

        func child(named name: String) -> Any? {
            switch name {
            case "datetime": datetime
            case "text": text
            default: nil
            }
        }
    }

    /// One of `authors`.
    struct Author: MustacheParent, Sendable {
        /// `profileURL`: the author's page (site.yaml's `url`), linked from the name (not `url`,
        /// which Mustache would find on the page when an author has none).
        let name: String, profileURL: String?, isFirst: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "profileURL": profileURL
            case "isFirst": isFirst
            default: nil
            }
        }
    }

    /// `review`: the medical reviewer's name (or id) and the date of the review.
    struct Review: MustacheParent, Sendable {
        /// `reviewerURL`: the reviewer's page (site.yaml's `url`), linked from the name.
        let reviewer: String, reviewerURL: String?, date: Time

        func child(named name: String) -> Any? {
            switch name {
            case "reviewer": reviewer
            case "reviewerURL": reviewerURL
            case "date": date
            default: nil
            }
        }
    }

    /// `image`: `src` relative to the page when the image is one of the site's files, its `url`, its `alt`.
    struct Image: MustacheParent, Sendable {
        let src: String?, url: String, alt: String

        func child(named name: String) -> Any? {
            switch name {
            case "src": src
            case "url": url
            case "alt": alt
            default: nil
            }
        }
    }

    /// `summary`: the evidence at a glance, in words.
    struct Summary: MustacheParent, Sendable {
        let hasClaims: Bool, claims: String, supported: String, noSourceCited: String?
        let onlyDisputedOrMentioned: String?, sources: String, cited: String?
        /// What "No source cited" means (not that the claim is wrong); only when a claim cites none.
        let noSourceMeaning: String?

        func child(named name: String) -> Any? {
            switch name {
            case "hasClaims": hasClaims
            case "claims": claims
            case "supported": supported
            case "noSourceCited": noSourceCited
            case "onlyDisputedOrMentioned": onlyDisputedOrMentioned
            case "sources": sources
            case "cited": cited
            case "noSourceMeaning": noSourceMeaning
            default: nil
            }
        }
    }

    /// One of `sections`; the claims' keys are there only when the section makes claims.
    struct SectionValues: MustacheParent, Sendable {
        let anchor: String, heading: String, bodyHTML: String?
        /// `claimsAnchor`, `claimsHeading`, `firstClaimNumber`; nil without claims.
        let claimsHead: (anchor: String, heading: String, firstNumber: Int)?
        let claims: [ClaimValues]

        func child(named name: String) -> Any? {
            switch name {
            case "anchor": anchor
            case "heading": heading
            case "bodyHTML": bodyHTML
            case "hasClaims": !claims.isEmpty
            case "claimsAnchor": claimsHead?.anchor
            case "claimsHeading": claimsHead?.heading
            case "firstClaimNumber": claimsHead?.firstNumber
            case "claims": claimsHead == nil ? nil : claims
            default: nil
            }
        }
    }

    /// One of a section's `claims`.
    struct ClaimValues: MustacheParent, Sendable {
        let anchor: String, number: Int, numberText: String, isSupported: Bool, status: String, text: String
        let citations: [Citation], sourcesLabel: String, sources: [Source]

        func child(named name: String) -> Any? {
            switch name {
            case "anchor": anchor
            case "number": number
            case "numberText": numberText
            case "isSupported": isSupported
            case "status": status
            case "text": text
            case "citations": citations
            case "hasSources": !sources.isEmpty
            case "sourcesLabel": sourcesLabel
            case "sources": sources
            default: nil
            }
        }
    }

    /// One of a claim's `citations`: a marker linking to the reference list.
    struct Citation: MustacheParent, Sendable {
        /// `label`: the source's author–date label ("Li et al. 2010"), for screen readers.
        let number: Int, anchor: String, label: String

        func child(named name: String) -> Any? {
            switch name {
            case "number": number
            case "anchor": anchor
            case "label": label
            default: nil
            }
        }
    }

    /// One of a claim's `sources`; `number`, `label` and `anchor` only when it is in the reference list.
    struct Source: MustacheParent, Sendable {
        let id: String, relation: String, relationText: String
        let listed: (number: Int, label: String, anchor: String)?
        let locator: String?

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "relation": relation
            case "relationText": relationText
            case "inList": listed != nil
            case "number": listed?.number
            case "label": listed?.label
            case "anchor": listed?.anchor
            case "locator": locator
            default: nil
            }
        }
    }

    /// One of `references`.
    struct Reference: MustacheParent, Sendable {
        let anchor: String, number: Int, label: String, citationHTML: String, citedBy: [CitedBy]

        func child(named name: String) -> Any? {
            switch name {
            case "anchor": anchor
            case "number": number
            case "label": label
            case "citationHTML": citationHTML
            case "isCited": !citedBy.isEmpty
            case "citedBy": citedBy
            default: nil
            }
        }
    }

    /// One of a reference's `citedBy`: a claim citing it.
    struct CitedBy: MustacheParent, Sendable {
        let anchor: String, claim: String, relationText: String, isFirst: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "anchor": anchor
            case "claim": claim
            case "relationText": relationText
            case "isFirst": isFirst
            default: nil
            }
        }
    }

    /// `graph`: whether the claims graph was drawn, and its SVG element when it was.
    struct Graph: MustacheParent, Sendable {
        let svg: String?

        func child(named name: String) -> Any? {
            switch name {
            case "drawn": svg != nil
            case "svg": svg
            default: nil
            }
        }
    }
}
