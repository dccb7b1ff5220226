// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing

/// Checking the changed articles alone gives what checking the whole site gives, or nothing.
@Suite struct CrossFileUpdateTests {
    static let clinic = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Sites/clinic")
    static let names = ["2024/zonder-claims.yaml", "antidepressiva.yaml", "english-article.yaml", "slaap-en-stemming.yaml"]

    /// The clinic's files as text, by name (site.yaml among them).
    private func clinic() throws -> [String: String] {
        var texts: [String: String] = [:]
        for name in Self.names + ["site.yaml"] {
            texts[name] = try String(contentsOf: Self.clinic.appendingPathComponent(name), encoding: .utf8)
        }
        return texts
    }

    /// The site and the summaries of its articles, in the order of `names`.
    private func summaries(_ texts: [String: String]) throws -> (site: Site, summaries: [ArticleSummary]) {
        let validator = InputValidator(vocabulary: FixtureSupport.vocabulary)
        let site = try #require(validator.decodeSite(SourceFile(path: "clinic/site.yaml", text: texts["site.yaml"]!)).value)
        let summaries = try Self.names.map { name in
            ArticleSummary(try #require(validator.decodeArticle(SourceFile(path: "clinic/\(name)", text: texts[name]!)).value))
        }
        return (site, summaries)
    }

    private func checked(_ site: Site, _ summaries: [ArticleSummary]) -> (diagnostics: [Diagnostic], statistics: BuildStatistics) {
        (InputValidator.crossFileDiagnostics(site: site, summaries: summaries, incompleteIDs: []), BuildStatistics(site: site, summaries: summaries))
    }

    /// The update of the clinic's checks after `edits` (file, text replaced, replacement), and the
    /// checks of the whole site after them.
    private func update(_ edits: [(String, String, String)]) throws
        -> (updated: (diagnostics: [Diagnostic], statistics: BuildStatistics)?, whole: (diagnostics: [Diagnostic], statistics: BuildStatistics)) {
        let before = try clinic()
        var after = before
        for (name, old, new) in edits {
            #expect(after[name]!.contains(old), "\(name): \(old)")
            after[name] = after[name]!.replacingOccurrences(of: old, with: new)
        }
        let (site, old) = try summaries(before)
        let (_, new) = try summaries(after)
        let changes = Self.names.indices.filter { before[Self.names[$0]] != after[Self.names[$0]] }
            .map { CrossFileUpdate.Change(before: old[$0], after: new[$0]) }
        let updated = CrossFileUpdate.updated(checked(site, old), site: site, changes: changes, incompleteIDs: [])
        return (updated, checked(site, new))
    }

    @Test(arguments: [
        ("a line added above the claims", [("antidepressiva.yaml", "      In 2018", "      Samengevat.\n      In 2018")]),
        ("a claim now supported", [("antidepressiva.yaml", "          - source: eigen2024\n            relation: mentions\n", "          - source: eigen2024\n")]),
        ("the article's own reference no longer cited", [("antidepressiva.yaml", "        sources:\n          - source: eigen2024\n            relation: mentions\n", "        sources: []\n")]),
        ("a claim added, the review removed", [("antidepressiva.yaml", "references:\n", "      - id: nog-een\n        text: Nog een.\n        sources:\n          - source: cipriani2018\nreferences:\n"),
                                               ("antidepressiva.yaml", "reviewed:\n  by: bram-el-amrani\n  date: 2025-02-09\n", "")]),
        ("two articles", [("antidepressiva.yaml", "      In 2018", "      Samengevat.\n      In 2018"),
                          ("english-article.yaml", "      1. Keep", "      0. Wake early.\n      1. Keep")]),
    ])
    func anUpdateEqualsTheChecksOfTheWholeSite(_ change: String, _ edits: [(String, String, String)]) throws {
        let (updated, whole) = try update(edits)
        let result = try #require(updated, "\(change)")
        // The same diagnostics, in the order a report shows them (an update keeps an order of its own).
        #expect(result.diagnostics.sortedForDisplay() == whole.diagnostics.sortedForDisplay(), "\(change)")
        #expect(result.statistics == whole.statistics, "\(change)")
        let unchanged = try update([]).whole
        #expect(result.diagnostics != unchanged.diagnostics, "\(change): a change the checks see")
    }

    @Test(arguments: [
        ("a citation of the site's uncited reference", [("antidepressiva.yaml", "source: eigen2024", "source: never-cited")]),
        ("one site reference fewer cited", [("antidepressiva.yaml", "          - source: who2023\n            relation: mentions\n", "")]),
        ("a citation of another article's reference", [("english-article.yaml", "insomnia.\n", "insomnia.\n        sources:\n          - source: eigen2024\n")]),
        ("an unknown source", [("antidepressiva.yaml", "source: eigen2024", "source: eigen2025")]),
        ("an own reference's new id", [("antidepressiva.yaml", "  - id: eigen2024\n", "  - id: eigen2025\n"), ("antidepressiva.yaml", "source: eigen2024", "source: eigen2025")]),
        ("a new slug", [("english-article.yaml", "title:", "slug: slaap-en-stemming\ntitle:")]),
    ])
    func aChangeOtherArticlesDependOnIsCheckedWithThem(_ change: String, _ edits: [(String, String, String)]) throws {
        #expect(try update(edits).updated == nil, "\(change)")
    }

    @Test func lastResultsWithAnErrorAreNotUpdated() throws {
        let texts = try clinic()
        let (site, summaries) = try summaries(texts)
        var last = checked(site, summaries)
        last.diagnostics.append(.error("an error", at: summaries[0].span))
        #expect(CrossFileUpdate.updated(last, site: site, changes: [.init(before: summaries[1], after: summaries[1])],
                                        incompleteIDs: []) == nil)
    }
}
