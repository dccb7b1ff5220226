// ldpub — MIT licence.

import ArticleModel

/// Step 2 of a build: the article files of the input folder (`.yaml` and `.yml` besides
/// site.yaml, in subfolders too), in a stable order; or the articles of a publication built
/// in memory.
enum ArticleSearch {
    /// The articles of `input`; their number goes into `record`.
    static func find(_ input: BuildInput, into record: inout BuildRecord) -> [ArticleSource] {
        let sources: [ArticleSource] = input.options.publication.map { $0.articles.map(ArticleSource.decoded) }
            ?? input.folder.articleEntries().map(ArticleSource.entry)
        record.articleFileCount = sources.count
        return sources
    }
}

/// Where an article comes from: a file of the input folder (or a problem listing it), or a
/// publication built in memory.
enum ArticleSource: Sendable {
    case entry(InputFolder.Entry)
    /// Boxed: an article is large, and most builds list files.
    indirect case decoded(Article)
}
