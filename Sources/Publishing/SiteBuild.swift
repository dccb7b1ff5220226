// ldpub — MIT licence.

import ArticleModel
import HTMLExport
import LinkedDataJSON

/// Everything one build produces from a validated publication, in memory.
///
/// For tests, fuzzing and the golden check; the command-line build streams the same outputs
/// (``ArticleOutputs``, ``SiteOutputs``) into the output folder instead. The files come back
/// sorted by path, so the result never depends on scheduling.
public struct SiteBuild: Sendable {
    /// The validated input.
    public let publication: Publication

    /// Creates a build of `publication`.
    public init(publication: Publication) {
        self.publication = publication
    }

    /// An article and its JSON-LD document, kept as a value so it can be validated before writing.
    public struct Page: Sendable {
        public let article: Article
        public let jsonLD: JSONValue
    }

    /// The result: the files to write and the JSON-LD values behind the pages.
    public struct Result: Sendable {
        /// Every file, sorted by path.
        public let files: [OutputFile]
        /// Each article's JSON-LD document.
        public let pages: [Page]
    }

    /// Runs every exporter, drawing the graphs when `drawing` is given; `staticCopies` (the
    /// input folder's `static/` files, ``StaticCopies``) are part of the result; the pages are
    /// rendered with `templates`.
    public func run(drawing: GraphDrawing? = nil, staticCopies: [OutputFile] = [], templates: PageTemplates = .builtIn) throws(GraphDrawing.Failure) -> Result {
        let outputs = ArticleOutputs(site: publication.site, drawing: drawing, templates: templates)
        let made = try publication.articles.concurrentMap { article in
            Swift.Result { () throws(GraphDrawing.Failure) -> ArticleOutputs.Made in try outputs.make(article) }
        }.map { result throws(GraphDrawing.Failure) in try result.get() }
        let staticFiles = StaticFiles(paths: staticCopies.map(\.path))
        let siteFiles = StaticCopies.generated(try SiteOutputs.make(publication, newest: publication.articles, drawing: drawing, templates: templates), besides: staticFiles)
        let files = made.flatMap(\.files) + siteFiles + staticCopies
        return Result(files: files.sorted { $0.path < $1.path }, pages: made.map { Page(article: $0.article, jsonLD: $0.jsonLD) })
    }
}
