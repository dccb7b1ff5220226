// ldpub — MIT licence.

/// A word or name in Dutch and English.
struct BilingualTerm: Sendable {
    let dutch: String
    let english: String

    init(_ dutch: String, _ english: String) {
        self.dutch = dutch
        self.english = english
    }

    /// The same word in both languages.
    init(_ both: String) {
        self.init(both, both)
    }

    /// The word in `language`.
    func text(_ language: CorpusLanguage) -> String {
        language == .dutch ? dutch : english
    }
}
