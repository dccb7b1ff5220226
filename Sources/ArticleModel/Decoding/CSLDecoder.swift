// ldpub — MIT licence.

import YAMLNodes

/// Decodes CSL YAML items, names and dates.
struct CSLDecoder {
    let fields: FieldDecoder

    private static let nameKeys: KeySet = ["family", "given", "literal", "dropping-particle", "non-dropping-particle", "suffix",
                                   "comma-suffix", "static-ordering", "parse-names"]
    private static let dateKeys: KeySet = ["date-parts", "circa", "season", "literal", "raw"]
    private static let sortedKeys = KeySet(CSLVocabulary.allKeys.sorted())

    /// Decodes one item of a `references` list.
    func item(_ node: Node, field: String) -> CSLItem? {
        guard let reader = MappingReader(node, context: "reference", knownKeys: Self.sortedKeys, sink: fields.sink) else { return nil }
        defer { reader.reportUnknownKeys() }
        let id = reader.required("id").flatMap { fields.identifier($0, field: "id", syntax: .identifier) }
        let type = reader.required("type").flatMap { itemType($0) }
        let title = fields.requiredText(reader, "title")
        var authors = reader.value("author").flatMap { names($0, field: "author") } ?? []
        let authorListIsIncomplete = authors.last.map(Self.marksIncompleteList) ?? false
        if authorListIsIncomplete { authors.removeLast() }
        let issued = reader.value("issued").flatMap { date($0, field: "issued") }
        let accessed = reader.value("accessed").flatMap { date($0, field: "accessed") }
        let doi = fields.optionalText(reader, "DOI").flatMap { checkedDOI($0, node: reader.value("DOI")!) }
        let pmid = reader.value("PMID").flatMap { pubMedID($0) }
        let url = reader.value("URL").flatMap { fields.absoluteURL($0, field: "URL") }
        func number(_ key: String) -> String? {
            reader.value(key).flatMap { fields.textOrNumber($0, field: key) }
        }
        var others: [CSLVariable] = []
        reader.forEachEntry { key, value in
            guard !Self.interpreted.contains(key), CSLVocabulary.allKeys.contains(key), !value.isNull else { return }
            if checkUninterpreted(key, value) {
                others.append(CSLVariable(name: key, value: value))
            }
        }
        guard let id, let type, let title else {
            if let id = reader.value("id")?.scalar?.text { fields.sink.incompleteIDs.insert(id) }
            return nil
        }
        return CSLItem(id: id, type: type, title: title, authors: authors, issued: issued,
                       containerTitle: fields.optionalText(reader, "container-title"),
                       volume: number("volume"), issue: number("issue"), page: number("page"),
                       doi: doi, pmid: pmid, url: url, publisher: fields.optionalText(reader, "publisher"),
                       accessed: accessed, otherVariables: others, authorListIsIncomplete: authorListIsIncomplete, span: node.span)
    }

    /// Checks a CSL variable ldpub keeps without interpreting it, by its CSL-JSON kind: names,
    /// dates, `custom` (a mapping), `categories` (texts), and text or a number for the rest.
    private func checkUninterpreted(_ name: String, _ value: Node) -> Bool {
        if CSLVocabulary.nameVariables.contains(name) { return names(value, field: name) != nil }
        if CSLVocabulary.dateVariables.contains(name) { return date(value, field: name) != nil }
        switch name {
        case "custom":
            guard value.mapping != nil else {
                fields.sink.error("'custom' expects a mapping, got \(value.kindDescription)", at: value.span)
                return false
            }
            return true
        case "categories":
            return fields.list(value, field: name, of: "texts") { item, field in fields.text(item, field: field) } != nil
        default:
            return fields.textOrNumber(value, field: name) != nil
        }
    }

    private static let interpreted: Set<String> = [
        "id", "type", "title", "author", "issued", "container-title", "volume", "issue", "page", "DOI", "PMID", "URL",
        "publisher", "accessed",
    ]

