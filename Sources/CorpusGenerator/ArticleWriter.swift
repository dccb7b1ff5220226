// ldpub — MIT licence.

/// Writes one article file, shaped like the sample article: front matter, 6 to 8 sections of
/// 2 to 4 CommonMark paragraphs, 8 to 14 claims citing 0 to 3 sources, and 6 to 10 references.
struct ArticleWriter: Sendable {
    let seed: UInt64
    let articleCount: Int
    let roster: PeopleRoster
    let siteReferences: [GeneratedReference]

    /// Body text is wrapped at this many characters, as an editor would.
    private static let wrapWidth = 72
    private static let emoji = ["🙂", "💊", "🧠", "❤️", "📓", "✅"]

    /// The file of article `index` (0-based).
    func file(_ index: Int) -> GeneratedFile {
        let identity = ArticleIdentity(seed: seed, index: index)
        var random = SplitMix64(seed: seed, stream: CorpusGenerator.articleStream, index: index)
        let book = Phrasebook.of(identity.language)
        var filler = identity.filler
        let references = makeReferences(identity, random: &random)
        filler.studies = references.prefix(4).map { reference in
            book.studyPhrase.replacingSlot("family", with: reference.leadName).replacingSlot("year", with: String(reference.year))
        }

        var out = """
            # yaml-language-server: $schema=../Schemas/article.schema.json
            #
            # Synthetic article \(index + 1) of the ldpub benchmark corpus (seed \(seed)), written by
            # ldpub-corpus. The text is made up: it is test data, not medical advice.


            """
        out.reserveCapacity(14_000)
        out += "title: \(YAMLText.quoted(identity.title))\n"
        if random.chance(0.2) { out += "slug: \(identity.slug)\n" }
        writeDescription(filler: filler, book: book, random: &random, into: &out)
        if identity.language == .english || random.chance(0.5) { out += "language: \(identity.language.rawValue)\n" }
        let reviewDate = writeDates(random: &random, into: &out)
        if random.chance(0.92) {
            out += "reviewed:\n  by: \(random.pick(roster.reviewerIDs))\n  date: \(reviewDate.iso)\n"
        }
        let authorIDs = roster.authorIDs
        out += "authors:\n"
        for position in random.distinctIndices(random.int(in: 1...3), of: authorIDs.count) {
            out += "  - \(authorIDs[position])\n"
        }
        if random.chance(0.9) { out += "category: \(YAMLText.scalar(random.pick(book.categories)))\n" }
        if random.chance(0.95) {
            out += "keywords:\n"
            var words = [filler.drug, filler.condition, filler.therapy]
            words += random.distinctIndices(random.int(in: 1...5), of: book.keywords.count).map { book.keywords[$0] }
            for word in words { out += "  - \(YAMLText.scalar(word))\n" }
        }
        if random.chance(0.85) {
            let url = random.chance(0.6)
                ? "\(PeopleRoster.siteURL)images/\(identity.slug).jpg"
                : "https://cdn.kliniek-voorbeeldhof.example/img/\(index + 1)/hero.webp"
            out += "image:\n  url: \(url)\n  alt: \(YAMLText.quoted(filler.fill(random.pick(book.imageAlts), random: &random)))\n"
        }
        if random.chance(0.9) {
            out += "audience: \(random.pick(["Patient", "Patient", "Patient", "Clinician", "Clinician", "MedicalResearcher"]))\n"
        }
        if random.chance(0.9) { out += "specialty: \(identity.topic.specialty)\n" }
        if random.chance(0.95) { writeAbout(filler: filler, random: &random, into: &out) }

        out += "\nsections:\n"
        writeSections(identity: identity, filler: filler, book: book, references: references, random: &random, into: &out)

        out += "\nreferences:\n"
        for (position, reference) in references.enumerated() {
            if position > 0 { out += "\n" }
            out += reference.yaml
        }
        return GeneratedFile(relativePath: identity.slug + ".yaml", text: out)
    }

    // MARK: Front matter

    private func makeReferences(_ identity: ArticleIdentity, random: inout SplitMix64) -> [GeneratedReference] {
        var used = Set<String>()
        let writer = ReferenceWriter()
        return (0..<random.int(in: 6...10)).map { _ in
            writer.make(topic: identity.topic, random: &random) { natural in
                let base = natural + "-n\(identity.index + 1)"
                var id = base
                var suffix = 0
                while used.contains(id) {
                    id = base + String(UnicodeScalar(UInt8(ascii: "a") + UInt8(suffix % 26)))
                    suffix += 1
                }
                used.insert(id)
                return id
            }
        }
    }

