// ldpub — MIT licence.

import ArticleModel
import CorpusGenerator
import Foundation
import Publishing
import Testing
import TestScratch

/// Random sequences of edits, each rebuilt with the cache and compared with a build without it:
/// the same files, diagnostics, counts and warnings, whatever path the rebuild took (reuse,
/// the patches of the site files, the checks across files updated or made again).
@Suite struct RebuildDifferentialTests {
    private let cacheRoot = TestScratch.folder.appendingPathComponent("ldpub-diff-caches-\(UUID().uuidString)").path

    private func temporaryFolder() -> URL {
        TestScratch.folder.appendingPathComponent("ldpub-diff-\(UUID().uuidString)")
    }

    /// A build; with `resident`, one as `ldpub serve` makes it: what it kept in memory used, and
    /// only the files in `heard` (relative to the input) said to have changed.
    private func build(_ input: URL, _ output: URL, cache: Bool, resident: ResidentState? = nil, heard: Set<String> = []) -> FolderBuild.Report {
        var options = FolderBuild.Options(inputPath: input.path, outputPath: output.path, vocabulary: FolderBuildTests.vocabulary,
                                          drawGraphs: false, cacheKey: cache ? "test" : nil, cacheRoot: cacheRoot)
        options.resident = resident
        options.knownChanges = resident.map { _ in KnownChanges(inputs: heard, outputs: []) }
        return FolderBuild(options: options).run()
    }

