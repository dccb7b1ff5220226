// ldpub — MIT licence.

import ArticleModel
import InterfaceText

extension ArticlePage {
    /// What the pages of one site in one language share, made once for all of them: the
    /// template context's frame (site, feeds, navigation, style sheet, labels) and the site
    /// references, each ready for a reference list and with its citation formatted.
    struct SiteParts: Sendable {
        /// The words of the pages.
        let catalog: MessageCatalog
        /// What the context of every article page has.
        let frame: PageFrame
        /// The site's language.
        let language: String
        /// The site references by id (the last of any two with one id, as in ``Publication``),
        /// each with what a reference list needs and its citation (HTML).
        let references: [String: (labelling: ReferenceList.Labelling, citation: String)]

        init(site: Site, catalog: MessageCatalog) {
            self.catalog = catalog
            frame = PageFrame(site: site, catalog: catalog, root: "../", current: nil)
            language = site.language
            var references: [String: (labelling: ReferenceList.Labelling, citation: String)] = [:]
            for item in site.references {
                references[item.id] = (ReferenceList.Labelling(item, catalog: catalog), CitationFormatter.html(item, catalog: catalog))
            }
            self.references = references
        }
    }
}
