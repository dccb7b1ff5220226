// ldpub — MIT licence.

/// Writes CSL items of mixed types as Zotero or Pandoc would export them: journal articles with
/// journal, volume, issue, pages, DOI and PMID; books; chapters; reports; web pages with URL and
/// access date.
///
/// DOIs use the `10.5555` prefix that Crossref reserves for examples, and every URL the
/// `.example` domain, so nothing points at a real publication.
struct ReferenceWriter {
    private static let journals = [
        "Journal of Affective Research", "Acta Neurologica Exempli", "Tijdschrift voor Psychiatrie en Praktijk",
        "European Journal of Cardiovascular Examples", "Clinical Endocrinology & Metabolism Reports",
        "Respiratory Medicine Letters", "Nederlands Tijdschrift voor Voorbeeldgeneeskunde", "The Example Medical Journal",
        "Psychopharmacology <Open>", "Annals of Synthetic Neuroscience",
    ]
    private static let publishers = [
        "Bohn Stafleu van Loghum", "Voorbeeld University Press", "Example Medical Publishers", "Uitgeverij De Boog & Zn.",
        "Oxford Example Press",
    ]
    private static let institutions = [
        "Gezondheidsraad (voorbeeld)", "Zorginstituut Voorbeeldland", "Trimbos-instituut (voorbeeld)",
        "National Institute for Example Care", "Nederlands Huisartsen Genootschap (voorbeeld)",
    ]
    private static let websites = [
        ("Thuisarts (voorbeeld)", "https://www.thuisarts.example/"),
        ("Farmacotherapeutisch Kompas (voorbeeld)", "https://www.farmacotherapeutischkompas.example/"),
        ("Apotheek.example", "https://www.apotheek.example/"),
        ("Hersenstichting (voorbeeld)", "https://www.hersenstichting.example/"),
        ("NHS Example", "https://www.nhs.example/conditions/"),
    ]
    private static let givenNames = [
        "Carlos A.", "J. B.", "Ronald S.", "George K.", "Nanxin", "Boyoung", "Mounira", "Chadi G.", "Panos", "Ruin",
        "Milan", "Coraline", "Hélène", "Søren", "Jürgen", "Wei", "Priya", "Łukasz", "M.", "A.-L.", "Francesca", "Kwame",
    ]
    private static let familyNames: [(particle: String?, family: String)] = [
        (nil, "Zarate"), (nil, "Duman"), (nil, "Aghajanian"), (nil, "Li"), (nil, "Abdallah"), (nil, "Zanos"),
        (nil, "Scheidegger"), (nil, "Krystal"), (nil, "Sanacora"), (nil, "Jansen"), ("van den", "Berg"), ("de", "Vries"),
        (nil, "Müller"), (nil, "Ødegaard"), (nil, "García-López"), (nil, "Nakamura"), (nil, "O'Brien"), ("van", "Dijk"),
        (nil, "Kowalczyk"), (nil, "Chen"), (nil, "Mensah"), (nil, "Dubois"), (nil, "Ångström"), (nil, "Rossi"),
    ]
    private static let titlePatterns = [
        "{Drug} in {condition}: a randomized controlled trial",
        "Efficacy and safety of {drug} versus placebo in {condition}",
        "Mechanisms of {mechanism} and implications for the treatment of {condition}",
        "{Therapy} for {condition}: a systematic review & meta-analysis",
        "Long-term outcomes after {therapy} in patients with {condition}",
        "The role of the {part} in {condition}: evidence from neuroimaging",
        "Rapid effects of {drug} on {mechanism} — a “proof of concept” study",
        "Dose–response of {drug} (<= {mg} mg) in adults with {condition}",
    ]
    private static let reportTitlePatterns = [
        "{Condition}: clinical guideline (third revision)", "Care standard for {condition}",
        "Health technology assessment of {drug} in {condition}", "Advice ‘{therapy} in {condition}’",
    ]
    private static let dutchTitlePatterns = [
        "Richtlijn {condition} (derde revisie)", "Zorgstandaard {condition}",
        "Behandeling van {condition} met {drug}: een overzicht", "{Drug}: informatie voor patiënten",
        "Advies ‘{therapy} bij {condition}’",
    ]