    private func writeDescription(filler: ProseFiller, book: Phrasebook, random: inout SplitMix64, into out: inout String) {
        var text = filler.fill(random.pick(book.descriptions), random: &random)
        if random.chance(0.5) { text += " " + filler.fill(random.pick(book.sentences), random: &random) }
        if random.chance(0.5) {
            out += "description: >-\n"
            for line in Self.wrap(text, width: 74) { out += "  " + line + "\n" }
        } else {
            out += "description: \(YAMLText.quoted(text))\n"
        }
    }

    /// Writes `published` and `modified`; returns the date of the last change, for `reviewed.date`.
    private func writeDates(random: inout SplitMix64, into out: inout String) -> CivilDate {
        let published = CivilDate(daysSinceEpoch: random.int(in: 16_436...20_088))  // 2015-01-01 ... 2024-12-31
        let publishedText = random.chance(0.8) ? published.iso : Self.dateTime(published, random: &random)
        out += "published: \(publishedText)\n"
        switch random.below(10) {
        case 0..<3:
            return published
        case 3..<6:
            out += "modified: \(publishedText)\n"
            return published
        default:
            // At least two days later, so a plain date never falls before a published date-time.
            let modified = published.adding(days: random.int(in: 2...500))
            out += "modified: \(random.chance(0.8) ? modified.iso : Self.dateTime(modified, random: &random))\n"
            return modified
        }
    }

    private static func dateTime(_ date: CivilDate, random: inout SplitMix64) -> String {
        let offset = random.pick(["+01:00", "+02:00", "Z", "-05:00"])
        return "\(date.iso)T\(CivilDate.twoDigits(random.int(in: 6...22))):\(CivilDate.twoDigits(random.below(60))):00\(offset)"
    }

    private func writeAbout(filler: ProseFiller, random: inout SplitMix64, into out: inout String) {
        let other: CorpusLanguage = filler.language == .dutch ? .english : .dutch
        out += "about:\n"
        out += "  - type: Drug\n    name: \(YAMLText.scalar(filler.drug))\n"
        switch random.below(3) {
        case 0: out += "    sameAs: https://www.wikidata.example/wiki/Q\(random.int(in: 1000...999_999))\n"
        case 1: out += "    sameAs:\n      - https://www.wikidata.example/wiki/Q\(random.int(in: 1000...999_999))\n      - https://www.farmacotherapeutischkompas.example/\(Slug.make(filler.drug))\n"
        default: break
        }
        if random.chance(0.8) {
            out += "  - type: MedicalCondition\n    name: \(YAMLText.scalar(filler.condition))\n"
            let alternate = filler.conditionTerm.text(other)
            if alternate != filler.condition { out += "    alternateName: \(YAMLText.scalar(alternate))\n" }
        }
        if random.chance(0.5) {
            out += "  - type: MedicalTherapy\n    name: \(YAMLText.scalar(filler.therapy))\n"
        }
    }

    // MARK: Sections

    private func writeSections(identity: ArticleIdentity, filler: ProseFiller, book: Phrasebook, references: [GeneratedReference],
                               random: inout SplitMix64, into out: inout String) {
        let sectionCount = random.int(in: 6...8)
        let withReviewNote = random.chance(0.3)
        let headings = random.distinctIndices(sectionCount, of: book.headings.count).map { filler.fill(book.headings[$0], random: &random) }
        // Claims go to the content sections, never to the closing review note.
        let claimSections = withReviewNote ? sectionCount - 1 : sectionCount
        var claimsPerSection = Array(repeating: 0, count: sectionCount)
        for _ in 0..<random.int(in: 8...14) { claimsPerSection[random.below(claimSections)] += 1 }
        var citations = CitationPicker(own: references.map(\.id), site: siteReferences.map(\.id), random: &random)
        var sentenceDeck = Deck(count: book.sentences.count)
        var claimDeck = Deck(count: book.claims.count)
        var claimNumber = 0
        for section in 0..<sectionCount {
            if section > 0 { out += "\n" }
            if withReviewNote && section == sectionCount - 1 {
                let heading = identity.language == .dutch ? "Medisch gecontroleerd" : "Medical review"
                out += "  - heading: \(YAMLText.quoted(heading))\n    body: |\n"
                let note = book.reviewNote.replacingSlot("date", with: CivilDate(daysSinceEpoch: random.int(in: 19_000...20_453)).iso)
                for line in Self.wrap(note, width: Self.wrapWidth) { out += "      " + line + "\n" }
                continue
            }
            let heading = headings[section]
            out += "  - heading: \(random.chance(0.25) ? YAMLText.singleQuoted(heading) : YAMLText.quoted(heading))\n"
            if random.chance(0.12) { out += "    id: \(identity.language == .dutch ? "deel" : "part")-\(section + 1)\n" }
            out += "    body: |\n"
            for paragraph in 0..<random.int(in: 2...4) {
                if paragraph > 0 { out += "\n" }
                let text = makeParagraph(identity: identity, filler: filler, book: book, references: references, deck: &sentenceDeck,
                                         random: &random)
                for line in Self.wrap(text, width: Self.wrapWidth) { out += "      " + line + "\n" }
            }
            guard claimsPerSection[section] > 0 else { continue }
            out += "    claims:\n"
            for _ in 0..<claimsPerSection[section] {
                claimNumber += 1
                writeClaim(number: claimNumber, filler: filler, book: book, template: book.claims[claimDeck.draw(random: &random)],
                           citations: &citations, random: &random, into: &out)
            }
        }
    }

