// ldpub — MIT licence.

import BuildCache
import ArticleModel
import HTMLExport

/// Step 1 of a build: site.yaml and the message catalogues, the page templates, Graphviz when
/// graphs are drawn, and the list of `static/` files. Nothing else can be checked or made
/// without them, so an error here stops the build.
struct LoadedSite: Sendable {
    let site: Site
    /// Ids of site entries that had errors (``InputValidator/DecodedFile/incompleteIDs``).
    let incompleteIDs: Set<String>
    /// A hash of site.yaml and the message files: the cache is the last build's only while it is the same.
    let hash: UInt64
    let templates: PageTemplates
    let templateFiles: [PageTemplates.File]
    /// Warnings about the template files, reported with the rest.
    let templateProblems: [Diagnostic]
    /// Graphviz, when graphs are drawn.
    let drawing: GraphDrawing?
    let staticFiles: StaticFiles

    /// Loads the site of `input`; its diagnostics go into `record`.
    static func load(_ input: BuildInput, into record: inout BuildRecord) throws(BuildStop) -> LoadedSite {
        if let publication = input.options.publication {
            return LoadedSite(site: publication.site, incompleteIDs: [], hash: 0, templates: .builtIn, templateFiles: [], templateProblems: [],
                              drawing: try drawing(for: publication.site, input), staticFiles: StaticFiles(paths: []))
        }
        let (decoded, files) = input.validator.decodeSite(in: input.folder)
        record.diagnostics = decoded.diagnostics
        guard let site = decoded.value else { throw .inputErrors }
        let templateFiles = TemplateFiles.read(in: input.folder)
        let templates: PageTemplates
        switch PageTemplates.make(siteFiles: templateFiles.files) {
        case .success(let made) where !templateFiles.problems.contains(where: { $0.severity == .error }):
            templates = made
        case .success:
            record.diagnostics += templateFiles.problems
            throw .inputErrors
        case .failure(let problems):
            record.diagnostics += templateFiles.problems + problems.diagnostics
            throw .inputErrors
        }
        let drawing = try drawing(for: site, input)
        let hash = files.reduce(UInt64(0)) { hash, file in
            ContentHash.of(file.bytes[...], seed: ContentHash.of(Array(file.path.utf8)[...], seed: hash))
        }
        return LoadedSite(site: site, incompleteIDs: decoded.incompleteIDs, hash: hash, templates: templates, templateFiles: templateFiles.files,
                          templateProblems: templateFiles.problems, drawing: drawing, staticFiles: StaticFiles(of: input.folder))
    }

    /// Graphviz, when the options or site.yaml ask for drawings.
    private static func drawing(for site: Site, _ input: BuildInput) throws(BuildStop) -> GraphDrawing? {
        do {
            return input.options.drawGraphs ?? site.graphs.svg ? try GraphDrawing(searchPath: input.options.searchPath) : nil
        } catch {
            throw BuildStop(.graphDrawing(error))
        }
    }
}
