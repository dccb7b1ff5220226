// ldpub — MIT licence.

import ArticleModel

/// Step 2 of a build: the article files of the input folder (`.yaml` and `.yml` besides
/// site.yaml, in subfolders too), in a stable order; or the articles of a publication built
/// in memory.
enum ArticleSearch {
    /// The articles of `input`; their number goes into `record`.
    static func find(_ input: BuildInput, into record: inout BuildRecord) -> [ArticleSource] {
        let sources: [ArticleSource] = input.options.publication.map { $0.articles.map(ArticleSource.decoded) }
            ?? entries(of: input, into: &record).map(ArticleSource.entry)
        record.articleFileCount = sources.count
        return sources
    }

    /// The input folder's article files: the resident listing when the changes heard since it
    /// was made leave it as it is, else a new listing (kept for the next build).
    private static func entries(of input: BuildInput, into record: inout BuildRecord) -> [InputFolder.Entry] {
        let folder = input.folder
        guard let resident = input.options.resident else { return folder.articleEntries() }
        if let known = input.options.knownChanges, let kept = resident.listing(of: folder.path), folder.stillLists(kept, heard: known.inputs) {
            record.listingFromMemory = true
            return kept
        }
        let entries = folder.articleEntries()
        resident.keep(listing: entries, of: folder.path)
        return entries
    }
}

/// Where an article comes from: a file of the input folder (or a problem listing it), or a
/// publication built in memory.
enum ArticleSource: Sendable {
    case entry(InputFolder.Entry)
    /// Boxed: an article is large, and most builds list files.
    indirect case decoded(Article)
}
