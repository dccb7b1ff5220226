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
        referencesAndClaims(of: kept.summary)
    }

    /// What a summary adds to its article: its references' ids and its claims' summaries.
    mutating func referencesAndClaims(of summary: ArticleSummary) {
        writer.write(summary.references.count)
        for item in summary.references { reference(item) }
        writer.write(summary.claims.count)
        for claim in summary.claims {
            writer.write(claim.id)
            span(claim.span)
            writer.write(claim.sources.count)
            for source in claim.sources { reference(source) }
            writer.write(claim.isSupported)
        }
    }
}

extension ArticleSummary {
    /// A hash of everything in the summary: equal hashes of every article (and equal incomplete
    /// ids) give the checks across files and the counts the last build's results.
    package var checksHash: UInt64 {
        var digest = DigestWriter(capacity: 256 + 64 * claims.count)
        digest.writer.write(file)
        digest.writer.write(slug)
        digest.span(span)
        digest.writer.write(published)
        digest.writer.write(review != nil)
        if let review {
            digest.reference(review.reviewer)
            digest.writer.write(review.date)
            digest.optionalSpan(review.dateSpan)
        }
        digest.writer.write(authors.count)
        for author in authors { digest.reference(author) }
        digest.referencesAndClaims(of: self)
        return ContentHash.of(digest.writer.bytes[...])
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
