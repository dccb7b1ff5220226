// ldpub — MIT licence.

import ArticleModel
import BinaryRecords

/// What a build keeps of an article for the steps after its own files: the article without its
/// sections and references (``ArticleModel/Article/forSiteFiles()``: for the index, the sitemap
/// and the feeds' choice) and its ``ArticleModel/ArticleSummary`` (for the checks across files
/// and the counts). A fraction of the article without its bodies, which carried every
/// reference's authors and titles.
package struct KeptArticle: Sendable {
    package let forSiteFiles: Article
    package let summary: ArticleSummary

    /// What is kept of `article`.
    package init(_ article: Article) {
        forSiteFiles = article.forSiteFiles()
        summary = ArticleSummary(article)
    }

    package init(forSiteFiles: Article, summary: ArticleSummary) {
        self.forSiteFiles = forSiteFiles
        self.summary = summary
    }
}

extension DigestWriter {
    /// A kept article: the article for the site files, then its references' ids and its claims' summaries.
    package mutating func kept(_ kept: KeptArticle) {
        article(kept.forSiteFiles)
        writer.write(kept.summary.references.count)
        for item in kept.summary.references { reference(item) }
        writer.write(kept.summary.claims.count)
        for claim in kept.summary.claims {
            writer.write(claim.id)
            span(claim.span)
            writer.write(claim.sources.count)
            for source in claim.sources { reference(source) }
            writer.write(claim.isSupported)
        }
    }
}

extension DigestReader {
    /// What ``DigestWriter/kept(_:)`` wrote.
    package mutating func kept() throws(Malformed) -> KeptArticle {
        let article = try article()
        var references: [IDReference] = []
        for _ in 0..<(try reader.readCount()) { references.append(try reference()) }
        var claims: [ClaimSummary] = []
        for _ in 0..<(try reader.readCount()) {
            let id = try reader.readString()
            let span = try span()
            var sources: [IDReference] = []
            for _ in 0..<(try reader.readCount()) { sources.append(try reference()) }
            claims.append(ClaimSummary(id: id, span: span, sources: sources, isSupported: try reader.readBool()))
        }
        return KeptArticle(forSiteFiles: article, summary: ArticleSummary(of: article, references: references, claims: claims))
    }
}