    private func owned(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where OutputLayout.isOwned(path) {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aRandomSequenceOfEditsRebuildsAsACleanBuildDoes(_ seed: UInt64) throws {
        try rebuildRandomEdits(seed: seed, resident: nil)
    }

    /// The same, rebuilt as `ldpub serve` rebuilds: with the cache and the input listing kept in
    /// memory, and only the files written said to have changed.
    @Test(arguments: [5, 6] as [UInt64])
    func aRandomSequenceOfEditsRebuildsInMemoryAsACleanBuildDoes(_ seed: UInt64) throws {
        try rebuildRandomEdits(seed: seed, resident: ResidentState())
    }

    private func rebuildRandomEdits(seed: UInt64, resident: ResidentState?) throws {
        var corpus = EditedCorpus(seed: seed)
        let input = temporaryFolder()
        try corpus.writeAll(to: input)
        let output = temporaryFolder()
        // The first build of a resident process looks at every file.
        _ = build(input, output, cache: true, resident: resident, heard: [])
        var patched = 0, updated = 0, inMemory = 0
        for round in 0..<40 {
            let edits = corpus.editSome()
            let written = try corpus.writeAll(to: input)
            let rebuilt = build(input, output, cache: true, resident: resident, heard: written)
            inMemory += rebuilt.cacheFromMemory && rebuilt.listingFromMemory ? 1 : 0
            let fresh = temporaryFolder()
            let clean = build(input, fresh, cache: false)
            let comment: Comment = "seed \(seed), round \(round): \(edits)"
            #expect((rebuilt.failure == nil) == (clean.failure == nil), comment)
            #expect(rebuilt.validation.diagnostics == clean.validation.diagnostics, comment)
            #expect(rebuilt.statistics == clean.statistics && rebuilt.outputWarnings == clean.outputWarnings, comment)
            if clean.failure == nil {
                #expect(try owned(output) == owned(fresh), comment)
            }
            try? FileManager.default.removeItem(at: fresh)
            patched += rebuilt.indexPatched ? 1 : 0
            updated += rebuilt.checksAcrossFilesUpdated ? 1 : 0
        }
        // The sequences reach the paths they are here for.
        #expect(patched >= 4 && updated >= 2, "seed \(seed): \(patched) patched, \(updated) updated")
        if resident != nil {
            // A bibliography file written changes the cache's key, so not every round can use the kept cache.
            #expect(inMemory >= 25, "seed \(seed): \(inMemory) rounds with the cache and the listing kept in memory")
        }
    }
}

/// A small site of generated articles, edited at random (a fixed seed gives the same edits).
private struct EditedCorpus {
    struct Source { var id: String; var relation: String? }
    struct Claim { var id: String; var sources: [Source] }
    struct Article {
        var title: String
        var published: String
        var modified: String?
        var review: (by: String, date: String)?
        var author: String
        var translationKey: String?
        var claims: [Claim]
        var references: [String]
        var fromBibliography: Bool
        var padding: Int
    }

    static let siteReferences = ["who2023", "cipriani2018", "never-cited"]
    static let reviewers = ["an-de-vries", "bram-el-amrani"]
    static let dates = ["2025-03-01", "2025-03-01T00:00:00Z", "2025-03-01T01:00:00+01:00", "2025-03-02", "2025-03-03T12:00:00Z",
                        "2025-03-03T13:00:00+01:00", "2025-03-03T12:00:00.5Z", "2025-03-04", "2025-03-05", "2025-03-05T08:00:00+02:00",
                        "2025-03-05T06:00:00Z", "2025-03-06"]
    static let published = ["2025-02-01", "2025-02-01T01:00:00+01:00", "2025-02-10", "2025-02-15T10:00:00Z", "2025-02-15T11:00:00+01:00"]
    static let relations: [String?] = [nil, "supports", "disputes", "mentions"]

    var random: SplitMix64
    var articles: [Article] = []
    var limit: Int
    var counter = 0

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        limit = [1, 2, 3, 10][random.below(4)]
        for index in 0..<(3 + random.below(4)) { articles.append(newArticle(index)) }
    }

    private mutating func pick<T>(_ values: [T]) -> T { random.pick(values) }

    private mutating func newArticle(_ index: Int) -> Article {
        let references = (0..<random.below(3)).map { "own\(index)-\($0)" }
        var article = Article(title: "Artikel \(index)", published: pick(Self.published), modified: random.below(2) == 0 ? pick(Self.dates) : nil,
                              review: random.below(10) < 7 ? (pick(Self.reviewers), pick(Self.dates)) : nil, author: pick(Self.reviewers + ["redactie"]),
                              translationKey: random.below(3) == 0 ? pick(["k1", "k2"]) : nil, claims: [], references: references,
                              fromBibliography: !references.isEmpty && random.below(4) == 0, padding: 0)
        for _ in 0..<random.below(4) { article.claims.append(newClaim(citing: references)) }
        return article
    }

    private mutating func newClaim(citing own: [String]) -> Claim {
        counter += 1
        return Claim(id: "bewering-\(counter)", sources: (0..<random.below(3)).map { _ in
            Source(id: pick(Self.siteReferences + own), relation: pick(Self.relations))
        })
    }

    /// Edits one or two articles, once or twice each; says what it did.
    mutating func editSome() -> [String] {
        var done: [String] = []
        for _ in 0..<(random.below(4) == 0 ? 2 : 1) {
            let index = random.below(articles.count)
            for _ in 0..<(random.below(3) == 0 ? 2 : 1) { done.append("a\(index): " + edit(index)) }
        }
        return done
    }

    private mutating func edit(_ index: Int) -> String {
        var article = articles[index]
        defer { articles[index] = article }
        let kind = pick(["modified", "modified", "review date", "review", "published", "lines", "lines", "title", "relation",
                         "source added", "source removed", "claim added", "claim removed", "translation", "bibliography", "reference added"])
        switch kind {
        case "modified": article.modified = random.below(6) == 0 ? nil : pick(Self.dates)
        case "review date": if let review = article.review { article.review = (review.by, pick(Self.dates)) }
        case "review": article.review = article.review == nil ? (pick(Self.reviewers), pick(Self.dates)) : nil
        case "published": article.published = pick(Self.published)
        case "lines": article.padding = random.below(4)
        case "title": article.title = "Artikel \(index) v\(random.below(100))"
        case "relation":
            if let claim = article.claims.indices.randomElement(using: &random), !article.claims[claim].sources.isEmpty {
                article.claims[claim].sources[random.below(article.claims[claim].sources.count)].relation = pick(Self.relations)
            }
        case "source added":
            if let claim = article.claims.indices.randomElement(using: &random) {
                article.claims[claim].sources.append(Source(id: pick(Self.siteReferences + article.references), relation: pick(Self.relations)))
            }
        case "source removed":
            if let claim = article.claims.indices.randomElement(using: &random), !article.claims[claim].sources.isEmpty {
                article.claims[claim].sources.remove(at: random.below(article.claims[claim].sources.count))
            }
        case "claim added": article.claims.append(newClaim(citing: article.references))
        case "claim removed": if !article.claims.isEmpty { article.claims.remove(at: random.below(article.claims.count)) }
        case "translation": article.translationKey = article.translationKey == nil ? pick(["k1", "k2"]) : nil
        case "bibliography": article.fromBibliography = !article.references.isEmpty && !article.fromBibliography
        default:
            counter += 1
            article.references.append("own\(index)-n\(counter)")
        }
        return kind
    }

    /// Writes site.yaml, every article and the bibliography files into `folder`, those that
    /// changed, an hour old (as files usually are: the cache does not trust a stamp younger
    /// than its margin); returns the paths written, relative to `folder`.
    @discardableResult
    func writeAll(to folder: URL) throws -> Set<String> {
        let bibliography = folder.appendingPathComponent("bibliography")
        try FileManager.default.createDirectory(at: bibliography, withIntermediateDirectories: true)
        let site = try String(contentsOfFile: FolderBuildTests.clinic + "/site.yaml", encoding: .utf8).replacingOccurrences(of: "limit: 3", with: "limit: \(limit)")
        var files: [(URL, String)] = [(folder.appendingPathComponent("site.yaml"), site)]
        for (index, article) in articles.enumerated() {
            files.append((folder.appendingPathComponent("a\(index).yaml"), yaml(article, index: index)))
            // A bibliography file for every article that has references, named or not (the
            // files' stamps are part of the cache's key: they change only when an item does).
            let items = article.references.map { "  - id: \($0)\n    type: webpage\n    title: Bron \($0)\n    URL: https://example.org/\($0)\n" }
            files.append((bibliography.appendingPathComponent("a\(index).yaml"), "references:\n" + items.joined()))
        }
        var written = Set<String>()
        for (url, text) in files {
            let data = Data(text.utf8)
            guard (try? Data(contentsOf: url)) != data else { continue }
            try data.write(to: url)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: url.path)
            written.insert(String(url.path.dropFirst(folder.path.count + 1)))
        }
        return written
    }

