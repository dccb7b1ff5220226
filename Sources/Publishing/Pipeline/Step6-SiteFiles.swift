// ldpub — MIT licence.

import ClaimGraphExport
import Foundation
import LinkedDataValidation

/// Step 6 of a build: the site-wide files (feeds, site graph, readers' index, sitemap,
/// robots.txt) made from what step 5 prepared, checked against their standards and staged;
/// when nothing changed, the last build's stand. An output that fails its check (a bug in
/// ldpub) stops the build here.
enum SiteFilesStep {
    /// The site files of this build.
    struct Result: Sendable {
        /// Their paths (made now, or the last build's).
        let paths: [String]
        /// Warnings the check found in them.
        var warnings: Int
        /// They were not made again: nothing changed.
        var unchanged: Bool
        /// Where each article's part is in the site graph, when it was made or patched now.
        var graphLayout: SiteClaimGraph.Layout?
        /// Where each article's entry is in the index, by slug, when it was made or patched now
        /// (empty when a site's template rendered it); nil: as the last build had them.
        var indexRows: [String: Range<Int>]?
        /// The slugs of the articles in the feeds.
        var feedSlugs: [String] = []
        /// Site files the last build wrote that stand as they are, though others were made.
        var untouched = 0
        /// Of `warnings`, those in the feeds.
        var feedWarnings = 0
    }

    /// Makes, checks and stages the site files from `made`, or patches the last build's with
    /// `patch`, or (both nil: nothing changed) keeps them; the checked files and warnings go into `record`.
    static func run(_ input: BuildInput, site: LoadedSite, output: OpenedOutput, made: CrossFileStep.Prepared?, patch: SiteFilesPatch?,
                    into record: inout BuildRecord) throws(BuildStop) -> Result {
        guard let made else {
            if record.checked.contains(where: \.hasErrors) { throw BuildStop(.outputCheck(record.checked.filter(\.hasErrors))) }
            let last = output.cache?.last
            var result = Result(paths: last?.siteOutputs.map(\.path) ?? [], warnings: last?.siteOutputWarnings ?? 0, unchanged: true,
                                graphLayout: nil)
            result.feedSlugs = last?.feedSlugs ?? []
            result.feedWarnings = last?.feedWarnings ?? 0
            if let patch { try stage(patch, input: input, site: site, output: output, into: &result, record: &record) }
            record.outputWarnings += result.warnings
            return result
        }
        var fragments: SiteClaimGraph.Fragments?
        var paths: [String] = []
        if case .assemble(let all) = made.graph { fragments = all }
        let files: [OutputFile]
        var graphLayout: SiteClaimGraph.Layout?
        var indexRows: [String: Range<Int>] = [:]
        var feedSlugs: [String] = []
        do {
            let graphWriter = fragments != nil && site.drawing == nil ? output.sink.stagedWriter(for: .site(.claimsDOT)) : nil
            let made = try SiteOutputs.make(site: site.site, fragments: fragments, articles: made.articles, newest: made.newest,
                                            drawing: site.drawing, templates: site.templates, graphWriter: graphWriter)
            if graphWriter != nil { paths.append(OutputPath.site(.claimsDOT).relative) }
            files = StaticCopies.generated(made.files, besides: site.staticFiles)
            graphLayout = made.graphLayout
            indexRows = made.indexRows ?? [:]
            feedSlugs = made.feedSlugs
        } catch {
            throw BuildStop(.graphDrawing(error))
        }
        paths += files.map(\.path)
        if case .patch(let patch) = made.graph {
            // Checked as the last build left it in step 5; changed since, it is a concurrent edit.
            let (replacements, layout) = patch.replacements()
            guard let transaction = output.transaction,
                  transaction.stagePatch(of: .site(.claimsDOT), expectedSize: patch.size, replacements: replacements) else {
                throw BuildStop(.output(OutputError("'\(input.options.outputPath)/\(OutputPath.site(.claimsDOT))' changed during the build; build again")))
            }
            graphLayout = layout
            paths.append(OutputPath.site(.claimsDOT).relative)
            record.siteGraphPatched = true
        }
        let warnings = try checkAndStage(files, input: input, output: output, into: &record)
        var result = Result(paths: paths, warnings: warnings.all, unchanged: false, graphLayout: graphLayout)
        result.indexRows = indexRows
        result.feedSlugs = feedSlugs
        result.feedWarnings = warnings.feeds
        record.outputWarnings += result.warnings
        return result
    }

