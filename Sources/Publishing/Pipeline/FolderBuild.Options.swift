// ldpub — MIT licence.

import ArticleModel
import LinkedDataValidation
import YAMLNodes

extension FolderBuild {
    /// What to build and how.
    public struct Options: Sendable {
        public var inputPath: String
        /// The output folder; ignored when ``memoryOutput`` is set.
        public var outputPath: String
        /// Build into memory instead of the output folder (no owner record, no cache).
        public var memoryOutput: MemoryOutput?
        public var limits: LoadLimits
        public var vocabulary: TermVocabulary
        /// Draw the graphs as SVG: true or false overrides site.yaml's `graphs.svg`.
        public var drawGraphs: Bool?
        /// Where to look for Graphviz's `dot`, PATH-style.
        public var searchPath: String
        /// Identifies the ldpub binary; a cache written by another binary is ignored. Nil: no cache.
        public var cacheKey: String?
        /// The folder that holds the build caches, one subfolder per output folder
        /// (``FolderBuild/cacheFolder(root:outputPath:)``), outside every output folder. Nil: no cache.
        public var cacheRoot: String?
        /// Build even when the output folder holds another input folder's build (`--clean`),
        /// removing that build's files; otherwise such a build fails with ``Failure/anotherBuild(_:)``.
        public var replacingAnotherBuild = false
        /// Build this publication, validated already, instead of reading the input folder's files
        /// (no static files, the built-in templates): for tests and fuzzers, with ``memoryOutput``.
        public var publication: Publication?
        /// Called from the build's threads as articles are done, for a progress line; nil: quiet.
        public var progress: (@Sendable (Progress) -> Void)?
        /// What a resident process (`ldpub serve`) heard change since its last build of this
        /// output folder: the build looks at those files alone and trusts every other stamp the
        /// cache holds. Nil (the default): every input and output file is looked at.
        public var knownChanges: KnownChanges?
        /// Save the build cache on another thread after the output is committed, so that the
        /// build returns (and `ldpub serve` reloads the pages) without waiting for it. The output
        /// folder stays locked until it is saved: a next build waits.
        public var savesCacheInBackground = false
        /// What the last build of a resident process kept in memory for this one (the cache,
        /// the input listing); nil: everything is read from disk.
        public var resident: ResidentState?

        /// Creates options.
        public init(inputPath: String, outputPath: String, limits: LoadLimits = .default, vocabulary: TermVocabulary,
                    drawGraphs: Bool? = nil, searchPath: String = "/usr/bin:/bin", cacheKey: String? = nil, cacheRoot: String? = nil,
                    replacingAnotherBuild: Bool = false, memoryOutput: MemoryOutput? = nil, publication: Publication? = nil, progress: (@Sendable (Progress) -> Void)? = nil) {
            self.replacingAnotherBuild = replacingAnotherBuild
            self.inputPath = inputPath
            self.outputPath = outputPath
            self.limits = limits
            self.vocabulary = vocabulary
            self.drawGraphs = drawGraphs
            self.searchPath = searchPath
            self.cacheKey = cacheKey
            self.cacheRoot = cacheRoot
            self.memoryOutput = memoryOutput
            self.publication = publication
            self.progress = progress
        }
    }

    /// How far a build is.
    public struct Progress: Sendable, Hashable {
        /// Articles done (reused or processed) so far.
        public let articlesDone: Int
        /// Article files found.
        public let articles: Int
    }

    /// How a build ended.
    public enum Failure: Error, Sendable {
        /// The input has errors (see ``Report/validation``); nothing was written.
        case inputErrors
        /// Output failed its own check (a bug in ldpub); nothing was written.
        case outputCheck([CheckedFile])
        /// Graphviz was needed and missing or failing; nothing was written.
        case graphDrawing(GraphDrawing.Failure)
        /// The output folder could not be written; it stays as it was.
        case output(OutputError)
        /// The output folder holds the build of another input folder; nothing was written.
        case anotherBuild(OutputOwner.Other)
    }

    /// What a build found and did.
    public struct Report: Sendable {
        /// The input's diagnostics, sorted; its source excerpts are read again from the input folder.
        public let validation: ValidationResult
        /// Counts of the validated input, when it validated.
        public let statistics: BuildStatistics?
        /// The output files checked in this build, with their errors. Their warnings are only
        /// counted (``outputWarnings``; `ldpub check` lists them): a large site has tens of
        /// thousands, and a build prints none.
        public let checked: [CheckedFile]
        /// Warnings the output check found in all outputs, including those reused from the last build.
        public let outputWarnings: Int
        /// How many articles were reused unchanged from the last build.
        public let reusedArticles: Int
        /// What was written, when the build succeeded.
        public let summary: OutputTransaction.Summary?
        /// Why the build failed, if it did.
        public let failure: Failure?
        /// The site graph was not assembled again: the changed articles' parts of the last build's
        /// graph were replaced (their sources were as they were).
        public let siteGraphPatched: Bool
        /// The checks across files were not run again, nor the totals counted: every article's
        /// summary (ids, spans, what each claim cites, dates, people) was as the last build's.
        public let checksAcrossFilesReused: Bool
        /// The checks across files were run on the changed articles alone, and the totals
        /// adjusted by what changed in them: their summaries changed (a line added above a claim,
        /// a claim's sources), but not what the other articles' findings depend on
        /// (``ArticleModel/CrossFileUpdate``).
        public let checksAcrossFilesUpdated: Bool
        /// The readers' index was not made again, nor the sitemap: the changed articles' entries
        /// were replaced in the last build's index (``SiteFilesPatch``); the feeds were made
        /// again only when a changed article is in them.
        public let indexPatched: Bool
        /// The sitemap was not made again: the changed articles' later last modifications (and
        /// the home page's, when one is now the newest) were written into the last build's.
        public let siteMapPatched: Bool
        /// The last build's cache was the one kept in memory (``Options/resident``), its file
        /// unchanged since, not read from that file.
        public let cacheFromMemory: Bool
        /// The input folder was not listed: the listing kept in memory (``Options/resident``)
        /// still held for the changes heard (``Options/knownChanges``).
        public let listingFromMemory: Bool
        /// The build cache describes this build's output (saved by it, or current already): a
        /// next build may trust the stamps it holds. With ``Options/savesCacheInBackground``,
        /// asking waits until the cache is saved.
        public var cacheIsCurrent: Bool { cacheSave?.value ?? false }
        var cacheSave: BackgroundWork<Bool>?
    }
}
