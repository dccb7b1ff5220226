// ldpub — MIT licence.

import LinkedDataJSON

extension JSONObject {
    /// A node object that starts with `@id` (when given) and `@type`, with room for
    /// `capacity` members in all.
    static func node(id: String?, type: String, capacity: Int = 8) -> JSONObject {
        var object = JSONObject()
        object.reserveCapacity(capacity)
        if let id { object.append("@id", .string(id)) }
        object.append("@type", .string(type))
        return object
    }

    /// `{"@id": id}`: a reference to a node described elsewhere in the graph.
    static func reference(_ id: String) -> JSONValue {
        var object = JSONObject()
        object.append("@id", .string(id))
        return .object(object)
    }

    /// Appends `key: text` unless the text is missing or empty.
    mutating func append(_ key: String, text: String?) {
        guard let text, !text.isEmpty else { return }
        append(key, .string(text))
    }

    /// Appends `key: [texts]` unless there are none; always an array, so readers see one shape.
    mutating func append(_ key: String, texts: [String]) {
        var kept: [JSONValue] = []
        kept.reserveCapacity(texts.count)
        for text in texts where !text.isEmpty { kept.append(.string(text)) }
        guard !kept.isEmpty else { return }
        append(key, .array(kept))
    }

    /// Appends `key: {"@id": id}` unless the id is missing.
    mutating func append(_ key: String, reference id: String?) {
        guard let id else { return }
        append(key, Self.reference(id))
    }

    /// Appends `key: [{"@id": …}, …]`, the nodes' shared references, unless there are none.
    mutating func append(_ key: String, referencesTo nodes: [DescribedNode]) {
        guard !nodes.isEmpty else { return }
        append(key, .array(nodes.map(\.reference)))
    }


    /// An `ImageObject` with `url` and `contentUrl`, and a `caption` when given.
    static func imageObject(url: String, id: String? = nil, caption: String? = nil) -> JSONObject {
        var image = node(id: id, type: "ImageObject")
        image.append("url", .string(url))
        image.append("contentUrl", .string(url))
        image.append("caption", text: caption)
        return image
    }
}
