// ldpub — MIT licence.

/// A site's additions to the built-in catalogues: texts by key, by language tag (lower case),
/// as read from `<input>/i18n/<lang>.yaml`.
public typealias MessageOverrides = [String: [MessageKey: String]]

/// The interface text of one language: a text for every ``MessageKey``.
///
/// Chosen by a language tag: the built-in catalogue of its primary subtag (Dutch for `nl`,
/// `nl-NL` or `nl-BE`; English for `en` and every language ldpub has no catalogue of), then the
/// site's texts for the primary subtag, then the site's texts for the whole tag, each replacing
/// what came before.
public struct MessageCatalog: Sendable, Hashable {
    /// The language tag the catalogue was chosen for, as written.
    public let language: String
    private let texts: [MessageKey: String]
    /// Every key's text cut into segments once: pages ask for the same texts thousands of times.
    private let segmentsByKey: [MessageKey: [Segment]]

    /// The catalogue for `language`, with a site's `overrides`.
    public init(language: String, overrides: MessageOverrides = [:]) {
        self.language = language
        let tag = language.lowercased()
        let primary = Self.primaryLanguage(of: tag)
        var texts = BuiltInMessages.byLanguage[primary] ?? BuiltInMessages.english
        for (key, text) in overrides[primary] ?? [:] { texts[key] = text }
        if tag != primary {
            for (key, text) in overrides[tag] ?? [:] { texts[key] = text }
        }
        self.texts = texts
        // The built-in texts are cut once per process; a catalogue (one is made for each page)
        // cuts only the texts its overrides replace.
        var segmentsByKey = Self.builtInSegments[primary] ?? Self.englishSegments
        var overridden = Set((overrides[primary] ?? [:]).keys)
        if tag != primary { overridden.formUnion((overrides[tag] ?? [:]).keys) }
        for key in overridden { segmentsByKey[key] = Self.segments(of: texts[key] ?? key.rawValue) }
        self.segmentsByKey = segmentsByKey
    }

    /// The language of a tag, lower-cased, without its region or script (`nl-BE` → `nl`).
    public static func primaryLanguage(of tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" })
    }

    /// The keys whose texts a page in `language` shows in English, as neither ldpub (for the
    /// language) nor `overrides` (for it or its primary language) has them: none for a built-in
    /// language, every key for a language nobody gave texts for.
    public static func keysInEnglish(for language: String, overrides: MessageOverrides) -> [MessageKey] {
        let tag = language.lowercased(), primary = primaryLanguage(of: tag)
        guard BuiltInMessages.byLanguage[primary] == nil else { return [] }
        return MessageKey.allCases.filter { overrides[tag]?[$0] == nil && overrides[primary]?[$0] == nil }
    }

    /// Every key's segments for the built-in texts of `texts`' language, English for a key it lacks.
    private static func allSegments(_ texts: [MessageKey: String]) -> [MessageKey: [Segment]] {
        var segments: [MessageKey: [Segment]] = [:]
        for key in MessageKey.allCases { segments[key] = Self.segments(of: texts[key] ?? BuiltInMessages.english[key] ?? key.rawValue) }
        return segments
    }

    private static let builtInSegments = BuiltInMessages.byLanguage.mapValues(allSegments)
    private static let englishSegments = allSegments(BuiltInMessages.english)

    /// Catalogues are equal when their language and texts are (the segments follow from the texts).
    public static func == (lhs: MessageCatalog, rhs: MessageCatalog) -> Bool {
        lhs.language == rhs.language && lhs.texts == rhs.texts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(texts)
    }

    /// English, as built in.
    public static let english = MessageCatalog(language: "en")

    /// The languages ldpub has a built-in catalogue of.
    public static let builtInLanguages = BuiltInMessages.byLanguage.keys.sorted()

    /// The text of `key`, placeholders left as written.
    public subscript(key: MessageKey) -> String {
        texts[key] ?? BuiltInMessages.english[key] ?? key.rawValue
    }

    /// The text of `key` with each `{name}` of `values` filled in.
    public func text(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        text(key) { values[String($0)] }
    }

    /// The text of `key` with each `{name}` filled in by `value(name)`; left as written when it gives nil.
    private func text(_ key: MessageKey, value: (Substring) -> String?) -> String {
        var result = ""
        for segment in segments(of: key) {
            switch segment {
            case .text(let text): result += text
            case .placeholder(let name): result += value(name) ?? "{" + name + "}"
            }
        }
        return result
    }

    /// `one` for a count of 1, else `other`, with `{count}` filled in.
    public func counted(_ count: Int, one: MessageKey, other: MessageKey) -> String {
        text(count == 1 ? one : other, ["count": String(count)])
    }

    /// A date as the language writes it: "30 December 2025", "30 december 2025".
    public func date(year: Int, month: Int, day: Int) -> String {
        let monthName = (1...12).contains(month) ? self[MessageKey.months[month - 1]] : String(month)
        return text(.datePattern) { name in
            switch name {
            case "day": String(day)
            case "month": monthName
            case "year": String(year)
            default: nil
            }
        }
    }

    /// A date with a time of day as the language writes it: "30 December 2025, 13:30 +01:00".
    public func dateTime(date: String, time: String) -> String {
        text(.dateTimePattern, ["date": date, "time": time])
    }

    /// A piece of a text: literal text, or a `{name}` placeholder (the name without braces).
    public enum Segment: Sendable, Hashable {
        case text(Substring)
        case placeholder(Substring)
    }

    /// The text of `key` cut into literal text and placeholders; a brace that does not open a
    /// placeholder (`{` then lower-case letters and `}`) is literal text.
    public func segments(of key: MessageKey) -> [Segment] {
        segmentsByKey[key] ?? Self.segments(of: self[key])
    }

    /// The names of the placeholders of `text`, in order (`{count}` → `count`).
    public static func placeholders(in text: String) -> [String] {
        segments(of: text).compactMap { segment in
            if case .placeholder(let name) = segment { String(name) } else { nil }
        }
    }

    private static func segments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        var literalStart = text.startIndex
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            let nameStart = text.index(after: open)
            let nameEnd = text[nameStart...].firstIndex { !("a"..."z").contains($0) && $0 != "-" } ?? text.endIndex
            if nameEnd < text.endIndex, text[nameEnd] == "}", nameEnd > nameStart {
                if literalStart < open { segments.append(.text(text[literalStart..<open])) }
                segments.append(.placeholder(text[nameStart..<nameEnd]))
                index = text.index(after: nameEnd)
                literalStart = index
            } else {
                index = nameStart
            }
        }
        if literalStart < text.endIndex { segments.append(.text(text[literalStart...])) }
        return segments
    }
}
