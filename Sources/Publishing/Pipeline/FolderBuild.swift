// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataValidation
import YAMLNodes

/// A build from an input folder to an output folder, as a pipeline of named steps, each in
/// its own file:
///
/// 1. ``LoadedSite``: site.yaml and the message catalogues, the templates, Graphviz, `static/`.
/// 2. ``ArticleSearch``: the article files.
/// 3. ``OpenedOutput``: the output folder locked (or memory), its owner checked, the cache read
///    (on another thread, while step 2 lists the files).
/// 4. ``ArticleStep``: per article, on all cores: reuse from the cache, or read, decode,
///    validate, export, check and stage.
/// 5. ``CrossFileStep``: the checks across files, the statistics, and what the site files are made of.
/// 6. ``SiteFilesStep``: the site-wide files, made, checked and staged.
/// 7. ``CommitStep``: every staged file into place, stale files removed.
/// 8. ``SaveCacheStep``: the cache for the next build.
///
/// Memory grows with the number of claims and references, not with the size of the input: only
/// the article without its body is kept after its own files are staged; with a cache, its
/// site-graph fragment waits in a file (``FragmentSpill``) and the site graph is assembled from
/// it one fragment at a time. If anything fails (an
/// input error, an output that fails its check, a write), nothing is committed and the output
/// stays as it was. The bytes written are the same with or without the cache.
public struct FolderBuild: Sendable {
    public let options: Options
    private let checker: DocumentChecker?

    /// Creates a build.
    /// - Parameter checker: checks the outputs; nil: against the bundled schema.org release, read
    ///   on another thread while the build looks for what changed.
    public init(options: Options, checker: DocumentChecker? = nil) {
        self.options = options
        self.checker = checker
    }

    /// Runs the build.
    public func run() -> Report {
        let input = BuildInput(options: options, checker: checker)
        var record = BuildRecord()
        do throws(BuildStop) {
            let site = try LoadedSite.load(input, into: &record)
            // The output is opened (its lock taken, the cache read) while the article files are listed.
            let opening = BackgroundWork { Result { () throws(BuildStop) in try OpenedOutput.open(input, site: site) } }
            let articles = ArticleSearch.find(input, into: &record)
            let output = try opening.value.get()
            record.cacheFromMemory = output.cache?.fromMemory ?? false
            do throws(BuildStop) {
                var processed = ArticleStep(input: input, site: site, output: output).run(articles, into: &record)
                let acrossFiles = try CrossFileStep.run(input, site: site, output: output, articles: &processed, into: &record)
                let siteFiles = try SiteFilesStep.run(input, site: site, output: output, made: acrossFiles.prepared,
                                                     patch: processed.siteFilesPatch, into: &record)
                try CommitStep.run(input, site: site, output: output, articles: processed, siteFiles: siteFiles,
                                   staticCopies: acrossFiles.staticCopies, into: &record)
                let saving: @Sendable () -> Bool = { [processed] in
                    let saved = SaveCacheStep.run(site: site, output: output, articles: processed, acrossFiles: acrossFiles, siteFiles: siteFiles)
                    output.transaction?.finishRemovals()
                    return saved
                }
                if options.savesCacheInBackground {
                    // The output stays locked (`output` holds the lock) until the cache is saved.
                    record.cacheSave = BackgroundWork(saving)
                } else {
                    record.cacheSave = BackgroundWork(ready: saving())
                }
                // Freeing the records of 10,000 articles takes tens of milliseconds: another thread
                // does it while the report is made and printed (a process that ends first skips it).
                releaseInBackground((articles, processed, acrossFiles, siteFiles, output))
            } catch {
                output.sink.abort()
                throw error
            }
            return record.report(of: input.folder, failure: nil)
        } catch {
            return record.report(of: input.folder, failure: error.failure)
        }
    }
}
