// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataValidation
import Publishing
import SchemaOrgVocabulary
import Testing
import TestScratch

/// The streaming build writes exactly what the in-memory build produces, and nothing when the
/// input has an error.
@Suite struct FolderBuildTests {
    static let vocabulary = TermVocabulary.schemaOrg
    static let clinic = GoldenOutputTests.packageRoot.appendingPathComponent("Tests/Fixtures/Sites/clinic").path

    private func temporaryFolder() -> URL {
        TestScratch.folder.appendingPathComponent("ldpub-folder-build-\(UUID().uuidString)")
    }

    private func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where OutputLayout.isOwned(path) {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    @Test func writesWhatTheInMemoryBuildProduces() throws {
        let output = temporaryFolder()
        let report = FolderBuild(options: .init(inputPath: Self.clinic, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        #expect(report.failure == nil)
        let validated = InputValidator(vocabulary: Self.vocabulary).validate(folder: Self.clinic)
        let publication = try #require(validated.publication)
        let expected = FolderBuild.inMemory(publication).files
        let written = try files(in: output)
        #expect(Set(written.keys) == Set(expected.map(\.path)))
        for file in expected {
            #expect(written[file.path] == Data(file.bytes), "\(file.path) differs")
        }
        #expect(report.validation.diagnostics == validated.diagnostics)
        #expect(report.statistics == BuildStatistics(publication))
        // A second build changes nothing.
        let second = FolderBuild(options: .init(inputPath: Self.clinic, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        #expect(second.summary?.written == [])
        #expect(second.summary?.unchanged == expected.count)
    }

    @Test func anInputErrorWritesNothing() throws {
        let input = temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.clinic, toPath: input.path)
        let output = temporaryFolder()
        let first = FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        #expect(first.failure == nil)
        let before = try files(in: output)
        // A dangling source in one article, and a changed title in another that would change pages.
        let broken = input.appendingPathComponent("antidepressiva.yaml")
        try String(contentsOf: broken, encoding: .utf8).replacingOccurrences(of: "source: eigen2024", with: "source: eigen2025")
            .write(to: broken, atomically: true, encoding: .utf8)
        let changed = input.appendingPathComponent("english-article.yaml")
        try String(contentsOf: changed, encoding: .utf8).replacingOccurrences(of: "Sleep hygiene in brief", with: "Changed")
            .write(to: changed, atomically: true, encoding: .utf8)
        let second = FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: Self.vocabulary, drawGraphs: false)).run()
        guard case .inputErrors? = second.failure else {
            Issue.record("expected input errors, got \(String(describing: second.failure))")
            return
        }
        #expect(second.validation.diagnostics.contains { $0.message == "claim 'maatwerk' cites unknown source 'eigen2025' (did you mean 'eigen2024'?)" })
        #expect(try files(in: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(".ldpub/staging").path) == [])
    }

    @Test func aFirstBuildWithErrorsCreatesNoOutputFolder() throws {
        let input = temporaryFolder()
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("title: [unclosed\n".utf8).write(to: input.appendingPathComponent("site.yaml"))
        let output = temporaryFolder()
        let report = FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: Self.vocabulary)).run()
        #expect(report.validation.diagnostics.errorCount == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// The build cache only saves work: every build writes what a build without it writes.
@Suite struct BuildCacheTests {
    /// Where these tests keep their caches (one subfolder per output folder).
    let cacheRoot = TestScratch.folder.appendingPathComponent("ldpub-caches-\(UUID().uuidString)").path

    func temporaryFolder() -> URL {
        TestScratch.folder.appendingPathComponent("ldpub-cache-\(UUID().uuidString)")
    }

    func build(_ input: URL, _ output: URL, cache: Bool = true) -> FolderBuild.Report {
        FolderBuild(options: .init(inputPath: input.path, outputPath: output.path, vocabulary: FolderBuildTests.vocabulary,
                                   drawGraphs: false, cacheKey: cache ? "test" : nil, cacheRoot: cacheRoot)).run()
    }

    /// The cache file `name` of the output folder `output`.
    private func cacheFile(_ name: String, of output: URL) -> URL {
        URL(fileURLWithPath: FolderBuild.cacheFolder(root: cacheRoot, outputPath: output.path)).appendingPathComponent(name)
    }

    func owned(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where OutputLayout.isOwned(path) {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    /// Builds `input` without a cache into a fresh folder, for comparison.
    func reference(_ input: URL) throws -> [String: Data] {
        let output = temporaryFolder()
        #expect(build(input, output, cache: false).failure == nil)
        return try owned(output)
    }

    func edit(_ file: URL, _ from: String, _ to: String) throws {
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
    }

    /// A build that saves its cache on another thread (as `ldpub serve` does) returns before it
    /// is saved; asking whether it is current waits for it; the next build, which must wait for
    /// the output folder's lock meanwhile, finds it and reuses every article.
    @Test func aCacheSavedInTheBackgroundIsThereForTheNextBuild() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        var options = FolderBuild.Options(inputPath: input.path, outputPath: output.path, vocabulary: FolderBuildTests.vocabulary,
                                          drawGraphs: false, cacheKey: "test", cacheRoot: cacheRoot)
        options.savesCacheInBackground = true
        let first = FolderBuild(options: options).run()
        #expect(first.failure == nil)
        // The next build starts at once: it waits for the lock the saving build still holds.
        let second = FolderBuild(options: options).run()
        #expect(first.cacheIsCurrent)
        #expect(second.failure == nil && second.reusedArticles == 4 && second.summary?.written == [])
        #expect(second.cacheIsCurrent)
        #expect(try owned(output) == reference(input))
    }

    @Test func rebuildsExactlyWhatChanged() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        let first = build(input, output)
        #expect(first.failure == nil && first.reusedArticles == 0)
        #expect(FileManager.default.fileExists(atPath: cacheFile("cache", of: output).path))

        // Nothing changed: everything reused, nothing written.
        let second = build(input, output)
        #expect(second.reusedArticles == 4)
        #expect(second.summary?.written == [])
        #expect(second.validation.diagnostics == first.validation.diagnostics)
        #expect(second.outputWarnings == first.outputWarnings)

        // One article changed: its files and the site-wide ones are rewritten, the result equals a clean build.
        try edit(input.appendingPathComponent("english-article.yaml"), "Sleep hygiene in brief", "Sleep hygiene, briefly")
        let third = build(input, output)
        #expect(third.reusedArticles == 3)
        #expect(third.summary?.written.contains("english-article/index.html") == true)
        #expect(third.summary?.written.contains("feed.xml") == true)
        #expect(try owned(output) == reference(input))

        // An output removed by hand is rebuilt.
        try FileManager.default.removeItem(at: output.appendingPathComponent("antidepressiva/claims.dot"))
        let fourth = build(input, output)
        #expect(fourth.summary?.written == ["antidepressiva/claims.dot"])
        #expect(try owned(output) == reference(input))

        // An article removed: its files go, the rest matches a clean build.
        try FileManager.default.removeItem(at: input.appendingPathComponent("english-article.yaml"))
        let fifth = build(input, output)
        #expect(fifth.summary?.removed.contains("english-article/index.jsonld") == true)
        #expect(try owned(output) == reference(input))

        // site.yaml changed: nothing is reused.
        try edit(input.appendingPathComponent("site.yaml"), "Praktijk Noorderlicht — Patiënteninformatie", "Praktijk Noorderlicht")
        let sixth = build(input, output)
        #expect(sixth.reusedArticles == 0)
        #expect(try owned(output) == reference(input))
    }

    @Test func theChecksAcrossFilesStandWhenNoSummaryChanged() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        let article = input.appendingPathComponent("english-article.yaml")
        /// The diagnostics and counts of a build without a cache.
        func clean() -> FolderBuild.Report { build(input, temporaryFolder(), cache: false) }

        // A new title: ids, spans, citations, dates and people are as they were.
        try edit(article, "Sleep hygiene in brief", "Sleep hygiene, briefly")
        let retitled = build(input, output)
        #expect(retitled.failure == nil && retitled.checksAcrossFilesReused && retitled.reusedArticles == 3)
        #expect(retitled.validation.diagnostics == clean().validation.diagnostics)
        #expect(retitled.statistics == clean().statistics)
        #expect(try owned(output) == reference(input))

        // A claim now cites the site's uncited reference: the checks and the counts are made again.
        try edit(article, "help most people with insomnia.\n", "help most people with insomnia.\n        sources:\n          - source: never-cited\n")
        let cited = build(input, output)
        #expect(cited.failure == nil && !cited.checksAcrossFilesReused && !cited.checksAcrossFilesUpdated && cited.reusedArticles == 3)
        #expect(cited.validation.diagnostics == clean().validation.diagnostics && cited.validation.diagnostics != retitled.validation.diagnostics)
        #expect(cited.statistics == clean().statistics && cited.statistics != retitled.statistics)
        #expect(try owned(output) == reference(input))

        // A line added above the claim moves its span: made again, the diagnostics point at the new lines.
        try edit(article, "      1. Keep regular hours.\n", "      1. Keep regular hours.\n      1. Get daylight in the morning.\n")
        let moved = build(input, output)
        #expect(moved.failure == nil && !moved.checksAcrossFilesReused && moved.checksAcrossFilesUpdated)
        #expect(moved.validation.diagnostics == clean().validation.diagnostics && moved.statistics == clean().statistics)
        #expect(try owned(output) == reference(input))
    }

    @Test func anEditTheSiteFilesDoNotShowIsPatchedIntoTheIndexAndTheGraph() throws {
        let input = try agedClinic()
        // One article in the feeds (the newest, english-article), so that editing the others' titles leaves the feeds as they are.
        try edit(input.appendingPathComponent("site.yaml"), "limit: 3", "limit: 1")
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        let middle = input.appendingPathComponent("antidepressiva.yaml")
        func expectCleanBuild(_ report: FolderBuild.Report, patched: Bool, _ comment: Comment) throws {
            try self.expectCleanBuild(report, of: input, in: output, patched: patched, comment)
        }

        // A longer title, in the middle of the index: its entry grows, the ones after it move.
        try edit(middle, "title: Werken antidepressiva?", "title: Werken antidepressiva, en bij wie niet?")
        let retitled = build(input, output)
        #expect(retitled.siteGraphPatched && retitled.checksAcrossFilesReused && retitled.reusedArticles == 3)
        let written = Set(retitled.summary?.written ?? [])
        #expect(written.isSuperset(of: ["index.html", "claims.dot", "antidepressiva/index.html"]))
        #expect(retitled.summary?.written.contains { ["feed.xml", "atom.xml", "feed.json", "sitemap.xml"].contains($0) } == false)
        try expectCleanBuild(retitled, patched: true, "a longer title")
        // Again, on top of the patched build's cache: a shorter description, and the oldest article's title.
        try edit(middle, "Een overzicht van wat we weten", "Wat we weten")
        try edit(input.appendingPathComponent("2024/zonder-claims.yaml"), "title: Over deze kennisbank", "title: Over de kennisbank")
        try expectCleanBuild(build(input, output), patched: true, "two articles, one after the other in the index")

        // What the site files do show is made again: the order, the sitemap's list, the feeds.
        try edit(middle, "published: 2025-02-10", "published: 2025-03-02")
        try expectCleanBuild(build(input, output), patched: false, "a new publication date")
        // A later modification date is patched into the sitemap: the article's entry and, now the newest, the home page's.
        try edit(middle, "published: 2025-03-02", "published: 2025-03-02\nmodified: 2025-03-05")
        let modified = build(input, output)
        #expect(modified.summary?.written.contains("sitemap.xml") == true)
        // A patched sitemap leaves the count of warnings as it was: the check has none about a sitemap.
        let siteMap = try Data(contentsOf: output.appendingPathComponent("sitemap.xml"))
        #expect(DocumentChecker().check(contents: siteMap, path: "sitemap.xml")?.problems.isEmpty ?? true)
        try expectCleanBuild(modified, patched: true, "a new modification date")
        // antidepressiva is now the newest article, the one in the feeds: patched, and the feeds made again.
        try edit(middle, "Wat we weten", "Wat we nu weten")
        let inFeeds = build(input, output)
        #expect(inFeeds.summary?.written.contains("feed.xml") == true && inFeeds.summary?.written.contains("sitemap.xml") == false)
        try expectCleanBuild(inFeeds, patched: true, "the article in the feeds")
        try edit(middle, "published: 2025-03-02\nmodified: 2025-03-05", "published: 2025-02-10")
        try expectCleanBuild(build(input, output), patched: false, "back to its dates")
        // The patch path again after the full one.
        try edit(input.appendingPathComponent("2024/zonder-claims.yaml"), "title: Over de kennisbank", "title: Over deze kennisbank")
        try expectCleanBuild(build(input, output), patched: true, "after builds that made the site files")
        // A modification date (lines as they were: the summary is the same), later, then earlier
        // (the newest might have been it: the sitemap is made again), and a later review.
        let slaap = input.appendingPathComponent("slaap-en-stemming.yaml")
        try edit(slaap, "modified: 2025-03-04", "modified: 2025-03-05")
        try expectCleanBuild(build(input, output), patched: true, "a later modification date")
        try edit(slaap, "modified: 2025-03-05", "modified: 2025-03-01")
        try expectCleanBuild(build(input, output), patched: false, "an earlier modification date")
        try edit(slaap, "  date: 2025-03-03", "  date: 2025-03-06")
        try expectCleanBuild(build(input, output), patched: true, "a later review")
    }

    /// Expects `report`, of a build of `input` into `output` that used the cache, to say and
    /// write what a build without a cache says and writes; and that it patched the index or not.
    private func expectCleanBuild(_ report: FolderBuild.Report, of input: URL, in output: URL, patched: Bool, _ comment: Comment) throws {
        let clean = build(input, temporaryFolder(), cache: false)
        #expect(report.failure == nil && report.indexPatched == patched, comment)
        #expect(report.validation.diagnostics == clean.validation.diagnostics && report.statistics == clean.statistics, comment)
        #expect(report.outputWarnings == clean.outputWarnings, comment)
        #expect((report.summary?.written.count ?? 0) + (report.summary?.unchanged ?? 0) == clean.summary?.written.count, comment)
        #expect(try owned(output) == reference(input), comment)
    }

    @Test func changesTheOtherArticlesDoNotDependOnAreCheckedAcrossFilesAlone() throws {
        let input = try agedClinic()
        try edit(input.appendingPathComponent("site.yaml"), "limit: 3", "limit: 1")
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        let article = input.appendingPathComponent("antidepressiva.yaml")
        func expectUpdated(_ updated: Bool, _ comment: Comment) throws -> FolderBuild.Report {
            let report = build(input, output)
            #expect(report.checksAcrossFilesUpdated == updated && !report.checksAcrossFilesReused, comment)
            try expectCleanBuild(report, of: input, in: output, patched: updated, comment)
            return report
        }

        // A line added above the claims: every span after it moves, the warnings with them.
        try edit(article, "      In 2018 verscheen", "      Dit is een samenvatting.\n      In 2018 verscheen")
        let moved = try expectUpdated(true, "a line added")
        // A claim's only source now supports it: one unsupported claim fewer.
        try edit(article, "          - source: eigen2024\n            relation: mentions\n", "          - source: eigen2024\n")
        let supported = try expectUpdated(true, "a claim now supported")
        #expect(supported.statistics?.unsupportedClaims == moved.statistics.map { $0.unsupportedClaims - 1 })
        // A new claim citing the article's own reference, and a review removed (a new warning).
        try edit(article, "references:\n", "      - id: nog-een\n        text: Nog een bewering.\n        sources:\n          - source: eigen2024\n            relation: disputes\nreferences:\n")
        try edit(article, "reviewed:\n  by: bram-el-amrani\n  date: 2025-02-09\n", "")
        let added = try expectUpdated(true, "a claim added, the review removed")
        #expect(added.statistics?.claims == supported.statistics.map { $0.claims + 1 })
        #expect(added.validation.diagnostics.count == supported.validation.diagnostics.count + 2)
        // Two articles at once, one of them in the feeds (made again).
        try edit(article, "      Dit is een samenvatting.\n", "")
        try edit(input.appendingPathComponent("english-article.yaml"), "      1. Keep regular hours.\n", "      0. Wake at the same time.\n      1. Keep regular hours.\n")
        _ = try expectUpdated(true, "two articles")

        // What another article's findings depend on: the whole site is checked again.
        try edit(article, "          - source: eigen2024\n            relation: disputes\n", "          - source: never-cited\n            relation: disputes\n")
        _ = try expectUpdated(false, "a citation of the site's uncited reference")
        try edit(article, "          - source: never-cited\n            relation: disputes\n", "          - source: eigen2024\n            relation: disputes\n")
        // Back: the site's reference is no longer cited, a warning about site.yaml comes back.
        _ = try expectUpdated(false, "no longer citing the site's reference")
        try edit(article, "  - id: eigen2024\n", "  - id: eigen2025\n")
        try edit(article, "source: eigen2024", "source: eigen2025")
        _ = try expectUpdated(false, "an own reference's new id")
        // An error: nothing is written, and the diagnostics are those of a clean build.
        try edit(article, "          - source: eigen2025\n            relation: disputes\n", "          - source: eigen2026\n            relation: disputes\n")
        let broken = build(input, output)
        #expect(broken.failure != nil && !broken.checksAcrossFilesUpdated)
        #expect(broken.validation.diagnostics == build(input, temporaryFolder(), cache: false).validation.diagnostics)
        try edit(article, "source: eigen2026", "source: eigen2025")
        try edit(article, "      In 2018 verscheen", "      Samengevat.\n      In 2018 verscheen")
        _ = try expectUpdated(true, "mended, a line added")
    }

    @Test func referencesFromABibliographyFileAreCheckedWithTheWholeSite() throws {
        // An item from a bibliography file has its place there: so has the warning that no
        // claim cites it, which the update from the changed article alone would misplace.
        let input = try agedClinic()
        let bibliography = input.appendingPathComponent("bibliography")
        try FileManager.default.createDirectory(at: bibliography, withIntermediateDirectories: true)
        let item = "  - id: extra2024\n    type: webpage\n    title: Extra\n    URL: https://www.noorderlicht.example/extra/\n"
        for name in ["refs.yaml", "other.yaml"] {
            let file = bibliography.appendingPathComponent(name)
            try Data(((name == "other.yaml" ? "# another file\n" : "") + "references:\n" + item).utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file.path)
        }
        let article = input.appendingPathComponent("english-article.yaml")
        try edit(article, "authors: [an-de-vries]\n", "authors: [an-de-vries]\nbibliography: bibliography/refs.yaml\n")
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        for (old, new, why) in [
            ("bibliography: bibliography/refs.yaml\n", "references:\n" + item, "from the bibliography file into the article"),
            ("references:\n" + item, "bibliography: bibliography/refs.yaml\n", "from the article into the bibliography file"),
            ("bibliography: bibliography/refs.yaml\n", "bibliography: bibliography/other.yaml\n", "into another bibliography file"),
        ] {
            try edit(article, old, new)
            let rebuilt = build(input, output)
            let clean = build(input, temporaryFolder(), cache: false)
            #expect(rebuilt.failure == nil && !rebuilt.checksAcrossFilesUpdated, "\(why)")
            #expect(rebuilt.validation.diagnostics == clean.validation.diagnostics, "\(why)")
            #expect(rebuilt.validation.diagnostics.contains { $0.message.contains("'extra2024' is never cited") }, "\(why)")
            #expect(try owned(output) == reference(input), "\(why)")
        }
    }

    @Test func anEditOfAnArticleInTheFeedsMakesThemAgainFromTheirArticles() throws {
        // Two feeds: every article in them (fewer articles than the limit), and the newest two,
        // which publish at the same instant (their order is by slug).
        for (limit, edited) in [("limit: 20", "slaap-en-stemming.yaml"), ("limit: 2", "slaap-en-stemming.yaml"), ("limit: 2", "english-article.yaml")] {
            let input = try agedClinic()
            try edit(input.appendingPathComponent("site.yaml"), "limit: 3", limit)
            let output = temporaryFolder()
            #expect(build(input, output).failure == nil)
            let file = input.appendingPathComponent(edited)
            try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\ntitle: \"", with: "\ntitle: \"Herzien: ")
                .write(to: file, atomically: true, encoding: .utf8)
            let rebuilt = build(input, output)
            let clean = build(input, temporaryFolder(), cache: false)
            #expect(rebuilt.failure == nil && rebuilt.indexPatched, "\(limit), \(edited)")
            #expect(rebuilt.summary?.written.contains("atom.xml") == true, "\(limit), \(edited)")
            #expect(rebuilt.validation.diagnostics == clean.validation.diagnostics && rebuilt.outputWarnings == clean.outputWarnings, "\(limit), \(edited)")
            #expect(try owned(output) == reference(input), "\(limit), \(edited)")
        }
    }

