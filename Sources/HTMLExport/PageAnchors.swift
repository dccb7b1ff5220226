// ldpub — MIT licence.

import ArticleModel

/// The `id`s of one article page: the sections' anchors as the author chose them, then the
/// page's own (`claim-<id>`, `ref-<id>`, the summary, sources and graph sections), each made
/// unique with `-2`, `-3`… should it meet a section anchor.
///
/// The overview uses the same ids to link to a claim on its page.
///
/// The page's own ids cannot meet one another (`claim-`, `claims-of-` and `ref-` differ
/// before any id or anchor starts), so they can only be renamed because of a section anchor
/// that starts like one of them. Pages without such an anchor, nearly all, keep no tables:
/// every id is its prefix and the claim id, reference id or section anchor.
struct PageAnchors: Sendable {
    /// The renamed ids, or nil when no section anchor can clash with the page's ids.
    private let renamed: Renamed?
    /// The `<main>` element.
    let main: String
    /// The `<h1>`.
    let title: String
    /// The evidence summary's heading.
    let summary: String
    /// The reference list's section.
    let sources: String
    /// The claims graph's section.
    let graph: String
    /// The prefix of every `id` inside the inline SVG; it contains `--`, which no section anchor
    /// or claim or reference id can.
    static let svgPrefix = "claims-graph--"

    /// The ids of a page whose section anchors can clash with its own ids, each allocated in turn.
    private struct Renamed: Sendable {
        /// `claim-<id>` by claim id.
        var claims: [String: String] = [:]
        /// `ref-<id>` by reference id.
        var references: [String: String] = [:]
        /// `claims-of-<anchor>` by section anchor.
        var claimHeadings: [String: String] = [:]
        var taken: Set<String>

        mutating func allocate(_ wanted: String) -> String {
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

    /// The ids of `article`'s page, whose reference list holds `references` (only asked for
    /// when a section anchor may clash).
    init(article: Article, references: @autoclosure () -> [CSLItem]) {
        guard article.sections.contains(where: { Self.mayClash($0.anchor) }) else {
            renamed = nil
            (main, title, summary, sources, graph) = ("main", "title", "evidence", "sources", "claims-graph")
            return
        }
        var renamed = Renamed(taken: Set(article.sections.map(\.anchor)))
        main = renamed.allocate("main")
        title = renamed.allocate("title")
        summary = renamed.allocate("evidence")
        sources = renamed.allocate("sources")
        graph = renamed.allocate("claims-graph")
        for section in article.sections where !section.claims.isEmpty && renamed.claimHeadings[section.anchor] == nil {
            renamed.claimHeadings[section.anchor] = renamed.allocate("claims-of-" + section.anchor)
        }
        for claim in article.claims where renamed.claims[claim.id] == nil {
            renamed.claims[claim.id] = renamed.allocate("claim-" + claim.id)
        }
        for item in references() where renamed.references[item.id] == nil {
            renamed.references[item.id] = renamed.allocate("ref-" + item.id)
        }
        self.renamed = renamed
    }

    /// Appends the escaped id of a claim's list item, without making a string when it was not renamed.
    func appendClaim(_ id: String, to html: inout HTMLBuffer) {
        append(id, prefix: "claim-", renamedIn: \.claims, to: &html)
    }

    /// Appends the escaped id of a reference's list item, without making a string when it was not renamed.
    func appendReference(_ id: String, to html: inout HTMLBuffer) {
        append(id, prefix: "ref-", renamedIn: \.references, to: &html)
    }

    /// The id of a claim's list item.
    func claim(_ id: String) -> String { renamed?.claims[id] ?? "claim-" + id }

    /// The id of a reference's list item.
    func reference(_ id: String) -> String { renamed?.references[id] ?? "ref-" + id }

    /// The id of the heading of a section's claim list.
    func claimsHeading(ofSection anchor: String) -> String { renamed?.claimHeadings[anchor] ?? "claims-of-" + anchor }

    /// `prefix` + `key`, or its renamed form from the table at `table` when the page renamed ids.
    private func append(_ key: String, prefix: StaticString, renamedIn table: KeyPath<Renamed, [String: String]>,
                        to html: inout HTMLBuffer) {
        if let renamed {
            html.append(escaped: renamed[keyPath: table][key] ?? "\(prefix)" + key)
        } else {
            html.append(prefix)
            html.append(escaped: key)
        }
    }

    /// Whether a section anchor could equal one of the page's own ids, or one of them renamed:
    /// it starts like one, or is not ASCII (and so could be equal to one as a string without
    /// being equal byte for byte).
    private static func mayClash(_ anchor: String) -> Bool {
        let utf8 = anchor.utf8
        switch utf8.first {
        case UInt8(ascii: "m"): if utf8.starts(with: "main".utf8) { return true }
        case UInt8(ascii: "t"): if utf8.starts(with: "title".utf8) { return true }
        case UInt8(ascii: "e"): if utf8.starts(with: "evidence".utf8) { return true }
        case UInt8(ascii: "s"): if utf8.starts(with: "sources".utf8) { return true }
        case UInt8(ascii: "c"): if utf8.starts(with: "claim".utf8) { return true }
        case UInt8(ascii: "r"): if utf8.starts(with: "ref-".utf8) { return true }
        default: break
        }
        return !utf8.allSatisfy { $0 < 0x80 }
    }
}
