// ldpub — MIT licence.

import ArticleModel
import InterfaceText
import ClaimGraphExport

extension ReferenceList {
    /// What a reference is sorted and labelled by, worked out once, so that a site's
    /// references can be prepared once for all its pages.
    struct Labelling: Sendable {
        /// The citation's author part in lower case: what the list is ordered by first.
        let sortAuthor: String
        /// The citation's year, or the word for "no date": what the list is ordered by next.
        let year: String
        /// The citation, "Li et al. 2010", before any letter is added.
        let label: String

        /// What `item` is sorted and labelled by, in the words of `catalog` ("n.d.", "z.d.").
        init(_ item: CSLItem, catalog: MessageCatalog) {
            let citation = ShortCitation(item, catalog: catalog)
            sortAuthor = citation.author.lowercased()
            year = citation.year
            label = citation.description
        }
    }
}
