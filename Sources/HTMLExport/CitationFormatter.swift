// ldpub — MIT licence.

import ArticleModel
import Foundation
import InterfaceText

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

    /// CSL types whose title names a work that stands alone (few enough to look through).
    static let standaloneTypes = [
        "book", "report", "thesis", "dataset", "software", "pamphlet", "standard", "manuscript", "motion_picture", "map", "graphic",
    ]

    /// The citation of `item`: the text, then a line of links (if any), no final newline.
    static func html(_ item: CSLItem, catalog: MessageCatalog = .english) -> String {
        var html = HTMLBuffer(capacity: 512)
        append(item, catalog: catalog, to: &html)
        return html.string
    }

    /// Appends the citation of `item`, as ``html(_:catalog:)`` writes it, to `html`; the access
    /// date in the words of `catalog`.
    static func append(_ item: CSLItem, catalog: MessageCatalog, to html: inout HTMLBuffer) {
        let title = trimmed(item.title)
        if appendAuthorList(item.authors, incomplete: item.authorListIsIncomplete, to: &html) {
            appendYear(of: item, catalog: catalog, to: &html)
            html.append(" ")
            appendTitle(title, of: item, to: &html)
            if needsFullStop(title) { html.append(".") }
        } else {
            appendTitle(title, of: item, to: &html)
            appendYear(of: item, catalog: catalog, to: &html)
        }
        let container = item.containerTitle.map(trimmed) ?? ""
        let volume = item.volume.map(trimmed) ?? ""
        let issue = item.issue.map(trimmed) ?? ""
        let page = item.page.map(trimmed) ?? ""
        if !container.isEmpty || !volume.isEmpty || !issue.isEmpty || !page.isEmpty {
            html.append(" ")
            if !container.isEmpty {
                if item.type == "chapter" || item.type == "paper-conference" || item.type == "entry-encyclopedia" { html.append("In: ") }
                html.append("<i>")
                html.append(escaped: container)
                html.append("</i>")
                if !volume.isEmpty || !issue.isEmpty || !page.isEmpty { html.append(" ") }
            }
            // `329(5994):959-964`, `329:12`, `(4)`, `pp. 12-20`: whatever of the three the item has.
            html.append(escaped: volume)
            if !issue.isEmpty {
                html.append("(")
                html.append(escaped: issue)
                html.append(")")
            }
            if !page.isEmpty {
                if volume.isEmpty && issue.isEmpty { html.append("pp. ") } else { html.append(":") }
                html.append(escaped: page)
            }
            html.append(".")
        }
        if let publisher = item.publisher.map(trimmed), !publisher.isEmpty, publisher != item.containerTitle,
           !(item.authors.count == 1 && item.authors[0].literal == publisher) {
            html.append(" ")
            html.append(escaped: publisher)
            if needsFullStop(publisher) { html.append(".") }
        }
        appendLinks(item, catalog: catalog, to: &html)
    }

    /// Appends `Li N, Lee B, Liu RJ, Banasr M, Dwyer JM, Iwata M, et al.`, escaped: the names
    /// among the first ``maxAuthors`` that are not empty, and "et al." when there are more, or
    /// when the data says the list is `incomplete`.
    ///
    /// - Returns: False, having appended nothing, when none of them has a name.
    static func appendAuthorList(_ names: [CSLName], incomplete: Bool = false, to html: inout HTMLBuffer) -> Bool {
        var isEmpty = true
        for author in names.prefix(maxAuthors) {
            let (family, initials) = nameParts(author)
            guard !family.isEmpty || !initials.isEmpty else { continue }
            if !isEmpty { html.append(", ") }
            html.append(escaped: family)
            if !family.isEmpty && !initials.isEmpty { html.append(" ") }
            html.append(escaped: initials)
            isEmpty = false
        }
        guard !isEmpty else { return false }
        if names.count > maxAuthors || incomplete { html.append(", et al.") }
        return true
    }

    /// `Liu RJ` for `{family: Liu, given: Rong-Jian}`; a literal as written.
    static func name(_ name: CSLName) -> String {
        let (family, initials) = nameParts(name)
        if family.isEmpty { return initials }
        return initials.isEmpty ? family : family + " " + initials
    }

    /// The family name and the initials that make up ``name(_:)``, either of which may be
    /// empty; a literal name is all family name.
    private static func nameParts(_ name: CSLName) -> (family: String, initials: String) {
        if let literal = name.literal { return (trimmed(literal), "") }
        return (trimmed(name.family ?? ""), initials(of: name.given ?? ""))
    }

    /// `RJ` for `Rong-Jian`: the first character of each part of the given names, upper case.
    static func initials(of given: String) -> String {
        if let initials = asciiInitials(of: given) { return initials }
        return given.split { $0 == " " || $0 == "-" || $0 == "." || $0 == "\n" || $0 == "\t" }
            .compactMap(\.first).map { String($0).uppercased() }.joined()
    }

    // MARK: - Parts

    /// The title, in `<cite>` for a work that stands alone.
    private static func appendTitle(_ title: String, of item: CSLItem, to html: inout HTMLBuffer) {
        if standaloneTypes.contains(item.type) || (item.containerTitle == nil && item.type == "webpage") {
            html.append("<cite>")
            html.append(escaped: title)
            html.append("</cite>")
        } else {
            html.append(escaped: title)
        }
    }

    /// ` (2010).`, or ` (n.d.).` in the words of `catalog` (` (z.d.).` in Dutch).
    private static func appendYear(of item: CSLItem, catalog: MessageCatalog, to html: inout HTMLBuffer) {
        html.append(" (")
        if let issued = item.issued { html.append(number: issued.year) } else { html.append(escaped: catalog[.noDate]) }
        html.append(").")
    }

    /// The DOI, PubMed and URL links, separated by ` · `, on a line of their own; nothing when there are none.
    private static func appendLinks(_ item: CSLItem, catalog: MessageCatalog, to html: inout HTMLBuffer) {
        let doi = item.doi.map(trimmed) ?? ""
        let pmid = item.pmid.map(trimmed) ?? ""
        guard !doi.isEmpty || !pmid.isEmpty || item.url != nil || item.accessed != nil else { return }
        html.append("\n<span class=\"links\">")
        var isFirst = true
        func separate(_ html: inout HTMLBuffer) {
            if !isFirst { html.append(" · ") }
            isFirst = false
        }
        if !doi.isEmpty {
            separate(&html)
            html.append("<a href=\"https://doi.org/")
            html.append(escaped: URLPathEncoding.encode(doi))
            html.append("\">https://doi.org/")
            html.append(escaped: doi)
            html.append("</a>")
        }
        if !pmid.isEmpty {
            separate(&html)
            html.append("<a href=\"https://pubmed.ncbi.nlm.nih.gov/")
            html.append(escaped: URLPathEncoding.encode(pmid))
            html.append("/\">PubMed ")
            html.append(escaped: pmid)
            html.append("</a>")
        }
        if let url = item.url {
            separate(&html)
            if WebURL.isAbsoluteHTTP(url) {
                html.append("<a href=\"")
                html.append(escaped: url)
                html.append("\">")
                html.append(escaped: url)
                html.append("</a>")
            } else {
                html.append(escaped: url)
            }
            if let accessed = item.accessed {
                html.append(" (")
                appendAccessed(accessed, catalog: catalog, to: &html)
                html.append(")")
            }
        } else if let accessed = item.accessed {
            separate(&html)
            appendAccessed(accessed, catalog: catalog, to: &html)
        }
        html.append("</span>")
    }

    /// "accessed 30 December 2025": a full date as the language writes it, a year or a month as written.
    private static func appendAccessed(_ date: CSLDate, catalog: MessageCatalog, to html: inout HTMLBuffer) {
        html.append(.accessed, in: catalog) { name, html in
            guard name == "date" else { return }
            if let month = date.month, let day = date.day {
                html.append(escaped: catalog.date(year: date.year, month: month, day: day))
            } else {
                html.append(raw: date.description)
            }
        }
    }

    /// Whether a full stop must follow `plain`: it is not empty and does not already end a sentence.
    private static func needsFullStop(_ plain: String) -> Bool {
        guard let last = plain.last else { return false }
        return !".?!".contains(last)
    }

    /// The initials of given names made of printable ASCII, new lines and tabs, found by
    /// looking at bytes; nil for any other text, which ``initials(of:)`` splits into characters.
    private static func asciiInitials(of given: String) -> String? {
        let initials: String?? = given.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ (0x20...0x7E).contains($0) || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { initials in
                var count = 0
                var startsPart = true
                for byte in bytes {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                        || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                        startsPart = true
                    } else if startsPart {
                        initials[count] = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 0x20 : byte
                        count += 1
                        startsPart = false
                    }
                }
                return count
            }
        }
        return initials ?? nil
    }

    /// `text` without white space at either end, as Foundation trims it; text that starts and
    /// ends with anything else, as nearly all does, comes back as it is without asking Foundation.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              isWhitespaceOrNewline(first) || isWhitespaceOrNewline(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `CharacterSet.whitespacesAndNewlines` has `scalar`; in ASCII: tab, line feed,
    /// vertical tab, form feed, carriage return and space.
    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : CharacterSet.whitespacesAndNewlines.contains(scalar)
    }
}
