// ldpub — MIT licence.

import ArticleModel
import Foundation
import MarkdownRendering

/// A reference formatted as a citation in HTML, in an author–date style close to Vancouver's
/// names and APA's order: authors, (year), title, container, volume(issue):pages, publisher,
/// then links (DOI as `https://doi.org/…`, PubMed, URL with the access date).
///
/// `Li N, Lee B, Liu RJ, et al. (2010). mTOR-dependent synapse formation …. <i>Science</i>
/// 329(5994):959-964.` Names are family name and initials, at most ``maxAuthors`` before
/// "et al."; a `literal` name stays whole. Titles of works that stand alone (books, reports,
/// web pages without a site name) are set in italics (`<cite>`), as are containers.
enum CitationFormatter {
    /// How many authors are named before "et al.".
    static let maxAuthors = 6

    /// CSL types whose title names a work that stands alone.
    static let standaloneTypes: Set<String> = [
        "book", "report", "thesis", "dataset", "software", "pamphlet", "standard", "manuscript", "motion_picture", "map", "graphic",
    ]

    /// The citation of `item`: the text, then a line of links (if any), no final newline.
    static func html(_ item: CSLItem) -> String {
        var sentences: [String] = []
        let year = item.issued.map { String($0.year) } ?? "n.d."
        let title = trimmed(item.title)
        let titleHTML = standaloneTypes.contains(item.type) || (item.containerTitle == nil && item.type == "webpage")
            ? "<cite>" + HTMLEscaping.escape(title) + "</cite>"
            : HTMLEscaping.escape(title)
        let authors = authorList(item.authors)
        if authors.isEmpty {
            sentences.append(titleHTML + " (" + year + ").")
        } else {
            sentences.append(HTMLEscaping.escape(authors) + " (" + year + ").")
            sentences.append(terminated(titleHTML, plain: title))
        }
        var container = ""
        if let name = item.containerTitle.map(trimmed), !name.isEmpty {
            let prefix = item.type == "chapter" || item.type == "paper-conference" || item.type == "entry-encyclopedia" ? "In: " : ""
            container = prefix + "<i>" + HTMLEscaping.escape(name) + "</i>"
        }
        let numbers = volumeIssuePages(item)
        if !numbers.isEmpty { container += (container.isEmpty ? "" : " ") + HTMLEscaping.escape(numbers) }
        if !container.isEmpty { sentences.append(container + ".") }
        if let publisher = item.publisher.map(trimmed), !publisher.isEmpty, publisher != item.containerTitle,
           !(item.authors.count == 1 && item.authors[0].literal == publisher) {
            sentences.append(terminated(HTMLEscaping.escape(publisher), plain: publisher))
        }
        var html = sentences.joined(separator: " ")
        let links = linkList(item)
        if !links.isEmpty { html += "\n<span class=\"links\">" + links + "</span>" }
        return html
    }

    /// `Li N, Lee B, Liu RJ, Banasr M, Dwyer JM, Iwata M, et al.`
    static func authorList(_ names: [CSLName]) -> String {
        let shown = names.prefix(maxAuthors).map(name).filter { !$0.isEmpty }
        guard !shown.isEmpty else { return "" }
        return shown.joined(separator: ", ") + (names.count > maxAuthors ? ", et al." : "")
    }

    /// `Liu RJ` for `{family: Liu, given: Rong-Jian}`; a literal as written.
    static func name(_ name: CSLName) -> String {
        if let literal = name.literal { return trimmed(literal) }
        let family = trimmed(name.family ?? "")
        let initials = (name.given ?? "").split { $0 == " " || $0 == "-" || $0 == "." || $0 == "\n" || $0 == "\t" }
            .compactMap(\.first).map { String($0).uppercased() }.joined()
        return [family, initials].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `329(5994):959-964`, `329:12`, `(4)`, `pp. 12-20`: whatever of the three the item has.
    static func volumeIssuePages(_ item: CSLItem) -> String {
        var text = item.volume.map(trimmed) ?? ""
        if let issue = item.issue.map(trimmed), !issue.isEmpty { text += "(" + issue + ")" }
        if let page = item.page.map(trimmed), !page.isEmpty { text += text.isEmpty ? "pp. " + page : ":" + page }
        return text
    }

    /// The DOI, PubMed and URL links, separated by ` · `.
    static func linkList(_ item: CSLItem) -> String {
        var links: [String] = []
        if let doi = item.doi.map(trimmed), !doi.isEmpty {
            let url = "https://doi.org/" + URLPathEncoding.encode(doi)
            links.append("<a href=\"" + HTMLEscaping.escape(url) + "\">https://doi.org/" + HTMLEscaping.escape(doi) + "</a>")
        }
        if let pmid = item.pmid.map(trimmed), !pmid.isEmpty {
            let url = "https://pubmed.ncbi.nlm.nih.gov/" + URLPathEncoding.encode(pmid) + "/"
            links.append("<a href=\"" + HTMLEscaping.escape(url) + "\">PubMed " + HTMLEscaping.escape(pmid) + "</a>")
        }
        var accessed = item.accessed.map { "accessed " + $0.description }
        if let url = item.url {
            var link = WebURL.isAbsoluteHTTP(url)
                ? "<a href=\"" + HTMLEscaping.escape(url) + "\">" + HTMLEscaping.escape(url) + "</a>"
                : HTMLEscaping.escape(url)
            if let text = accessed { link += " (" + text + ")" }
            accessed = nil
            links.append(link)
        }
        if let accessed { links.append(accessed.prefix(1).uppercased() + accessed.dropFirst()) }
        return links.joined(separator: " · ")
    }

    /// `html` followed by a full stop, unless the plain text already ends a sentence.
    private static func terminated(_ html: String, plain: String) -> String {
        guard let last = plain.last else { return html }
        return ".?!".contains(last) ? html : html + "."
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
