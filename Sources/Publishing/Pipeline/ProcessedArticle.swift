// ldpub — MIT licence.

import BuildCache
import ArticleModel
import ClaimGraphExport
import LinkedDataValidation

/// One article after step 4: reused from the cache, or processed now.
struct ProcessedArticle: Sendable {
    let source: ArticleSource
    /// The article file's path relative to the input folder; nil when it could not be listed.
    let relativePath: String?
    /// Its diagnostics, and the article as the site files need it (``ArticleModel/Article/forSiteFiles()``;
    /// for a reused article, once its pieces are read).
    var decoded: InputValidator.DecodedFile<Article>
    /// What the checks across files and the counts need of it, with ``decoded``'s value.
    var summary: ArticleSummary?
    /// What the cache keeps of it, when it validated.
    var entry: CachedBuild.ArticleEntry?
    /// The article's site graph fragment, when made in this build.
    var made: MadeFragment?
    /// Its JSON-LD as checked, when made in this build.
    var checked: CheckedFile?
    /// The paths of its output files.
    var paths: [String] = []
    var reused = false
    /// Reused, and its folder is as the last build left it: no legacy temporary file in it.
    var folderVerified = false

    init(source: ArticleSource, relativePath: String?, decoded: InputValidator.DecodedFile<Article>, entry: CachedBuild.ArticleEntry? = nil,
         made: MadeFragment? = nil, checked: CheckedFile? = nil, paths: [String] = [], reused: Bool = false, folderVerified: Bool = false) {
        self.source = source
        self.relativePath = relativePath
        self.decoded = decoded
        self.entry = entry
        self.made = made
        self.checked = checked
        self.paths = paths
        self.reused = reused
        self.folderVerified = folderVerified
    }

    /// Its entry in `last`, the last build's cache: its own when it was reused from it (no lookup).
    func entry(in last: CachedBuild) -> CachedBuild.ArticleEntry? {
        reused ? entry : relativePath.flatMap { last.articles[$0] }
    }

    /// An article that could not be read or listed.
    static func failed(_ source: ArticleSource, relativePath: String?, diagnostics: [Diagnostic]) -> ProcessedArticle {
        ProcessedArticle(source: source, relativePath: relativePath, decoded: .init(value: nil, diagnostics: diagnostics, incompleteIDs: []))
    }
}

/// A site graph fragment made in this build: in memory, or in the build's ``FragmentSpill``.
enum MadeFragment: Sendable {
    case inMemory(SiteClaimGraph.Fragment)
    case spilled(Range<Int>)

    /// The fragment kept in `spill` when there is one, else in memory.
    init(_ fragment: SiteClaimGraph.Fragment, spill: FragmentSpill?) {
        if let spill, let range = spill.append(fragment) {
            self = .spilled(range)
        } else {
            self = .inMemory(fragment)
        }
    }

    /// The fragment; nil when the spill cannot be read.
    func fragment(_ spill: FragmentSpill?) -> SiteClaimGraph.Fragment? {
        switch self {
        case .inMemory(let fragment): fragment
        case .spilled(let range): spill?.fragment(at: range)
        }
    }

    /// The fragment as ``SiteClaimGraph/Fragment/serialized``; nil when the spill cannot be read.
    func serialized(_ spill: FragmentSpill?) -> [UInt8]? {
        switch self {
        case .inMemory(let fragment): fragment.serialized
        case .spilled(let range): spill?.serialized(at: range)
        }
    }
}

/// Every article after step 4.
struct ProcessedArticles: Sendable {
    var items: [ProcessedArticle]
    /// The size of the cache's data file, when the pieces of reused articles were read from it.
    var dataFileBytes: Int?
    /// The article files are those of the last build (none added, none removed).
    let sameArticlesAsLastBuild: Bool
    /// Nothing changed since the last build: its site files, checks across files and statistics stand.
    let nothingChanged: Bool
    /// Every article's summary is as the last build's: its checks across files and statistics stand.
    var summariesAsLastBuild = false
    /// The last build's site files stand but for the changed articles' parts (nil: made again).
    var siteFilesPatch: SiteFilesPatch?
    /// Graphviz failed on an article's graph.
    var drawingFailure: GraphDrawing.Failure?
}
