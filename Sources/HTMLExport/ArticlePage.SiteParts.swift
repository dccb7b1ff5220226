// ldpub — MIT licence.

import ArticleModel
import InterfaceText

extension ArticlePage {
    /// What the pages of one site in one language share, made once for all of them: the end of
    /// `<head>` (feed links and style sheet), the site header, the escaped site title and
    /// language, and the site references, each ready for a reference list and with its
    /// citation formatted.
    struct SiteParts: Sendable {
        /// The words of the pages.
        let catalog: MessageCatalog
        /// `<link rel="alternate">` for each feed, then the `<style>` element.
        let headEnd: [UInt8]
        /// The site header with its navigation, as seen from an article's folder.
        let siteHeader: [UInt8]
        /// ` — <site title>`, escaped: what follows the article's title in `<title>`.
        let titleSuffix: [UInt8]
        /// The site's language, escaped.
        let language: [UInt8]
        /// The site references by id (the last of any two with one id, as in ``Publication``),
        /// each with what a reference list needs and its citation.
        let references: [String: (labelling: ReferenceList.Labelling, citation: [UInt8])]

        init(site: Site, catalog: MessageCatalog) {
            self.catalog = catalog
            var head = HTMLBuffer(capacity: 12 * 1024)
            head.append(raw: PageChrome.feedLinks(prefix: "../", catalog: catalog))
            head.append("<style>\n")
            head.append(raw: PageStyle.css)
            head.append("</style>\n")
            headEnd = head.bytes
            siteHeader = Array(PageChrome.header(site: site, prefix: "../", current: nil, catalog: catalog).utf8)
            var suffix = HTMLBuffer(capacity: site.title.utf8.count + 8)
            suffix.append(escaped: " — " + site.title)
            titleSuffix = suffix.bytes
            var language = HTMLBuffer(capacity: site.language.utf8.count)
            language.append(escaped: site.language)
            self.language = language.bytes
            var references: [String: (labelling: ReferenceList.Labelling, citation: [UInt8])] = [:]
            for item in site.references {
                var citation = HTMLBuffer(capacity: 512)
                CitationFormatter.append(item, catalog: catalog, to: &citation)
                references[item.id] = (ReferenceList.Labelling(item), citation.bytes)
            }
            self.references = references
        }
    }
}
