// ldpub — MIT licence.

import LinkedDataJSON

/// A graph node built ahead of time, with the `@id` other nodes use to refer to it.
struct DescribedNode: Sendable {
    /// The node's `@id`.
    let id: String
    /// The node object, `@id` included.
    let value: JSONValue
    /// `{"@id": id}`, built once and shared by every node that refers to this one.
    let reference: JSONValue

    init(id: String, value: JSONValue) {
        self.id = id
        self.value = value
        reference = JSONObject.reference(id)
    }
}
