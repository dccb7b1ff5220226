// ldpub — MIT licence.

/// An `@id` of a JSON-LD document, as written and as a number: the document's distinct `@id`s
/// are numbered as they first appear, so the check keeps its per-`@id` facts in arrays rather
/// than hashing long IRIs again and again.
struct JSONLDIdentifier {
    /// The `@id` as written here.
    let text: String
    /// The same for every `@id` that is the same string (the same characters).
    let number: Int
}
