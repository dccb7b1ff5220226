// ldpub — MIT licence.

/// How names and IRIs in a document map to schema.org terms under the schema.org context.
enum SchemaOrgIRI {
    static let namespaces = ["https://schema.org/", "http://schema.org/", "https://www.schema.org/", "http://www.schema.org/", "schema:"]

    /// The schema.org local name a key, type or IRI denotes, or `nil` if it belongs to another
    /// vocabulary (an absolute or compact IRI outside schema.org).
    ///
    /// A plain name such as `author` is a schema.org term (the context's `@vocab`).
    static func localName(_ text: String) -> String? {
        for namespace in namespaces where text.hasPrefix(namespace) {
            return String(text.dropFirst(namespace.count))
        }
        return text.contains(":") ? nil : text
    }

    /// The local name if `text` is written as a schema.org IRI (not as a plain name).
    static func localNameOfIRI(_ text: String) -> String? {
        for namespace in namespaces where text.hasPrefix(namespace) {
            return String(text.dropFirst(namespace.count))
        }
        return nil
    }
}
