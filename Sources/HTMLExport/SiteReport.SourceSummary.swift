// ldpub — MIT licence.

import ArticleModel
import InterfaceText
import ClaimGraphExport

extension SiteReport {
    /// A reference the report lists: an uncited one.
    public struct SourceSummary: Sendable, Hashable {
        /// The reference id.
        public let id: String
        /// Its author–date label, "Zarate et al. 2006", as on the article's page.
        public let label: String
        /// Its title.
        public let title: String

        init(_ item: CSLItem, label: String?) {
            id = item.id
            self.label = label ?? ShortCitation(item, catalog: .english).description
            title = item.title
        }
    }
}
