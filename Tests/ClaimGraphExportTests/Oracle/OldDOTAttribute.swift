// ldpub — MIT licence.

@testable import ClaimGraphExport

/// ``DOTAttribute`` as it was before it wrote bytes: the oracle the differential tests compare with.
struct OldDOTAttribute: Sendable, Hashable {
    /// A Graphviz attribute name, such as `label` or `shape`.
    let name: String
    /// The value, any text.
    let value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// `name="value"`, the value quoted and escaped.
    var statement: String { name + "=" + OldDOTString.quoted(value) }
}
