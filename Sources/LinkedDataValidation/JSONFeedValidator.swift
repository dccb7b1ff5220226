// ldpub — MIT licence.

import Foundation
import LinkedDataJSON

/// Checks JSON Feed 1.1 documents (https://jsonfeed.org/version/1.1).
///
/// Errors: invalid JSON; a `version` other than `https://jsonfeed.org/version/1.1`; no
/// non-empty string `title`; no `items` array; an item that is not an object, has no `id`,
/// repeats an earlier item's `id` or has neither `content_html` nor `content_text`; a
/// `date_published` or `date_modified` that is not an RFC 3339 date-time with an offset;
/// a known field of the wrong JSON type (strings, `expired` a boolean, `tags` an array of
/// strings, `authors` an array of objects with a `name`, `url` or `avatar`, attachments with
/// `url` and `mime_type`, hubs with `type` and `url`).
/// Warnings: no `home_page_url` or `feed_url`; an `id` that is a number rather than a string;
/// the deprecated JSON Feed 1.0 `author`; unknown keys that do not start with `_`.
///
/// Items are named by position, `item 2`, counted from 1.
public struct JSONFeedValidator: Sendable {
    /// The version URL of JSON Feed 1.1.
    public static let version = "https://jsonfeed.org/version/1.1"

    private static let topLevelStrings = ["home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "language"]
    private static let itemStrings = ["url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image", "language"]
    private static let topLevelKeys = Set(topLevelStrings + ["version", "title", "items", "authors", "author", "expired", "hubs"])
    private static let itemKeys = Set(itemStrings + ["id", "date_published", "date_modified", "authors", "author", "tags", "attachments"])

    /// Creates a validator.
    public init() {}

    /// Validates the bytes of a JSON Feed document.
    ///
    /// - Parameter data: The document, as read from a file.
    /// - Returns: The problems found, in document order; empty for a valid feed.
    public func validate(data: Data) -> [ValidationProblem] {
        switch JSONText.parse(data) {
        case .failure(let failure):
            return [failure.problem]
        case .success(let value):
            return validate(value)
        }
    }

    /// Validates a parsed JSON Feed document.
    ///
    /// - Parameter feed: The document's top-level value.
    /// - Returns: The problems found, in document order; empty for a valid feed.
    public func validate(_ feed: JSONValue) -> [ValidationProblem] {
        var problems = ProblemCollector()
        guard let top = feed.object else {
            problems.error("a JSON Feed is a JSON object; this document's top level is \(JSONText.kind(of: feed))")
            return problems.problems
        }
        let version = top["version"]
        if version?.string != Self.version {
            let found = version.map { $0.string.map { "'\($0)'" } ?? JSONText.kind(of: $0) } ?? "missing"
            problems.error("version is \(found), expected '\(Self.version)'")
        }
        if (top["title"]?.string ?? "").trimmingXMLWhitespace().isEmpty {
            problems.error("top-level 'title' (a non-empty string) is required")
        }
        for key in Self.topLevelStrings {
            if let value = top[key], value.string == nil {
                problems.error("top-level '\(key)' must be a string, not \(JSONText.kind(of: value))")
            }
        }
        if let expired = top["expired"], case .bool = expired {} else if let expired = top["expired"] {
            problems.error("top-level 'expired' must be a boolean, not \(JSONText.kind(of: expired))")
        }
        for key in ["home_page_url", "feed_url"] where top[key] == nil {
            problems.warning("top-level '\(key)' is recommended")
        }
        for key in top.keys where !Self.topLevelKeys.contains(key) && !key.hasPrefix("_") {
            problems.warning("unknown top-level key '\(key)' (extensions start with '_')")
        }
        checkAuthors(top, label: "feed", into: &problems)
        checkHubs(top["hubs"], into: &problems)
        guard let items = top["items"]?.array else {
            problems.error("top-level 'items' (an array) is required")
            return problems.problems
        }
        var firstItemByID: [String: Int] = [:]
        for (offset, value) in items.enumerated() {
            let label = "item \(offset + 1)"
            guard let item = value.object else {
                problems.error("\(label) is not an object")
                continue
            }
            checkItem(item, label: label, into: &problems)
            if let id = Self.idText(item["id"]) {
                if let first = firstItemByID[id] {
                    problems.error("\(label) repeats id '\(id.shortened(to: 80))' of item \(first)")
                } else {
                    firstItemByID[id] = offset + 1
                }
            }
        }
        return problems.problems
    }

    private func checkItem(_ item: JSONObject, label: String, into problems: inout ProblemCollector) {
        switch item["id"] {
        case nil, .null?:
            problems.error("\(label) has no 'id'")
        case .string(let id)?:
            if id.trimmingXMLWhitespace().isEmpty { problems.error("\(label) has an empty 'id'") }
        case .int?, .double?:
            problems.warning("\(label) 'id' is a number; JSON Feed 1.1 wants a string")
        case let other?:
            problems.error("\(label) 'id' must be a string, not \(JSONText.kind(of: other))")
        }
        if item["content_html"]?.string == nil && item["content_text"]?.string == nil {
            problems.error("\(label) has neither 'content_html' nor 'content_text'")
        }
        for key in Self.itemStrings {
            if let value = item[key], value.string == nil {
                problems.error("\(label) '\(key)' must be a string, not \(JSONText.kind(of: value))")
            }
        }
        for key in ["date_published", "date_modified"] {
            guard let value = item[key] else { continue }
            guard let text = value.string else {
                problems.error("\(label) '\(key)' must be a string, not \(JSONText.kind(of: value))")
                continue
            }
            if let reason = RFC3339Date.problem(text) {
                problems.error("\(label) '\(key)' '\(text.shortened())' \(reason)")
            }
        }
        if let tags = item["tags"], !(tags.array?.allSatisfy { $0.string != nil } ?? false) {
            problems.error("\(label) 'tags' must be an array of strings")
        }
        if let attachments = item["attachments"] {
            if let list = attachments.array {
                for (offset, attachment) in list.enumerated() {
                    checkAttachment(attachment, label: "\(label) attachment \(offset + 1)", into: &problems)
                }
            } else {
                problems.error("\(label) 'attachments' must be an array, not \(JSONText.kind(of: attachments))")
            }
        }
        for key in item.keys where !Self.itemKeys.contains(key) && !key.hasPrefix("_") {
            problems.warning("\(label) has unknown key '\(key)' (extensions start with '_')")
        }
        checkAuthors(item, label: label, into: &problems)
    }

    private func checkAttachment(_ value: JSONValue, label: String, into problems: inout ProblemCollector) {
        guard let attachment = value.object, attachment["url"]?.string != nil, attachment["mime_type"]?.string != nil else {
            problems.error("\(label) needs 'url' and 'mime_type' (strings)")
            return
        }
        for key in ["size_in_bytes", "duration_in_seconds"] {
            guard let number = attachment[key] else { continue }
            switch number {
            case .int, .double: break
            default: problems.error("\(label) '\(key)' must be a number, not \(JSONText.kind(of: number))")
            }
        }
    }

    private func checkAuthors(_ object: JSONObject, label: String, into problems: inout ProblemCollector) {
        if object["author"] != nil {
            problems.warning("\(label) uses 'author' from JSON Feed 1.0; JSON Feed 1.1 uses 'authors'")
        }
        guard let authors = object["authors"] else { return }
        guard let list = authors.array else {
            problems.error("\(label) 'authors' must be an array, not \(JSONText.kind(of: authors))")
            return
        }
        for (offset, author) in list.enumerated() {
            let fields = author.object
            if !["name", "url", "avatar"].contains(where: { fields?[$0]?.string != nil }) {
                problems.error("\(label) author \(offset + 1) needs a 'name', 'url' or 'avatar' (strings)")
            }
        }
    }

    private func checkHubs(_ hubs: JSONValue?, into problems: inout ProblemCollector) {
        guard let hubs else { return }
        guard let list = hubs.array else {
            problems.error("top-level 'hubs' must be an array, not \(JSONText.kind(of: hubs))")
            return
        }
        for (offset, hub) in list.enumerated() where hub["type"]?.string == nil || hub["url"]?.string == nil {
            problems.error("hub \(offset + 1) needs 'type' and 'url' (strings)")
        }
    }

    private static func idText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text.trimmingXMLWhitespace().isEmpty ? nil : text
        case .int(let number)?: return String(number)
        case .double(let number)?: return String(number)
        default: return nil
        }
    }
}
