// ldpub — MIT licence.

import ArticleModel

/// The `id`s of one article page: the sections' anchors as the author chose them, then the
/// page's own (`claim-<id>`, `ref-<id>`, the summary, sources and graph sections), each made
/// unique with `-2`, `-3`… should it meet a section anchor.
///
/// The overview uses the same ids to link to a claim on its page.
struct PageAnchors: Sendable {
    /// `claim-<id>` by claim id.
    private var claims: [String: String] = [:]
    /// `ref-<id>` by reference id.
    private var references: [String: String] = [:]
    /// `claims-of-<anchor>` by section anchor.
    private var claimHeadings: [String: String] = [:]
    private var taken: Set<String>
    /// The `<main>` element.
    private(set) var main = ""
    /// The `<h1>`.
    private(set) var title = ""
    /// The evidence summary's heading.
    private(set) var summary = ""
    /// The reference list's section.
    private(set) var sources = ""
    /// The claims graph's section.
    private(set) var graph = ""
    /// The prefix of every `id` inside the inline SVG; it contains `--`, which no section anchor
    /// or claim or reference id can.
    static let svgPrefix = "claims-graph--"

    /// The ids of `article`'s page, whose reference list holds `references`.
    init(article: Article, references: [CSLItem]) {
        taken = Set(article.sections.map(\.anchor))
        main = allocate("main")
        title = allocate("title")
        summary = allocate("evidence")
        sources = allocate("sources")
        graph = allocate("claims-graph")
        for section in article.sections where !section.claims.isEmpty && claimHeadings[section.anchor] == nil {
            claimHeadings[section.anchor] = allocate("claims-of-" + section.anchor)
        }
        for claim in article.claims where claims[claim.id] == nil {
            claims[claim.id] = allocate("claim-" + claim.id)
        }
        for item in references where self.references[item.id] == nil {
            self.references[item.id] = allocate("ref-" + item.id)
        }
    }

    /// The id of a claim's list item.
    func claim(_ id: String) -> String { claims[id] ?? "claim-" + id }

    /// The id of a reference's list item.
    func reference(_ id: String) -> String { references[id] ?? "ref-" + id }

    /// The heading of a section's claim list.
    func claimsHeading(ofSection anchor: String) -> String { claimHeadings[anchor] ?? "claims-of-" + anchor }

    private mutating func allocate(_ wanted: String) -> String {
        var candidate = wanted
        var counter = 2
        while taken.contains(candidate) {
            candidate = wanted + "-" + String(counter)
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
