// ldpub — MIT licence.

/// The label of a node, an edge or a subgraph, as the writer quotes it.
enum DOTLabel {
    /// Text wrapped with ``LabelText``, then a second line `note` when there is one.
    case wrapped(String, note: String? = nil)
    /// Text as it is, unwrapped (the legend's).
    case plain(String)
    /// Bytes already wrapped and escaped, then a second line `note` when there is one.
    case escaped([UInt8], note: String? = nil)
}