    private func itemType(_ node: Node) -> String? {
        guard let type = fields.text(node, field: "type") else { return nil }
        guard CSLVocabulary.itemTypes.contains(type) else {
            let words = Set(type.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }))
            let reordered = CSLVocabulary.itemTypes.first { Set($0.split(whereSeparator: { $0 == "-" || $0 == "_" })) == words }
            let suggestion = reordered.map { " (did you mean '\($0)'?)" } ?? Suggestion.clause(for: type, in: CSLVocabulary.itemTypes)
            fields.sink.error("unknown CSL type '\(type)'\(suggestion)", at: node.span)
            return nil
        }
        return type
    }

    /// A DOI as CSL writes it: `10.` prefix, a registrant code, `/`, a suffix; resolver prefixes are not part of it.
    private func checkedDOI(_ doi: String, node: Node) -> String? {
        guard Self.isDOI(doi) else {
            fields.sink.error("'DOI' '\(doi)' is not a DOI: write it as '10.xxxx/suffix', without 'https://doi.org/'", at: node.span)
            return nil
        }
        return doi
    }

    /// `10.` then 4 to 9 digits, `/`, a suffix without white space (the JSON Schema's
    /// `^10\.\d{4,9}/\S+$`), on the text's bytes: every byte the rule names is ASCII.
    static func isDOI(_ doi: String) -> Bool {
        var doi = doi
        return doi.withUTF8 { bytes in
            guard bytes.starts(with: "10.".utf8), let slash = bytes.firstIndex(of: UInt8(ascii: "/")), slash + 1 < bytes.count else { return false }
            let registrant = bytes[3..<slash]
            guard (4...9).contains(registrant.count), registrant.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
            for byte in bytes {
                if byte >= 0x80 { return !String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { $0.properties.isWhitespace } }
                if byte == 0x20 || (0x09...0x0D).contains(byte) { return false }
            }
            return true
        }
    }

    private func pubMedID(_ node: Node) -> String? {
        let text: String?
        if case .int(let value)? = node.scalar?.value { text = String(value) } else { text = fields.text(node, field: "PMID") }
        guard let text else { return nil }
        // Digits only: every byte an ASCII digit is every character one.
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            fields.sink.error("'PMID' expects a PubMed id (digits only), got '\(text)'", at: node.span)
            return nil
        }
        return text
    }

    /// Whether a name only says that more names follow: `{literal: others}` or `{literal: et al.}`.
    static func marksIncompleteList(_ name: CSLName) -> Bool {
        guard name.family == nil, name.given == nil, let literal = name.literal?.lowercased() else { return false }
        return ["others", "et al.", "et al", "et alii"].contains(literal)
    }

    /// A list of names, each `{family, given}` or `{literal}`.
    func names(_ node: Node, field: String) -> [CSLName]? {
        fields.list(node, field: field, of: "names") { item, itemField in
            guard let reader = MappingReader(item, context: "name '\(itemField)'", knownKeys: Self.nameKeys, sink: fields.sink,
                                             expected: "a mapping such as {family: Li, given: Nanxin}")
            else { return nil }
            defer { reader.reportUnknownKeys() }
            let family = fields.optionalText(reader, "family")
            let given = fields.optionalText(reader, "given")
            let literal = fields.optionalText(reader, "literal")
            guard family != nil || literal != nil else {
                if !reader.has("family") && !reader.has("literal") {
                    fields.sink.error("a name needs 'family' or 'literal'", at: item.span)
                }
                return nil
            }
            return CSLName(family: family, given: given, literal: literal)
        }
    }

    /// A CSL date: a year (`2006`), `2006-08`, `2006-08-15`, or `{date-parts: [[2006, 8]]}`.
    func date(_ node: Node, field: String) -> CSLDate? {
        if let scalar = node.scalar {
            switch scalar.value {
            case .int(let year):
                return checkedDate(year: year, month: nil, day: nil, node: node, field: field)
            case .string(let text):
                return dateText(text, node: node, field: field)
            default:
                break
            }
        }
        guard let reader = MappingReader(node, context: "'\(field)'", knownKeys: Self.dateKeys, sink: fields.sink,
                                         expected: "a year, 'YYYY-MM-DD' or {date-parts: [[YYYY, M, D]]}")
        else { return nil }
        defer { reader.reportUnknownKeys() }
        if let parts = reader.value("date-parts") {
            guard let ranges = parts.sequence, let first = ranges.first, let numbers = first.sequence,
                  (1...3).contains(numbers.count), ranges.count <= 2
            else {
                fields.sink.error("'\(field).date-parts' expects [[year, month, day]] with one to three numbers", at: parts.span)
                return nil
            }
            var values: [Int] = []
            for number in numbers {
                switch number.scalar?.value {
                case .int(let value)?:
                    values.append(value)
                case .string(let text)? where Int(text) != nil:
                    values.append(Int(text)!)
                default:
                    fields.sink.error("'\(field).date-parts' expects numbers, got \(number.kindDescription)", at: number.span)
                    return nil
                }
            }
            return checkedDate(year: values[0], month: values.count > 1 ? values[1] : nil, day: values.count > 2 ? values[2] : nil,
                               node: parts, field: field)
        }
        if let raw = reader.value("raw"), let text = fields.text(raw, field: "\(field).raw") {
            return dateText(text, node: raw, field: "\(field).raw")
        }
        if reader.value("literal") == nil {
            fields.sink.error("'\(field)' needs 'date-parts', 'raw' or 'literal'", at: node.span)
        }
        return nil
    }

    private func dateText(_ text: String, node: Node, field: String) -> CSLDate? {
        guard let numbers = Self.dateNumbers(text) else {
            fields.sink.error("'\(field)' expects a year, 'YYYY-MM' or 'YYYY-MM-DD', got '\(text)'", at: node.span)
            return nil
        }
        return checkedDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil,
                           node: node, field: field)
    }

    /// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits: four for the year, two
    /// for the others); nil for any other text. On the bytes: every byte the form allows is ASCII.
    static func dateNumbers(_ text: String) -> [Int]? {
        var numbers: [Int] = []
        var value = 0
        var digits = 0
        func endPart() -> Bool {
            guard digits == (numbers.isEmpty ? 4 : 2) else { return false }
            numbers.append(value)
            value = 0
            digits = 0
            return true
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard numbers.count < 2, endPart() else { return nil }
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 4 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        return endPart() ? numbers : nil
    }

    private func checkedDate(year: Int, month: Int?, day: Int?, node: Node, field: String) -> CSLDate? {
        guard (1...9999).contains(year) else {
            fields.sink.error("'\(field)' has the year \(year), outside 1–9999", at: node.span)
            return nil
        }
        if let month, !(1...12).contains(month) {
            fields.sink.error("'\(field)' is not a valid date: there is no month \(month)", at: node.span)
            return nil
        }
        if let month, let day, !(1...Timestamp.daysInMonth(year: year, month: month)).contains(day) {
            fields.sink.error("'\(field)' is not a valid date: \(CSLDate(year: year, month: month)) has no day \(day)", at: node.span)
            return nil
        }
        return CSLDate(year: year, month: month, day: day)
    }
}