    @Test func theSameInputFolderNamedAnotherWayIsBuiltAsItNamesItsFiles() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        // The cache keeps paths as the build named them (each article's file, every diagnostic's):
        // by a path with a `.` in it, or through a link, the diagnostics name the files that way,
        // as a build without a cache does; built again by that path, the cache serves.
        let link = temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: input.path)
        for spelling in [input.deletingLastPathComponent().path + "/./" + input.lastPathComponent, link.path] {
            func build() -> FolderBuild.Report {
                FolderBuild(options: .init(inputPath: spelling, outputPath: output.path, vocabulary: FolderBuildTests.vocabulary,
                                           drawGraphs: false, cacheKey: "test", cacheRoot: cacheRoot)).run()
            }
            let clean = FolderBuild(options: .init(inputPath: spelling, outputPath: temporaryFolder().path, vocabulary: FolderBuildTests.vocabulary,
                                                   drawGraphs: false)).run()
            let first = build()
            #expect(first.failure == nil && first.validation.diagnostics == clean.validation.diagnostics, "\(spelling)")
            #expect(first.validation.diagnostics.contains { $0.file.hasPrefix(spelling + "/") }, "\(spelling)")
            let again = build()
            #expect(again.reusedArticles == 4 && again.summary?.written == [], "\(spelling)")
            #expect(again.validation.diagnostics == clean.validation.diagnostics, "\(spelling)")
        }
        #expect(try owned(output) == reference(input))
    }

    /// A build records its output folder in its cache folder, and removes the cache folders
    /// beside it whose output folder is gone (an hour after they were last recorded); folders
    /// of live output folders, fresh ones, unrecorded ones and other names stay.
    @Test func cacheFoldersOfOutputFoldersThatAreGoneArePruned() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)

        func neighbour(_ name: String, records outputPath: String?, hoursOld: Double) throws {
            let folder = cacheRoot + "/" + name
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data("cache".utf8).write(to: URL(fileURLWithPath: folder + "/cache"))
            guard let outputPath else { return }
            try Data(outputPath.utf8).write(to: URL(fileURLWithPath: folder + "/output-folder"))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -hoursOld * 3600)], ofItemAtPath: folder + "/output-folder")
        }
        let gone = temporaryFolder().path
        try neighbour("a1", records: gone, hoursOld: 2)
        try neighbour("a2", records: gone, hoursOld: 0)
        try neighbour("a3", records: output.path, hoursOld: 2)
        try neighbour("a4", records: nil, hoursOld: 2)
        try neighbour("notes", records: gone, hoursOld: 2)
        // The first build of this cache root in the process prunes it.
        #expect(build(input, output).failure == nil)
        let own = FolderBuild.cacheFolder(root: cacheRoot, outputPath: output.path)
        let record = try String(contentsOfFile: own + "/output-folder", encoding: .utf8)
        #expect(record == URL(fileURLWithPath: output.path).resolvingSymlinksInPath().path)
        // A later build saves its cache without listing the root again; what is left stays.
        try FileManager.default.removeItem(at: output.appendingPathComponent("feed.xml"))
        #expect(build(input, output).failure == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: cacheRoot).sorted()
        #expect(left == ["a2", "a3", "a4", (own as NSString).lastPathComponent, "notes"].sorted(), "\(left)")
    }

    /// Copies the clinic sample into a fresh folder, older than the cache's trust margin.
    func agedClinic() throws -> URL {
        let input = temporaryFolder()
        try FileManager.default.copyItem(atPath: FolderBuildTests.clinic, toPath: input.path)
        for name in try FileManager.default.subpathsOfDirectory(atPath: input.path) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: input.appendingPathComponent(name).path)
        }
        return input
    }

    /// The output check's warnings are counted, not kept (a large site has tens of thousands):
    /// the count is what checking the written files again finds.
    @Test func warningsOfTheOutputCheckAreCountedNotKept() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        let report = build(input, output, cache: false)
        #expect(report.failure == nil && !report.checked.isEmpty)
        #expect(report.checked.allSatisfy { $0.problems.allSatisfy { $0.severity == .error } })
        var found = 0
        for file in report.checked {
            let bytes = try Data(contentsOf: output.appendingPathComponent(file.path))
            let checked = try #require(DocumentChecker().check(contents: bytes, path: file.path))
            found += checked.problems.count { $0.severity == .warning }
        }
        #expect(found > 0)
        #expect(report.outputWarnings == found)
    }

    @Test func aRebuildWithNoChangeReportsWhatTheFirstBuildReported() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        let first = build(input, output)
        #expect(first.failure == nil && first.statistics != nil)
        #expect(first.validation.diagnostics.contains { $0.severity == .warning })
        let second = build(input, output)
        #expect(second.reusedArticles == 4 && second.summary?.written == [])
        #expect(second.validation.diagnostics == first.validation.diagnostics)
        #expect(second.statistics == first.statistics)
        #expect(second.outputWarnings == first.outputWarnings)
        // And the same again from a cache written by a rebuild.
        let third = build(input, output)
        #expect(third.validation.diagnostics == first.validation.diagnostics && third.statistics == first.statistics)
    }

    @Test func aRebuildWithOneChangeReportsWhatACleanBuildReports() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        try edit(input.appendingPathComponent("english-article.yaml"), "Sleep hygiene in brief", "Sleep hygiene, briefly")
        let rebuilt = build(input, output)
        let clean = build(input, temporaryFolder(), cache: false)
        #expect(rebuilt.reusedArticles == 3)
        #expect(rebuilt.validation.diagnostics == clean.validation.diagnostics)
        #expect(rebuilt.statistics == clean.statistics && rebuilt.outputWarnings == clean.outputWarnings)
        #expect(try owned(output) == reference(input))
    }

    /// Articles without claims have empty edges, side by side at one offset in the site graph:
    /// a patch places each part by the graph's order, not by its offset, and equals a clean build.
    @Test func aPatchedSiteGraphKeepsArticlesWithoutClaimsApart() throws {
        let input = try agedClinic()
        let second = input.appendingPathComponent("2024/zonder-claims-2.yaml")
        try String(contentsOf: input.appendingPathComponent("2024/zonder-claims.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "slug: over-deze-site", with: "slug: over-deze-site-2")
            .write(to: second, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: second.path)
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        // The second gets a claim without a source: its empty edges get bytes; patched.
        try edit(second, "Dit artikel zelf bevat geen claims.\n",
                 "Dit artikel zelf bevat geen claims.\n    claims:\n      - id: een-claim\n        text: Een claim zonder bron.\n")
        let claim = build(input, output)
        #expect(claim.failure == nil && claim.siteGraphPatched)
        #expect(try owned(output) == reference(input))
        // The first, still without claims, gets another title: its empty edges sit where the
        // second's edges start.
        try edit(input.appendingPathComponent("2024/zonder-claims.yaml"), "title: Over deze kennisbank", "title: Over deze kennisbank, kort")
        let title = build(input, output)
        #expect(title.failure == nil && title.siteGraphPatched)
        #expect(try owned(output) == reference(input))
    }

    /// When the changed articles cite what they cited, the site graph is the last build's with
    /// their parts replaced; otherwise it is assembled again. Either way it equals a clean build's.
    @Test func theSiteGraphIsPatchedOnlyWhenTheChangedArticlesSourcesAreAsTheyWere() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        let first = build(input, output)
        #expect(first.failure == nil && !first.siteGraphPatched)

        // Texts of one article: patched.
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "De keuze voor een middel is maatwerk.", "De keuze voor een middel is altijd maatwerk, zegt de richtlijn.")
        let text = build(input, output)
        #expect(text.failure == nil && text.siteGraphPatched)
        #expect(text.summary?.written.contains("claims.dot") == true)
        #expect(try owned(output) == reference(input))

        // Texts of two articles, one shorter and one longer: both parts replaced, the rest moved.
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "title: Werken antidepressiva?", "title: Werken ze?")
        try edit(input.appendingPathComponent("slaap-en-stemming.yaml"), "title: \"Slaap & stemming: hoe hangen ze samen?\"",
                 "title: \"Slaap & stemming: hoe hangen ze met elkaar samen, en wat kunt u zelf doen?\"")
        let two = build(input, output)
        #expect(two.failure == nil && two.siteGraphPatched && two.reusedArticles == 2)
        #expect(try owned(output) == reference(input))

        // A relation changed to a site reference that stays cited: the source nodes are as they were, patched.
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "          - source: who2023\n            relation: mentions", "          - source: who2023\n            relation: supports")
        let relation = build(input, output)
        #expect(relation.failure == nil && relation.siteGraphPatched)
        #expect(try owned(output) == reference(input))

        // The article's own reference no longer cited: its source node changes, so the graph is assembled again.
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "          - source: eigen2024\n            relation: mentions", "          - source: who2023")
        let sources = build(input, output)
        #expect(sources.failure == nil && !sources.siteGraphPatched)
        #expect(try owned(output) == reference(input))

        // The graph changed by hand: assembled again, whatever changed in the input.
        try Data("digraph {}\n".utf8).write(to: output.appendingPathComponent("claims.dot"))
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "title: Werken ze?", "title: Werken antidepressiva?")
        let byHand = build(input, output)
        #expect(byHand.failure == nil && !byHand.siteGraphPatched)
        #expect(try owned(output) == reference(input))

        // And patched again from the cache that build wrote.
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "title: Werken antidepressiva?", "title: Werken antidepressiva echt?")
        let again = build(input, output)
        #expect(again.failure == nil && again.siteGraphPatched)
        #expect(try owned(output) == reference(input))
    }

    @Test func aDamagedDataFileOnlyCostsWork() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        let data = cacheFile("cache-data", of: output)
        var bytes = try Data(contentsOf: data)
        for index in stride(from: bytes.count / 3, to: bytes.count, by: 97) { bytes[index] ^= 0x5A }
        try bytes.write(to: data)
        try edit(input.appendingPathComponent("english-article.yaml"), "Sleep hygiene in brief", "Sleep hygiene, briefly")
        #expect(build(input, output).failure == nil)
        #expect(try owned(output) == reference(input))
        try FileManager.default.removeItem(at: data)
        try edit(input.appendingPathComponent("english-article.yaml"), "Sleep hygiene, briefly", "Sleep hygiene in brief")
        #expect(build(input, output).failure == nil)
        #expect(try owned(output) == reference(input))
    }

    @Test func aRebuildWithNoChangeRemovesLegacyTemporaryFiles() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        #expect(build(input, output).reusedArticles == 4)
        try Data("half".utf8).write(to: output.appendingPathComponent("antidepressiva/\(OutputLayout.temporaryPrefix)999-1"))
        try Data("half".utf8).write(to: output.appendingPathComponent("\(OutputLayout.temporaryPrefix)999-2"))
        let rebuilt = build(input, output)
        #expect(rebuilt.reusedArticles == 4 && rebuilt.summary?.written == [])
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.contains(OutputLayout.temporaryPrefix) }
        #expect(leftovers.isEmpty)
        #expect(try owned(output) == reference(input))
    }

    /// The cache lives outside the output folder: after a cached rebuild the output folder is,
    /// file for file and byte for byte, what one build without a cache writes.
    @Test func theOutputFolderHoldsOnlyTheBuild() throws {
        func everything(_ folder: URL) throws -> [String: Data?] {
            var result: [String: Data?] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
                let isFolder = (try? folder.appendingPathComponent(path).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
                // A folder is listed with no bytes (updateValue: assigning nil would drop the key).
                result.updateValue(isFolder ? nil : try Data(contentsOf: folder.appendingPathComponent(path)), forKey: path)
            }
            return result
        }
        let input = URL(fileURLWithPath: FolderBuildTests.clinic)
        let cached = temporaryFolder(), clean = temporaryFolder()
        #expect(build(input, cached).failure == nil)
        #expect(build(input, cached).failure == nil)
        #expect(FileManager.default.fileExists(atPath: cacheFile("cache", of: cached).path))
        #expect(build(input, clean, cache: false).failure == nil)
        #expect(try everything(cached) == everything(clean))
    }

    /// The cache is outside the output folder: an output folder replaced behind its back (here by
    /// an older build with one more article) must still lose the files of articles that are gone.
    @Test func anOutputFolderReplacedBehindTheCacheLosesItsStaleFiles() throws {
        let input = try agedClinic()
        let older = temporaryFolder()
        #expect(build(input, older, cache: false).failure == nil)
        try FileManager.default.removeItem(at: input.appendingPathComponent("english-article.yaml"))
        let output = temporaryFolder()
        #expect(build(input, output).failure == nil)
        try FileManager.default.removeItem(at: output)
        try FileManager.default.copyItem(at: older, to: output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("english-article/index.html").path))
        #expect(build(input, output).failure == nil)
        #expect(try owned(output) == reference(input))
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let output = temporaryFolder()
        let input = URL(fileURLWithPath: FolderBuildTests.clinic)
        #expect(build(input, output).failure == nil)
        let cache = cacheFile("cache", of: output)
        var bytes = try Data(contentsOf: cache)
        bytes[bytes.count / 2] ^= 0xFF
        bytes.removeLast(7)
        try bytes.write(to: cache)
        let rebuilt = build(input, output)
        #expect(rebuilt.failure == nil)
        #expect(rebuilt.reusedArticles == 0)
        #expect(try owned(output) == reference(input))
    }
}
