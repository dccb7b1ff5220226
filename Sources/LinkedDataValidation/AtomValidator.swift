// ldpub — MIT licence.

import Foundation

/// Checks Atom 1.0 feeds and entry documents against RFC 4287.
///
/// Errors: XML that is not well-formed; a root other than `atom:feed` or `atom:entry`; a feed
/// or entry without exactly one `id`, `title` and `updated`; an `id` that is not an absolute
/// IRI; a repeated entry `id`; an `updated` or `published` that is not an RFC 3339 date-time
/// with a time-zone offset; an entry without an `author` when the feed has none (section
/// 4.1.2); an entry with neither `content` nor a `link rel="alternate"` (section 4.1.2); an
/// `author` without a `name`; a `link` without `href`.
/// Warnings: a feed without `link rel="self"` (section 4.1.1 says it SHOULD have one).
///
/// Entries are named by position, `entry 2`, counted from 1.
public struct AtomValidator: Sendable {
    static let namespace = "http://www.w3.org/2005/Atom"

    /// Creates a validator.
    public init() {}

    /// Validates the bytes of an Atom feed or entry document.
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
        guard root.namespace == Self.namespace, root.name == "feed" || root.name == "entry" else {
            let where_ = root.namespace.isEmpty ? "in no namespace" : "in namespace '\(root.namespace)'"
            problems.error("root element is <\(root.name)> \(where_), expected <feed> in the Atom namespace '\(Self.namespace)'")
            return problems.problems
        }
        if root.name == "entry" {
            checkEntry(root, label: "entry", feedHasAuthor: false, into: &problems)
            return problems.problems
        }
        let feed = root
        checkRequired(feed, label: "feed", into: &problems)
        checkAuthors(feed, label: "feed", into: &problems)
        checkLinks(feed, label: "feed", into: &problems)
        if !feed.children("link", in: Self.namespace).contains(where: { $0.attributes["rel"] == "self" }) {
            problems.warning("feed has no <link rel=\"self\"> (RFC 4287 section 4.1.1 says it should)")
        }
        let feedHasAuthor = !feed.children("author", in: Self.namespace).isEmpty
        var firstEntryByID: [String: Int] = [:]
        for (offset, entry) in feed.children("entry", in: Self.namespace).enumerated() {
            let label = "entry \(offset + 1)"
            checkEntry(entry, label: label, feedHasAuthor: feedHasAuthor, into: &problems)
            if let id = entry.child("id", in: Self.namespace)?.trimmedText, !id.isEmpty {
                if let first = firstEntryByID[id] {
                    problems.error("\(label) repeats id '\(id.shortened(to: 80))' of entry \(first)")
                } else {
                    firstEntryByID[id] = offset + 1
                }
            }
        }
        return problems.problems
    }

    private func checkEntry(_ entry: XMLElementNode, label: String, feedHasAuthor: Bool, into problems: inout ProblemCollector) {
        checkRequired(entry, label: label, into: &problems)
        checkAuthors(entry, label: label, into: &problems)
        checkLinks(entry, label: label, into: &problems)
        for date in entry.children("published", in: Self.namespace) {
            checkDate(date, label: label, into: &problems)
        }
        let hasAuthor = !entry.children("author", in: Self.namespace).isEmpty
            || entry.child("source", in: Self.namespace)?.child("author", in: Self.namespace) != nil
        if !hasAuthor && !feedHasAuthor {
            problems.error("\(label) has no <author> and the feed has none (RFC 4287 section 4.1.2)")
        }
        let links = entry.children("link", in: Self.namespace)
        if entry.child("content", in: Self.namespace) == nil && !links.contains(where: { ($0.attributes["rel"] ?? "alternate") == "alternate" }) {
            problems.error("\(label) has neither <content> nor <link rel=\"alternate\"> (RFC 4287 section 4.1.2)")
        }
    }

    /// Exactly one `id` (an absolute IRI), `title` and `updated` (RFC 3339).
    private func checkRequired(_ element: XMLElementNode, label: String, into problems: inout ProblemCollector) {
        for name in ["id", "title", "updated"] {
            let found = element.children(name, in: Self.namespace)
            guard let first = found.first else {
                problems.error("\(label) has no <\(name)>")
                continue
            }
            if found.count > 1 { problems.error("\(label) has \(found.count) <\(name)> elements, expected one") }
            switch name {
            case "id":
                let id = first.trimmedText
                if id.isEmpty {
                    problems.error("\(label) <id> is empty")
                } else if !LexicalForm.isAbsoluteIRI(id) {
                    problems.error("\(label) <id> '\(id.shortened())' is not an absolute IRI")
                }
            case "updated":
                checkDate(first, label: label, into: &problems)
            default:
                break
            }
        }
    }

    private func checkAuthors(_ element: XMLElementNode, label: String, into problems: inout ProblemCollector) {
        for (offset, author) in element.children("author", in: Self.namespace).enumerated() {
            if (author.child("name", in: Self.namespace)?.trimmedText ?? "").isEmpty {
                problems.error("\(label) <author> \(offset + 1) has no <name>")
            }
        }
    }

    private func checkLinks(_ element: XMLElementNode, label: String, into problems: inout ProblemCollector) {
        for link in element.children("link", in: Self.namespace) where (link.attributes["href"] ?? "").isEmpty {
            problems.error("\(label) has a <link> without href")
        }
    }

    private func checkDate(_ element: XMLElementNode, label: String, into problems: inout ProblemCollector) {
        let value = element.trimmedText
        if let reason = RFC3339Date.problem(value) {
            problems.error("\(label) <\(element.name)> '\(value.shortened())' \(reason)")
        }
    }
}
