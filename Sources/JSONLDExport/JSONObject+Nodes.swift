// ldpub — MIT licence.

import LinkedDataJSON

extension JSONObject {
    /// A node object that starts with `@id` (when given) and `@type`.
    static func node(id: String?, type: String) -> JSONObject {
        var object = JSONObject()
        if let id { object.append("@id", .string(id)) }
        object.append("@type", .string(type))
        return object
    }

    /// `{"@id": id}`: a reference to a node described elsewhere in the graph.
    static func reference(_ id: String) -> JSONValue {
        .object(JSONObject([("@id", .string(id))]))
    }

    /// Appends `key: text` unless the text is missing or empty.
    mutating func append(_ key: String, text: String?) {
        guard let text, !text.isEmpty else { return }
        append(key, .string(text))
    }

    /// Appends `key: [texts]` unless there are none; always an array, so readers see one shape.
    mutating func append(_ key: String, texts: [String]) {
        let kept = texts.filter { !$0.isEmpty }
        guard !kept.isEmpty else { return }
        append(key, .array(kept.map(JSONValue.string)))
    }

    /// Appends `key: {"@id": id}` unless the id is missing.
    mutating func append(_ key: String, reference id: String?) {
        guard let id else { return }
        append(key, Self.reference(id))
    }

    /// Appends `key: [{"@id": …}, …]` unless there are no ids.
    mutating func append(_ key: String, references ids: [String]) {
        guard !ids.isEmpty else { return }
        append(key, .array(ids.map(Self.reference)))
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
