// ldpub — MIT licence.

import ArticleModel

/// One article as the feeds show it, with everything derived from the publication resolved once.
public struct FeedItem: Sendable {
    /// The article.
    public let article: Article
    /// The page URL: the item's link and its stable id.
    public let url: String
    /// The article's language (BCP 47), or the site's.
    public let language: String
    /// The authors, in order (may be empty; the publisher then stands in where a feed needs one).
    public let authors: [Agent]
    /// The category, then each keyword; empty and repeated texts left out.
    public let categories: [String]
    /// The absolute URL of the article's image, if it has one.
    public let imageURL: String?
    /// The body rendered to HTML, with absolute link and image URLs (see ``ArticleHTML``).
    public let contentHTML: String

    /// Creates an item from parts the caller has resolved.
    public init(article: Article, url: String, language: String, authors: [Agent], categories: [String],
                imageURL: String?, contentHTML: String) {
        self.article = article
        self.url = url
        self.language = language
        self.authors = authors
        self.categories = categories
        self.imageURL = imageURL
        self.contentHTML = contentHTML
    }

    /// Creates the item of `article`, rendering its body once.
    ///
    /// - Parameters:
    ///   - article: An article of `publication`.
    ///   - publication: The publication, for URLs, language and people.
    ///   - body: The body renderer.
    ///   - appendix: HTML that ends the content after the body (the numbered reference list).
    public init(_ article: Article, in publication: Publication, body: ArticleHTML = ArticleHTML(), appendix: String = "") {
        let url = publication.pageURL(of: article)
        var categories: [String] = []
        for text in [article.category].compactMap({ $0 }) + article.keywords where !text.isEmpty && !categories.contains(text) {
            categories.append(text)
        }
        self.init(article: article, url: url, language: publication.language(of: article),
                  authors: publication.authors(of: article), categories: categories,
                  imageURL: publication.imageURL(of: article),
                  contentHTML: body.render(article, pageURL: url) + (appendix.isEmpty ? "" : "\n" + appendix))
    }
}
