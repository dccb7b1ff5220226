// ldpub — MIT licence.

/// One CSL item written for the corpus, with what articles need to cite it.
struct GeneratedReference: Sendable {
    /// The CSL `id`.
    let id: String
    /// The first author's family name, or the literal name, for "Jansen and colleagues (2019)".
    let leadName: String
    /// The year of `issued` (or of `accessed` for a web page without one).
    let year: Int
    /// The DOI, if the item has one.
    let doi: String?
    /// The item as a YAML list entry (`  - id: …`), lines indented for a top-level `references:`.
    let yaml: String
}
