// ldpub — MIT licence.

import YAMLNodes

/// Converts YAML nodes into the values of the model, reporting every mismatch.
///
/// Each function takes the node and the field's name as messages show it (`title`,
/// `reviewed.date`, `image.url`) and returns nil after reporting a problem.
struct FieldDecoder {
    let sink: DiagnosticSink

    // MARK: Text

    /// A text value: the scalar must resolve to a string (quote `2025` or `true` to make them text),
    /// and must hold only characters XML 1.0 can carry.
    func text(_ node: Node, field: String, allowEmpty: Bool = false) -> String? {
        guard let scalar = node.scalar else {
            sink.error("'\(field)' expects text, got \(node.kindDescription)", at: node.span)
            return nil
        }
        guard case .string(let text) = scalar.value else {
            sink.error("'\(field)' expects text, got \(scalar.value.kindDescription) (put it in quotes to make it text)", at: node.span)
            return nil
        }
        if !allowEmpty && text.isBlank {
            sink.error("'\(field)' must not be empty", at: node.span)
            return nil
        }
        // libyaml refuses these characters written as they are (a reader error, reported with
        // its line); only a double-quoted scalar's escapes (`"\x01"`, `"\uFFFE"`) can make one.
        if scalar.style == .doubleQuoted, let forbidden = XMLCharacters.firstForbidden(in: text) {
            sink.error("'\(field)' contains the control character \(XMLCharacters.codePoint(forbidden)), which XML 1.0 cannot carry", at: node.span)
            return nil
        }
        return text
    }

    /// A required text field of `reader`.
    func requiredText(_ reader: MappingReader, _ key: String, field: String? = nil, allowEmpty: Bool = false) -> String? {
        reader.required(key).flatMap { text($0, field: field ?? key, allowEmpty: allowEmpty) }
    }

    /// An optional text field of `reader`.
    func optionalText(_ reader: MappingReader, _ key: String, field: String? = nil) -> String? {
        reader.value(key).flatMap { text($0, field: field ?? key) }
    }

    /// Text or a number written as is: for CSL's number variables (`volume: 63`, `page: 856-864`).
    func textOrNumber(_ node: Node, field: String) -> String? {
        if let scalar = node.scalar {
            switch scalar.value {
            case .int, .float: return scalar.text
            default: break
            }
        }
        return text(node, field: field)
    }

    // MARK: Lists

    /// A sequence, each item converted by `item`; nil items were reported and are dropped.
    func list<T>(_ node: Node, field: String, of what: String, nonEmpty: Bool = false, item: (Node, String) -> T?) -> [T]? {
        guard let items = node.sequence else {
            // One id written without brackets is the common slip: show the list it meant.
            var hint = ""
            if case .string(let one)? = node.scalar?.value, !one.isEmpty, one.count <= 80, !one.contains(where: \.isNewline) {
                hint = "; a single entry is a list too: [\(one)]"
            }
            sink.error("'\(field)' expects a list of \(what), got \(node.kindDescription)\(hint)", at: node.span)
            return nil
        }
        if nonEmpty && items.isEmpty {
            sink.error("'\(field)' needs at least one entry", at: node.span)
            return nil
        }
        return items.enumerated().compactMap { index, element in item(element, "\(field)[\(index + 1)]") }
    }

    /// One text or a list of texts: for `sameAs` and `alternateName`, as schema.org allows both.
    func oneOrMany<T>(_ node: Node, field: String, of what: String, item: (Node, String) -> T?) -> [T]? {
        if node.sequence != nil { return list(node, field: field, of: what, nonEmpty: true, item: item) }
        return item(node, field).map { [$0] }
    }

    // MARK: Numbers, choices

    /// A whole number of at least `minimum`.
    func integer(_ node: Node, field: String, minimum: Int) -> Int? {
        guard case .int(let value)? = node.scalar?.value else {
            sink.error("'\(field)' expects a whole number, got \(node.kindDescription)", at: node.span)
            return nil
        }
        guard value >= minimum else {
            sink.error("'\(field)' must be at least \(minimum), got \(value)", at: node.span)
            return nil
        }
        return value
    }

    /// One of a closed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, field: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let word = text(node, field: field) else { return nil }
        if let value = T(rawValue: word) { return value }
        let options = T.allCases.map(\.rawValue)
        sink.error("'\(field)' must be one of \(options.map { "'\($0)'" }.joined(separator: ", ")), got '\(word)'\(Suggestion.clause(for: word, in: options))", at: node.span)
        return nil
    }

    // MARK: Ids, URLs, dates, languages

    /// An id of the given shape; `what`, when given, says what the id names (added to the error).
    func identifier(_ node: Node, field: String, syntax: IdentifierSyntax, what: String? = nil) -> String? {
        guard let id = text(node, field: field) else { return nil }
        guard syntax.matches(id) else {
            sink.error("'\(field)' '\(id)' is not a valid \(syntax == .slug ? "slug" : "id"): use \(syntax.rule)" + (what.map { "; \($0)" } ?? ""),
                       at: node.span)
            return nil
        }
        return id
    }

    /// A reference by id to something defined elsewhere; resolved later, across files.
    func reference(_ node: Node, field: String, syntax: IdentifierSyntax, what: String? = nil) -> IDReference? {
        identifier(node, field: field, syntax: syntax, what: what).map { IDReference($0, span: node.span) }
    }

    /// What a reference to a person names, for its error: editors write the name.
    static let personID = "write the person's id from site.yaml 'people' (such as 'jan-jansen'), not their name"

    /// An absolute http(s) URL.
    func absoluteURL(_ node: Node, field: String) -> String? {
        guard let url = text(node, field: field) else { return nil }
        guard WebURL.isAbsoluteHTTP(url) else {
            sink.error("'\(field)' expects an absolute http(s) URL, got '\(url)'", at: node.span)
            return nil
        }
        return url
    }

    /// A date (`2025-12-30`) or an RFC 3339 date-time with an offset.
    func timestamp(_ node: Node, field: String) -> Timestamp? {
        guard let scalar = node.scalar, case .string(let text) = scalar.value else {
            sink.error("'\(field)' expects a date (YYYY-MM-DD) or an RFC 3339 date-time, got \(node.kindDescription)", at: node.span)
            return nil
        }
        switch TimestampSyntax.parse(text) {
        case .success(let timestamp):
            return timestamp
        case .failure(.missingOffset):
            sink.error("'\(field)' has a time but no timezone offset: add 'Z' or an offset such as '+01:00'", at: node.span)
        case .failure(.impossible(let reason)):
            sink.error("'\(field)' is not a valid date: \(reason)", at: node.span)
        case .failure(.notADate):
            sink.error("'\(field)' expects a date (YYYY-MM-DD) or an RFC 3339 date-time (YYYY-MM-DDThh:mm:ss+01:00), got '\(text)'", at: node.span)
        }
        return nil
    }

    /// A well-formed BCP 47 language tag.
    func languageTag(_ node: Node, field: String) -> String? {
        guard let tag = text(node, field: field) else { return nil }
        guard LanguageTag.isWellFormed(tag) else {
            sink.error("'\(field)' '\(tag)' is not a BCP 47 language tag (such as 'nl', 'nl-NL' or 'en-GB')", at: node.span)
            return nil
        }
        return tag
    }
}

package extension String {
    /// Whether every character is white space (as `Character.isWhitespace` says); text that
    /// starts with a visible ASCII character is answered from its first byte.
    var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }
}
