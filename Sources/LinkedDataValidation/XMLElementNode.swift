// ldpub — MIT licence.

/// An element of a parsed XML document: name, namespace, attributes, text and children.
struct XMLElementNode: Sendable {
    /// The local name, without a prefix.
    var name: String
    /// The namespace URI; empty when the element is in no namespace.
    var namespace: String
    /// Attributes by qualified name as written (`isPermaLink`, `xml:lang`).
    var attributes: [String: String]
    /// The element's own character data (text and CDATA, not that of its children).
    var text: String
    var children: [XMLElementNode]
    /// The 1-based line on which the start tag ends.
    var line: Int

    /// The text without leading and trailing white space.
    var trimmedText: String { text.trimmingXMLWhitespace() }

    /// The child elements with local name `name` in namespace `namespace`.
    func children(_ name: String, in namespace: String = "") -> [XMLElementNode] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The first child element with local name `name` in namespace `namespace`.
    func child(_ name: String, in namespace: String = "") -> XMLElementNode? {
        children.first { $0.name == name && $0.namespace == namespace }
    }
}
