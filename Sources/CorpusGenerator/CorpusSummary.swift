// ldpub — MIT licence.

/// What writing a corpus produced.
public struct CorpusSummary: Sendable, Hashable {
    /// Article files written.
    public let articleCount: Int
    /// Bytes of site.yaml.
    public let siteBytes: Int
    /// Bytes of every article file together.
    public let articleBytes: Int

    /// Creates a summary.
    public init(articleCount: Int, siteBytes: Int, articleBytes: Int) {
        self.articleCount = articleCount
        self.siteBytes = siteBytes
        self.articleBytes = articleBytes
    }

    /// Files written: site.yaml and the articles.
    public var fileCount: Int { articleCount + 1 }
    /// Bytes of every file.
    public var totalBytes: Int { siteBytes + articleBytes }
    /// Average bytes of an article file (0 without articles).
    public var averageArticleBytes: Int { articleCount == 0 ? 0 : articleBytes / articleCount }
}
