// ldpub — MIT licence.

/// Step 7 of a build: the static copies staged, then every staged file renamed into place and
/// ldpub's stale files removed; the owner and the list of static copies recorded.
enum CommitStep {
    /// Commits; the summary goes into `record`. Returns whether stale files were looked for.
    static func run(_ input: BuildInput, site: LoadedSite, output: OpenedOutput, articles: ProcessedArticles,
                    siteFiles: SiteFilesStep.Result, staticCopies: [OutputFile], into record: inout BuildRecord) throws(BuildStop) {
        for file in staticCopies { output.sink.stage(file) }
        let items = articles.items
        let removingStale = !samePaths(output: output, articles: articles, siteFiles: siteFiles) || input.options.replacingAnotherBuild
        // What is kept is only asked for when stale files are looked for (40,000 paths at 10,000 articles).
        let kept = removingStale ? Set(items.flatMap(\.paths) + siteFiles.paths + site.staticFiles.paths) : []
        var summary: OutputTransaction.Summary
        do {
            summary = try output.sink.commit(keeping: kept, removingStale: removingStale)
        } catch {
            throw BuildStop(.output(error))
        }
        if let transaction = output.transaction {
            transaction.record(output.owner)
            transaction.replaceStaticCopies(previous: output.previousStaticCopies, current: site.staticFiles.paths)
        }
        // Files of reused articles (and reused site files) were not even compared: they are unchanged too.
        summary.unchanged += items.reduce(0) { $1.reused ? $0 + $1.paths.count : $0 } + (siteFiles.unchanged ? siteFiles.paths.count : siteFiles.untouched)
        record.summary = summary
    }

    /// Whether the build produced exactly the paths the last build did, into the folder the
    /// cache describes: the last build removed what was stale, so nothing can be stale now.
    private static func samePaths(output: OpenedOutput, articles: ProcessedArticles, siteFiles: SiteFilesStep.Result) -> Bool {
        guard let cache = output.cache, let last = cache.last, cache.outputFolderAsCached, articles.sameArticlesAsLastBuild,
              Set(siteFiles.paths) == Set(last.siteOutputs.map(\.path)) else { return false }
        return articles.items.allSatisfy { item in
            item.reused || item.relativePath.flatMap { last.articles[$0]?.outputs.map(\.path) } == item.paths
        }
    }
}