    /// Checks `files` against their standards and stages them; an error stops the build.
    /// Returns the warnings found, in all and in the feeds (warnings are only counted: see `Report.checked`).
    private static func checkAndStage(_ files: [OutputFile], input: BuildInput, output: OpenedOutput,
                                      into record: inout BuildRecord) throws(BuildStop) -> (all: Int, feeds: Int) {
        let checked = files.filter(\.outputPath.isCheckedByBuild).compactMap { file in
            input.checker.check(contents: Data(file.bytes), path: file.path)
        }
        record.checked += checked.map(\.withErrorsOnly)
        record.checked.sort { $0.path < $1.path }
        if record.checked.contains(where: \.hasErrors) { throw BuildStop(.outputCheck(record.checked.filter(\.hasErrors))) }
        for file in files { output.sink.stage(file) }
        let feeds = Set([OutputPath.SiteFile.rss, .atom, .jsonFeed].map { OutputPath.site($0).relative })
        let warnings = { (file: CheckedFile) in file.problems.count { $0.severity == .warning } }
        return (checked.reduce(0) { $0 + warnings($1) }, checked.reduce(0) { feeds.contains($1.path) ? $0 + warnings($1) : $0 })
    }

    /// Stages the last build's index and site graph with the changed articles' parts replaced,
    /// its sitemap with their new last modifications, and the feeds made again when a changed
    /// article is in them; the other site files stand.
    /// The index and the graph were checked as the last build left them in step 4; changed
    /// since, it is a concurrent edit.
    private static func stage(_ patch: SiteFilesPatch, input: BuildInput, site: LoadedSite, output: OpenedOutput, into result: inout Result,
                              record: inout BuildRecord) throws(BuildStop) {
        var patched = [OutputPath.site(.claimsDOT).relative, OutputPath.site(.index).relative]
        if let newest = patch.newestForFeeds {
            let feeds = SiteOutputs.feeds(site: site.site, newest: newest)
            let feedWarnings = try checkAndStage(feeds.files, input: input, output: output, into: &record).feeds
            result.warnings += feedWarnings - result.feedWarnings
            result.feedWarnings = feedWarnings
            result.feedSlugs = feeds.slugs
            patched += feeds.files.map(\.path)
        }
        if let siteMap = patch.siteMap {
            // Checked as a full build checks it: for well-formed XML, which it has no warnings
            // about (nor had the last build's), so the count stands.
            _ = try checkAndStage([OutputFile(.site(.siteMap), bytes: siteMap)], input: input, output: output, into: &record)
            patched.append(OutputPath.site(.siteMap).relative)
            record.siteMapPatched = true
        }
        let (graphReplacements, graphLayout) = patch.graph.replacements()
        let (indexReplacements, indexRows) = patch.indexReplacements()
        guard let transaction = output.transaction,
              transaction.stagePatch(of: .site(.claimsDOT), expectedSize: patch.graph.size, replacements: graphReplacements),
              transaction.stagePatch(of: .site(.index), expectedSize: patch.indexSize, replacements: indexReplacements) else {
            throw BuildStop(.output(OutputError("the site files in '\(input.options.outputPath)' changed during the build; build again")))
        }
        result.unchanged = false
        result.graphLayout = graphLayout
        result.indexRows = indexRows
        result.untouched = result.paths.count { !patched.contains($0) }
        record.siteGraphPatched = true
        record.indexPatched = true
    }
}
