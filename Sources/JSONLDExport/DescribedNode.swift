// ldpub — MIT licence.

import LinkedDataJSON

/// A graph node built ahead of time, with the `@id` other nodes use to refer to it.
struct DescribedNode: Sendable {
    /// The node's `@id`.
    let id: String
    /// The node object, `@id` included.
    let value: JSONValue
}
