// ldpub — MIT licence.

import ArticleModel

/// The `@id` of every node a page graph names, built from the site and page URLs.
///
/// Site-wide things (the website, the publisher, people, site references) hang off the site
/// URL, so they get the same `@id` on every page; page things (the page, the article, its
/// image, claims and own references) hang off the page URL. A reference with a DOI is named
/// by its DOI URL instead. Ids written in the input are percent-encoded into the fragment.
struct NodeIdentifiers: Sendable {
    /// `<site url>#website`.
    let website: String
    /// `<site url>#organization`, or `<site url>#publisher` when the publisher is a person.
    let publisher: String
    private let siteURL: String
    private let publisherAgentID: String?

    /// Creates the identifiers of a site.
    init(site: Site) {
        siteURL = site.url
        website = site.url + "#website"
        publisher = site.url + (site.publisher.kind == .organization ? "#organization" : "#publisher")
        publisherAgentID = site.publisher.id
    }

    /// The publisher's `@id` when `agent` is the publisher, else `<site url>#person-<id>` or
    /// `<site url>#organization-<id>`.
    func agent(_ agent: Agent) -> String {
        guard let id = agent.id, id != publisherAgentID else { return publisher }
        let prefix = agent.kind == .person ? "#person-" : "#organization-"
        return siteURL + prefix + IRIEncoding.fragment(id)
    }

    /// A site reference: its DOI URL (``doiURL(of:)``, passed in), or `<site url>#ref-<id>`.
    func siteReference(_ item: CSLItem, doiURL: String?) -> String {
        doiURL ?? siteURL + "#ref-" + IRIEncoding.fragment(item.id)
    }

    /// An article's own reference: its DOI URL (``doiURL(of:)``, passed in), or `<page url>#ref-<id>`.
    static func articleReference(_ item: CSLItem, doiURL: String?, pageURL: String) -> String {
        doiURL ?? pageURL + "#ref-" + IRIEncoding.fragment(item.id)
    }

    /// `<page url>#webpage`.
    static func webPage(pageURL: String) -> String { pageURL + "#webpage" }

    /// `<page url>#article`.
    static func article(pageURL: String) -> String { pageURL + "#article" }

    /// `<page url>#primaryimage`.
    static func primaryImage(pageURL: String) -> String { pageURL + "#primaryimage" }

    /// `<page url>#claim-<id>`.
    static func claim(_ claim: Claim, pageURL: String) -> String {
        pageURL + "#claim-" + IRIEncoding.fragment(claim.id)
    }

    /// `https://doi.org/<DOI>` with the DOI percent-encoded as a path, when the item has a DOI.
    static func doiURL(of item: CSLItem) -> String? {
        guard let doi = item.doi.map(strippingResolver), !doi.isEmpty else { return nil }
        return "https://doi.org/" + IRIEncoding.path(doi)
    }

    /// `https://pubmed.ncbi.nlm.nih.gov/<PMID>/`, when the item has a PMID.
    static func pubMedURL(of item: CSLItem) -> String? {
        guard let pmid = item.pmid, !pmid.isEmpty else { return nil }
        return "https://pubmed.ncbi.nlm.nih.gov/" + IRIEncoding.fragment(pmid) + "/"
    }

    /// A DOI as people paste it (`doi:10.…`, `https://doi.org/10.…`) without its prefix.
    private static func strippingResolver(_ doi: String) -> String {
        let trimmed = doi.trimmingSpaces
        // Every resolver prefix starts with `h` or `d`; a DOI as such starts with `10.`.
        if let first = trimmed.utf8.first, first < 0x80, !"hHdD".utf8.contains(first) { return trimmed }
        let lowercased = trimmed.lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where lowercased.hasPrefix(prefix) {
            return String(trimmed.dropFirst(prefix.count))
        }
        return trimmed
    }
}