    /// A new item about `topic`.
    ///
    /// - Parameters:
    ///   - makeID: turns the natural id (`jansen2019`) into one that is unique where it is used.
    func make(topic: MedicalTopic, random: inout SplitMix64, makeID: (String) -> String) -> GeneratedReference {
        let kindRoll = random.below(100)
        let year = random.int(in: 1998...2025)
        // Scholarly titles are in English; reports and web pages mostly Dutch.
        let prose = ProseFiller(topic: topic, language: kindRoll < 74 || random.chance(0.3) ? .english : .dutch, random: &random)
        let names = authorNames(count: random.int(in: 1...4), random: &random)
        let lead = names.first!
        var leadName = lead.particle.map { $0.prefix(1).uppercased() + $0.dropFirst() + " " } ?? ""
        leadName += lead.family
        let id = makeID(Slug.compact(lead.family) + "\(year)")
        var lines: [String] = ["id: \(id)"]
        var doi: String?
        let serial = random.int(in: 1000...99999)
        switch kindRoll {
        case 0..<50:
            let journal = random.pick(Self.journals)
            let code = Slug.make(journal).split(separator: "-").map { String($0.prefix(1)) }.joined()
            lines.append("type: article-journal")
            lines.append("title: \(YAMLText.quoted(prose.fill(random.pick(Self.titlePatterns), random: &random)))")
            lines += authorLines(names, random: &random)
            lines.append("issued: \(issued(year: year, random: &random))")
            lines.append("container-title: \(YAMLText.scalar(journal))")
            let volume = random.int(in: 1...420)
            lines.append(random.chance(0.7) ? "volume: \"\(volume)\"" : "volume: \(volume)")
            lines.append("issue: \"\(random.int(in: 1...12))\"")
            if random.chance(0.2) {
                lines.append("page: \"e\(random.int(in: 10000...99999))\"")
            } else {
                let first = random.int(in: 1...1900)
                lines.append("page: \"\(first)-\(first + random.int(in: 4...18))\"")
            }
            doi = "10.5555/\(code).\(year).\(serial)"
            lines.append("DOI: \"\(doi!)\"")
            if random.chance(0.8) { lines.append("PMID: \"\(random.int(in: 10_000_000...39_999_999))\"") }
        case 50..<62:
            lines.append("type: book")
            lines.append("title: \(YAMLText.quoted(prose.fill(random.pick(Self.titlePatterns), random: &random)))")
            lines += authorLines(Array(names.prefix(3)), random: &random)
            lines.append("issued: \(year)")
            lines.append("publisher: \(YAMLText.scalar(random.pick(Self.publishers)))")
            lines.append("publisher-place: \(random.pick(["Houten", "Amsterdam", "Oxford", "Utrecht", "Genève"]))")
            lines.append("ISBN: \"978-90-\(random.int(in: 100...999))-\(random.int(in: 1000...9999))-\(random.below(10))\"")
            if random.chance(0.7) {
                doi = "10.5555/978-90-\(serial)"
                lines.append("DOI: \"\(doi!)\"")
            }
        case 62..<74:
            lines.append("type: chapter")
            lines.append("title: \(YAMLText.quoted(prose.fill(random.pick(Self.titlePatterns), random: &random)))")
            lines += authorLines(Array(names.prefix(2)), random: &random)
            lines.append("editor:")
            lines.append("  - {family: \(YAMLText.scalar(random.pick(Self.familyNames).family)), given: \(YAMLText.scalar(random.pick(Self.givenNames)))}")
            lines.append("container-title: \(YAMLText.quoted(prose.fill("Handboek {condition}", random: &random)))")
            let first = random.int(in: 1...600)
            lines.append("page: \"\(first)-\(first + random.int(in: 8...40))\"")
            lines.append("issued: \(issued(year: year, random: &random))")
            lines.append("publisher: \(YAMLText.scalar(random.pick(Self.publishers)))")
            doi = "10.5555/chap.\(year).\(serial)"
            lines.append("DOI: \"\(doi!)\"")
        case 74..<87:
            let institution = random.pick(Self.institutions)
            lines.append("type: report")
            lines.append("title: \(YAMLText.quoted(prose.fill(random.pick(prose.language == .dutch ? Self.dutchTitlePatterns : Self.reportTitlePatterns), random: &random)))")
            lines.append("author:")
            lines.append("  - literal: \(YAMLText.scalar(institution))")
            lines.append("issued: \(issued(year: year, random: &random))")
            lines.append("publisher: \(YAMLText.scalar(institution))")
            lines.append("number: \"\(year)/\(random.int(in: 1...40))\"")
            lines.append("URL: https://www.rapporten.example/\(year)/\(Slug.make(institution, maxWords: 2))-\(serial).pdf")
            if random.chance(0.5) {
                doi = "10.5555/rep.\(year).\(serial)"
                lines.append("DOI: \"\(doi!)\"")
            }
        default:
            let site = random.pick(Self.websites)
            let accessed = CivilDate(daysSinceEpoch: random.int(in: 19_000...20_450))
            lines.append("type: webpage")
            let titles = prose.language == .dutch
                ? ["{Drug}", "Informatie over {drug}", "{Condition}: wat kun je zelf doen?", "{Therapy}"]
                : ["{Drug}", "About {drug}", "{Condition}: what can you do yourself?", "{Therapy}"]
            lines.append("title: \(YAMLText.quoted(prose.fill(random.pick(titles), random: &random)))")
            if random.chance(0.6) {
                lines.append("author:")
                lines.append("  - literal: \(YAMLText.scalar(site.0))")
            }
            lines.append("container-title: \(YAMLText.scalar(site.0))")
            lines.append("URL: \(site.1)\(Slug.make(prose.drug))?ref=\(serial)")
            lines.append("accessed: \(accessed.iso)")
            if random.chance(0.4) { lines.append("issued: \(year)") }
        }
        var yaml = ""
        for (index, line) in lines.enumerated() {
            yaml += (index == 0 ? "  - " : "    ") + line + "\n"
        }
        return GeneratedReference(id: id, leadName: leadName, year: year, doi: doi, yaml: yaml)
    }