    private func yaml(_ article: Article, index: Int) -> String {
        var text = String(repeating: "# regel\n", count: article.padding)
        text += "title: \"\(article.title)\"\ndescription: Een artikel.\npublished: \(article.published)\n"
        if let modified = article.modified { text += "modified: \(modified)\n" }
        if let review = article.review { text += "reviewed:\n  by: \(review.by)\n  date: \(review.date)\n" }
        text += "authors: [\(article.author)]\n"
        if let key = article.translationKey { text += "translationKey: \(key)\n" }
        text += "sections:\n  - heading: Kop\n    body: Tekst.\n"
        if !article.claims.isEmpty {
            text += "    claims:\n"
            for claim in article.claims {
                text += "      - id: \(claim.id)\n        text: Een bewering.\n        sources:" + (claim.sources.isEmpty ? " []\n" : "\n")
                for source in claim.sources {
                    text += "          - source: \(source.id)\n" + (source.relation.map { "            relation: \($0)\n" } ?? "")
                }
            }
        }
        guard !article.references.isEmpty else { return text }
        if article.fromBibliography { return text + "bibliography: bibliography/a\(index).yaml\n" }
        text += "references:\n"
        for id in article.references { text += "  - id: \(id)\n    type: webpage\n    title: Bron \(id)\n    URL: https://example.org/\(id)\n" }
        return text
    }
}
