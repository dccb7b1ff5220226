// ldpub — MIT licence.

import ArticleModel
import InterfaceText

/// The numbered reference list that ends an article's content in the feeds, so that a
/// syndicated copy keeps its evidence: the page's references, in the page's order and with its
/// numbers (those of the citation markers), each formatted as on the page with its DOI link.
/// Every link is absolute; the list holds no anchors or classes that only the page defines.
public enum FeedReferenceList {
    /// `<h2>Bronnen</h2>\n<ol>\n<li>…</li>\n…</ol>`, in the article's language; empty when the
    /// article cites no reference.
    public static func html(of article: Article, in publication: Publication, catalogs: MessageCatalogs) -> String {
        let catalog = catalogs.catalog(for: publication.language(of: article))
        let references = ReferenceList(publication.citedReferences(of: article), catalog: catalog)
        guard !references.entries.isEmpty else { return "" }
        var html = HTMLBuffer(capacity: 512 * references.entries.count)
        html.append("<h2>")
        html.append(.sourcesHeading, in: catalog)
        html.append("</h2>\n<ol>\n")
        for entry in references.entries {
            html.append("<li>")
            CitationFormatter.append(references.item(of: entry), catalog: catalog, to: &html)
            html.append("</li>\n")
        }
        html.append("</ol>")
        return html.string
    }
}
