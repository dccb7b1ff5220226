// ldpub — MIT licence.

import ArticleModel
import LinkedDataJSON

/// Describes a CSL bibliography item as a schema.org node of the closest type.
///
/// Journal articles sit in their periodical as schema.org models it: the article `isPartOf`
/// a `PublicationIssue` (`issueNumber`), which `isPartOf` a `PublicationVolume`
/// (`volumeNumber`), which `isPartOf` the `Periodical` named by `container-title`; a level
/// the item lacks is skipped. Other types hang their container (a `Book`, a `WebSite`, …)
/// the same way.
enum ReferenceNodeBuilder {
    /// The node of `item`, named `id`.
    ///
    /// - Parameter doiURL: The item's DOI URL, ``NodeIdentifiers/doiURL(of:)``, for `sameAs`.
    static func node(for item: CSLItem, id: String, doiURL: String?) -> JSONValue {
        let kind = ReferenceKind(cslType: item.type)
        var node = JSONObject.node(id: id, type: kind.schemaType, capacity: 13)
        node.append("name", text: item.title)
        if !item.authors.isEmpty {
            node.append("author", .array(item.authors.map(author)))
        }
        if let issued = item.issued {
            node.append("datePublished", .string(issued.description))
        }
        if let container = container(of: item, kind: kind) {
            node.append("isPartOf", .object(container))
        }
        if kind.carriesPages, let page = item.page?.trimmingSpaces, !page.isEmpty {
            node.append("pagination", .string(page))
            if let (start, end) = pageRange(page) {
                node.append("pageStart", .string(start))
                node.append("pageEnd", .string(end))
            }
        }
        if let publisher = item.publisher, !publisher.isEmpty {
            var organization = JSONObject.node(id: nil, type: "Organization")
            organization.append("name", .string(publisher))
            node.append("publisher", .object(organization))
        }
        node.append("url", text: item.url)
        node.append("sameAs", texts: [doiURL, NodeIdentifiers.pubMedURL(of: item)].compactMap { $0 })
        return .object(node)
    }

    /// A CSL name as a `Person` (`name`, `givenName`, `familyName`), or a `literal` name as an `Organization`.
    private static func author(_ name: CSLName) -> JSONValue {
        if let literal = name.literal {
            var organization = JSONObject.node(id: nil, type: "Organization")
            organization.append("name", .string(literal))
            return .object(organization)
        }
        var person = JSONObject.node(id: nil, type: "Person")
        person.append("name", .string(name.displayName))
        person.append("givenName", text: name.given)
        person.append("familyName", text: name.family)
        return .object(person)
    }

    /// The innermost container the item names: issue, else volume, else the periodical or
    /// other work of `container-title`; each level `isPartOf` the next one out.
    private static func container(of item: CSLItem, kind: ReferenceKind) -> JSONObject? {
        var container: JSONObject?
        if let title = item.containerTitle, !title.isEmpty {
            var work = JSONObject.node(id: nil, type: kind.containerType)
            work.append("name", .string(title))
            container = work
        }
        if let volume = item.volume, !volume.isEmpty {
            container = level("PublicationVolume", numberKey: "volumeNumber", number: volume, partOf: container)
        }
        if let issue = item.issue, !issue.isEmpty {
            container = level("PublicationIssue", numberKey: "issueNumber", number: issue, partOf: container)
        }
        return container
    }

    private static func level(_ type: String, numberKey: String, number: String, partOf outer: JSONObject?) -> JSONObject {
        var node = JSONObject.node(id: nil, type: type)
        node.append(numberKey, .string(number))
        if let outer { node.append("isPartOf", .object(outer)) }
        return node
    }

    /// The first and last page of a range such as `959-964` or `e12–e19`; nil for a single page.
    private static func pageRange(_ page: String) -> (String, String)? {
        // In ASCII text the dash is the byte "-"; otherwise look for either dash by character.
        let isASCII = page.utf8.allSatisfy { $0 < 0x80 }
        guard let dash = isASCII ? page.utf8.firstIndex(of: UInt8(ascii: "-"))
                : page.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }) else { return nil }
        let start = String(page[..<dash]).trimmingSpaces
        let end = String(page[page.index(after: dash)...]).trimmingSpaces
        guard !start.isEmpty, !end.isEmpty else { return nil }
        return (start, end)
    }
}
