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
        for entry in reader.entries {
            guard let key = MessageKey(rawValue: entry.key), let text = fields.text(entry.value, field: entry.key) else { continue }
            texts[key] = text
        }
        return texts
    }
}
