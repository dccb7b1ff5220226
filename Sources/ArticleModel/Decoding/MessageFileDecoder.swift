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
            texts[key] = text
        }
        return texts
    }
}
