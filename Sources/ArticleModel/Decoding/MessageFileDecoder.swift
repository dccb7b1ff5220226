// ldpub — MIT licence.

import InterfaceText
import YAMLNodes

/// Decodes a message catalogue, `i18n/<lang>.yaml`: a flat mapping of ``MessageKey`` names to
/// texts. An unknown key is reported with the nearest known one.
struct MessageFileDecoder {
    let fields: FieldDecoder

    static let keys = KeySet(MessageKey.allCases.map(\.rawValue))

    /// The texts by key; nil when the root is not a mapping.
    func decode(_ root: Node) -> [MessageKey: String]? {
        guard let reader = MappingReader(root, context: "the message catalogue", knownKeys: Self.keys, sink: fields.sink) else {
            return nil
        }
        defer { reader.reportUnknownKeys() }
        var texts: [MessageKey: String] = [:]
        reader.forEachEntry { name, value in
            guard let key = MessageKey(rawValue: name), let text = fields.text(value, field: name) else { return }
            checkPlaceholders(of: text, key: key, at: value.span)
            texts[key] = text
        }
        return texts
    }

    /// A placeholder the page does not fill is an error (`{cnt}` for `{count}`: the number would
    /// be missing); one of the built-in text's that the text leaves out is a warning (a language
    /// may say "one claim" without the number, but a typo would drop it silently).
    private func checkPlaceholders(of text: String, key: MessageKey, at span: SourceSpan) {
        let expected = MessageCatalog.placeholders(in: MessageCatalog.english[key])
        let written = MessageCatalog.placeholders(in: text)
        let list = { (names: [String]) in names.map { "{\($0)}" }.joined(separator: ", ") }
        for unknown in written where !expected.contains(unknown) {
            fields.sink.error("'\(key.rawValue)' has the placeholder {\(unknown)}, which is never filled in"
                              + (expected.isEmpty ? " (this text has none)" : " (it has \(list(expected)))")
                              + Suggestion.clause(for: unknown, in: expected), at: span)
        }
        let missing = expected.filter { !written.contains($0) }
        if !missing.isEmpty {
            fields.sink.warning("'\(key.rawValue)' leaves out \(list(missing)), so the page will not show \(missing.count == 1 ? "it" : "them")", at: span)
        }
    }
}