    private func authorNames(count: Int, random: inout SplitMix64) -> [(particle: String?, family: String, given: String)] {
        random.distinctIndices(count, of: Self.familyNames.count).map { index in
            let name = Self.familyNames[index]
            return (name.particle, name.family, random.pick(Self.givenNames))
        }
    }

    /// `author:` in one of the shapes exports use: flow mappings (most), block mappings, or a particle field.
    private func authorLines(_ names: [(particle: String?, family: String, given: String)], random: inout SplitMix64) -> [String] {
        var lines = ["author:"]
        let block = random.chance(0.15)
        for name in names {
            let particle = name.particle.map { ", non-dropping-particle: \($0)" } ?? ""
            if block {
                lines.append("  - family: \(YAMLText.scalar(name.family))")
                lines.append("    given: \(YAMLText.quoted(name.given))")
                if let value = name.particle { lines.append("    non-dropping-particle: \(value)") }
            } else {
                lines.append("  - {family: \(YAMLText.scalar(name.family)), given: \(YAMLText.scalar(name.given))\(particle)}")
            }
        }
        return lines
    }

    /// `issued` as a year, `"YYYY-MM"`, or `{date-parts: [[…]]}`.
    private func issued(year: Int, random: inout SplitMix64) -> String {
        let month = random.int(in: 1...12)
        switch random.below(4) {
        case 0: return "\(year)"
        case 1: return "\"\(year)-\(CivilDate.twoDigits(month))\""
        case 2: return "{date-parts: [[\(year), \(month)]]}"
        default: return "{date-parts: [[\(year), \(month), \(random.int(in: 1...28))]]}"
        }
    }
}
