// ldpub — MIT licence.

/// What names an article: its topic, language, terms, title and slug.
///
/// Drawn from its own random stream, so any article's slug can be computed without generating
/// the article (other articles link to it).
struct ArticleIdentity: Sendable {
    let index: Int
    let topic: MedicalTopic
    let language: CorpusLanguage
    let filler: ProseFiller
    let title: String
    /// A unique slug: the title's first words and the article number.
    let slug: String

    init(seed: UInt64, index: Int) {
        var random = SplitMix64(seed: seed, stream: CorpusGenerator.identityStream, index: index)
        self.index = index
        topic = random.pick(MedicalTopic.catalog)
        language = random.chance(0.6) ? .dutch : .english
        filler = ProseFiller(topic: topic, language: language, random: &random)
        title = filler.fill(random.pick(Phrasebook.of(language).titles), random: &random)
        slug = Slug.make(title, maxWords: 6) + "-\(index + 1)"
    }
}
