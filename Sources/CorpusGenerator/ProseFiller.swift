// ldpub — MIT licence.

/// Fills the slots of phrasebook patterns with one article's terms and with numbers.
struct ProseFiller: Sendable {
    let language: CorpusLanguage
    let drug: String
    let condition: String
    let therapy: String
    let part: String
    let mechanism: String
    /// The drug and the condition in both languages, for `about`.
    let drugTerm: BilingualTerm
    let conditionTerm: BilingualTerm
    let therapyTerm: BilingualTerm
    /// "Jansen and colleagues (2019)" phrases for `{study}`, from the article's own references.
    var studies: [String] = []

    /// Picks the terms of `topic` in `language`.
    init(topic: MedicalTopic, language: CorpusLanguage, random: inout SplitMix64) {
        self.language = language
        drugTerm = random.pick(topic.drugs)
        conditionTerm = random.pick(topic.conditions)
        therapyTerm = random.pick(topic.therapies)
        drug = drugTerm.text(language)
        condition = conditionTerm.text(language)
        therapy = therapyTerm.text(language)
        part = random.pick(topic.bodyParts).text(language)
        mechanism = random.pick(topic.mechanisms).text(language)
    }

    /// `template` with every `{slot}` filled.
    ///
    /// - Parameter markdown: when true, some terms get CommonMark emphasis (`*…*`, `**…**`, `_…_`).
    func fill(_ template: String, random: inout SplitMix64, markdown: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 40)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            result += value(of: name, random: &random, markdown: markdown)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    private func value(of slot: Substring, random: inout SplitMix64, markdown: Bool) -> String {
        let term: String
        switch slot {
        case "drug": term = drug
        case "Drug": term = Self.capitalised(drug)
        case "condition": term = condition
        case "Condition": term = Self.capitalised(condition)
        case "therapy": term = therapy
        case "Therapy": term = Self.capitalised(therapy)
        case "part": term = part
        case "mechanism": term = mechanism
        case "n": return String(random.int(in: 12...480))
        case "m": return String(random.int(in: 481...960))
        case "k": return String(random.int(in: 1...9))
        case "j": return String(random.int(in: 1...6))
        case "pct": return String(random.int(in: 15...75))
        case "weeks": return String(random.int(in: 2...12))
        case "mg": return String(random.pick([5, 10, 20, 25, 50, 100, 150]))
        case "study":
            return studies.isEmpty ? (language == .dutch ? "recent onderzoek" : "recent research") : random.pick(studies)
        default: return "{" + slot + "}"
        }
        guard markdown else { return term }
        switch random.below(100) {
        case 0..<12: return "**" + term + "**"
        case 12..<20: return "*" + term + "*"
        case 20..<23: return "_" + term + "_"
        default: return term
        }
    }

    /// `text` with its first letter uppercased.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