    private func makeParagraph(identity: ArticleIdentity, filler: ProseFiller, book: Phrasebook, references: [GeneratedReference],
                               deck: inout Deck, random: inout SplitMix64) -> String {
        var sentences: [String] = []
        for _ in 0..<random.int(in: 1...2) {
            sentences.append(filler.fill(book.sentences[deck.draw(random: &random)], random: &random, markdown: true))
        }
        if random.chance(0.45) {
            let text = filler.fill(random.pick(book.linkTexts), random: &random)
            let url = linkTarget(identity: identity, filler: filler, references: references, random: &random)
            let lead = identity.language == .dutch ? random.pick(["Zie ook", "Lees ook:", "Meer weten? Lees"]) : random.pick(["See also", "Read more:", "Want to know more? Read"])
            sentences.append("\(lead) [\(text)](\(url)).")
        }
        if random.chance(0.03) { sentences[sentences.count - 1] += " " + random.pick(Self.emoji) }
        return sentences.joined(separator: " ")
    }

    /// A link destination: relative (another article, a site section) or absolute (a DOI, a health site).
    private func linkTarget(identity: ArticleIdentity, filler: ProseFiller, references: [GeneratedReference], random: inout SplitMix64) -> String {
        switch random.below(5) {
        case 0:
            return "../\(ArticleIdentity(seed: seed, index: random.below(articleCount)).slug)/"
        case 1:
            return "/behandelingen/\(Slug.make(filler.therapy))/"
        case 2:
            if let doi = references[random.below(references.count)].doi { return "https://doi.org/\(doi)" }
            return "https://www.thuisarts.example/\(Slug.make(filler.condition))"
        case 3:
            return "https://richtlijnen.voorbeeld.example/\(Slug.make(filler.condition))?versie=\(random.int(in: 1...4))&taal=\(identity.language.rawValue)"
        default:
            return "https://www.thuisarts.example/\(Slug.make(filler.condition))"
        }
    }

    // MARK: Claims

    private func writeClaim(number: Int, filler: ProseFiller, book: Phrasebook, template: String, citations: inout CitationPicker,
                            random: inout SplitMix64, into out: inout String) {
        let text = filler.fill(template, random: &random)
        out += "      - id: \(Slug.make(text, maxWords: 4))-\(number)\n"
        out += "        text: \(YAMLText.quoted(text))\n"
        let roll = random.below(100)
        let count = roll < 14 ? 0 : roll < 54 ? 1 : roll < 84 ? 2 : 3
        guard count > 0 else {
            switch random.below(3) {
            case 0: out += "        sources: []\n"
            case 1: out += "        sources:\n"
            default: break
            }
            return
        }
        let ids = citations.pick(count, random: &random)
        if random.chance(0.6) {
            out += "        sources: [\(ids.joined(separator: ", "))]\n"
            return
        }
        out += "        sources:\n"
        for id in ids {
            guard random.chance(0.5) else {
                out += "          - \(id)\n"
                continue
            }
            out += "          - source: \(id)\n"
            if random.chance(0.8) { out += "            locator: \(YAMLText.quoted(filler.fill(random.pick(book.locators), random: &random)))\n" }
            switch random.below(100) {
            case 0..<40: out += "            relation: supports\n"
            case 40..<65: break
            case 65..<85: out += "            relation: disputes\n"
            default: out += "            relation: mentions\n"
            }
        }
    }

    // MARK: Wrapping

    /// Splits `text` into lines of at most `width` characters at spaces. A line never starts
    /// with a word that CommonMark would read as a block marker (a digit, `-`, `+`, `>`, `#`, `=`, `|`, `<`):
    /// such a word stays on the previous line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineLength = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = word.count
            if lineLength > 0 && lineLength + 1 + length > width && canStartLine(word) {
                lines.append(line)
                line = String(word)
                lineLength = length
            } else if lineLength == 0 {
                line = String(word)
                lineLength = length
            } else {
                line += " "
                line += word
                lineLength += 1 + length
            }
        }
        if lineLength > 0 { lines.append(line) }
        return lines
    }

    private static func canStartLine(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if first.properties.isAlphabetic { return true }
        return "*_[(“‘".unicodeScalars.contains(first)
    }
}
