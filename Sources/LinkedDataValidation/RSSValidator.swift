// ldpub — MIT licence.

import Foundation

/// Checks RSS 2.0 feeds against the RSS 2.0 specification and the RSS Advisory Board's advice.
///
/// Errors: XML that is not well-formed; a root other than `rss`; a `version` other than `2.0`;
/// not exactly one `channel`; a channel without a non-empty `title`, `link` (an absolute URL)
/// or `description`; an item with neither `title` nor `description`; an item `link` that is not
/// an absolute URL; an `enclosure` without `url`, `length` or `type`; a `pubDate` or
/// `lastBuildDate` that is not an RFC 822 date (or whose day of the week does not match the
/// date); an empty or repeated `guid`; a permalink `guid` that is not an absolute URL; an
/// `atom:link rel="self"` without `href`.
/// Warnings: no `atom:link rel="self"`; an empty description; a two-digit year; an item
/// without a `guid`; a channel without items.
///
/// Items are named by position, `item 2`, counted from 1.
public struct RSSValidator: Sendable {
    static let atomNamespace = "http://www.w3.org/2005/Atom"

    /// Creates a validator.
    public init() {}

    /// Validates the bytes of an RSS document.
    ///
    /// - Parameter data: The document, as read from a file.
    /// - Returns: The problems found, in document order; empty for a valid feed.
    public func validate(data: Data) -> [ValidationProblem] {
        switch XMLDocumentParser.parse(data) {
        case .failure(let failure):
            return [failure.problem]
        case .success(let root):
            return validate(root: root)
        }
    }

    func validate(root: XMLElementNode) -> [ValidationProblem] {
        var problems = ProblemCollector()
        guard root.name == "rss", root.namespace.isEmpty else {
            problems.error("root element is <\(root.name)>, expected <rss>")
            return problems.problems
        }
        let version = root.attributes["version"]
        if version != "2.0" {
            problems.error(version.map { "rss version is '\($0)', expected '2.0'" } ?? "<rss> has no version attribute, expected version=\"2.0\"")
        }
        let channels = root.children("channel")
        guard channels.count == 1, let channel = channels.first else {
            problems.error("expected exactly one <channel>, found \(channels.count)")
            if let first = channels.first { checkChannel(first, into: &problems) }
            return problems.problems
        }
        checkChannel(channel, into: &problems)
        return problems.problems
    }

    private func checkChannel(_ channel: XMLElementNode, into problems: inout ProblemCollector) {
        for name in ["title", "link", "description"] {
            guard let element = channel.child(name) else {
                problems.error("channel has no <\(name)>")
                continue
            }
            if element.trimmedText.isEmpty {
                if name == "description" {
                    problems.warning("channel <description> is empty")
                } else {
                    problems.error("channel <\(name)> is empty")
                }
            }
        }
        if let link = channel.child("link")?.trimmedText, !link.isEmpty, !LexicalForm.isAbsoluteIRI(link) {
            problems.error("channel <link> '\(link.shortened())' is not an absolute URL")
        }
        for name in ["pubDate", "lastBuildDate"] {
            for element in channel.children(name) {
                checkDate(element.trimmedText, where: "channel <\(name)>", into: &problems)
            }
        }
        let selfLinks = channel.children("link", in: Self.atomNamespace).filter { $0.attributes["rel"] == "self" }
        if let selfLink = selfLinks.first {
            if (selfLink.attributes["href"] ?? "").trimmingXMLWhitespace().isEmpty {
                problems.error("<atom:link rel=\"self\"> has no href")
            }
        } else {
            problems.warning("channel has no <atom:link rel=\"self\"> (the feed's own address)")
        }
        let items = channel.children("item")
        if items.isEmpty { problems.warning("channel has no items") }
        var firstItemByGUID: [String: Int] = [:]
        for (offset, item) in items.enumerated() {
            let label = "item \(offset + 1)"
            let title = item.child("title")?.trimmedText ?? ""
            let description = item.child("description")?.trimmedText ?? ""
            if title.isEmpty && description.isEmpty {
                problems.error("\(label) has neither <title> nor <description>")
            }
            if let guid = item.child("guid") {
                let value = guid.trimmedText
                if value.isEmpty {
                    problems.error("\(label) has an empty <guid>")
                } else {
                    if let first = firstItemByGUID[value] {
                        problems.error("\(label) repeats guid '\(value.shortened(to: 80))' of item \(first)")
                    } else {
                        firstItemByGUID[value] = offset + 1
                    }
                    if guid.attributes["isPermaLink"] != "false", !LexicalForm.isAbsoluteIRI(value) {
                        let why = guid.attributes["isPermaLink"] == nil ? "isPermaLink defaults to true" : "isPermaLink=\"\(guid.attributes["isPermaLink"] ?? "")\""
                        problems.error("\(label) <guid> '\(value.shortened())' is a permalink (\(why)) but not an absolute URL")
                    }
                }
            } else {
                problems.warning("\(label) has no <guid>")
            }
            if let link = item.child("link")?.trimmedText, !link.isEmpty, !LexicalForm.isAbsoluteIRI(link) {
                problems.error("\(label) <link> '\(link.shortened())' is not an absolute URL")
            }
            for enclosure in item.children("enclosure") where ["url", "length", "type"].contains(where: { enclosure.attributes[$0] == nil }) {
                problems.error("\(label) <enclosure> needs url, length and type attributes")
            }
            for element in item.children("pubDate") {
                checkDate(element.trimmedText, where: "\(label) <pubDate>", into: &problems)
            }
        }
    }

    private func checkDate(_ value: String, where place: String, into problems: inout ProblemCollector) {
        switch RFC822Date.check(value) {
        case .valid:
            break
        case .questionable(let reason):
            problems.warning("\(place) '\(value.shortened())': \(reason)")
        case .invalid(let reason):
            problems.error("\(place) '\(value.shortened())': \(reason)")
        }
    }
}
