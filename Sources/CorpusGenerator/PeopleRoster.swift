// ldpub — MIT licence.

/// The publisher and the 20 people and organizations of the generated site: authors and reviewers.
///
/// Every name is made up from common Dutch and international first names and surnames, and
/// every URL uses the reserved `.example` domain, so no real person or organisation is named.
struct PeopleRoster: Sendable {
    /// The site's publisher (its id counts as an affiliation).
    let publisher: SiteAgent
    /// The 20 entries of `people`: 5 organizations, then 15 persons.
    let people: [SiteAgent]

    /// Ids that may author an article.
    var authorIDs: [String] { people.filter { $0.kind == .person || $0.id == "redactie" }.map(\.id) }
    /// Ids that may review an article.
    var reviewerIDs: [String] { people.filter(\.reviews).map(\.id) }

    static let siteURL = "https://www.kliniek-voorbeeldhof.example/"

    private static let firstNames = [
        "Anouk", "Joël", "Chloë", "Zoë", "Daniël", "Renée", "Noël", "Inès", "Sébastien", "Maël", "Eline", "Thijs",
        "Sanne", "Björn", "Fenna", "Jurriën", "Aïsha", "Sven", "Lieke", "Mirjam", "Siobhán", "Ömer",
    ]
    private static let surnames = [
        "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "’t Hart", "Mulder", "de Boer", "Dekker",
        "Brouwer", "van Dijk", "Kuipers", "Hoekstra", "Çelik", "El Amrani", "Müller", "O'Connor", "Nguyễn", "Peeters",
    ]
    private static let jobTitles: [(title: String, reviews: Bool)] = [
        ("Psychiater", true), ("Neuroloog", true), ("Cardioloog", true), ("Huisarts", true), ("GZ-psycholoog", true),
        ("Ziekenhuisapotheker", true), ("Internist-endocrinoloog", true), ("Longarts", true),
        ("Medisch journalist", false), ("Wetenschapsredacteur", false), ("Clinical pharmacologist", true),
        ("Eindredacteur “Kennisbank”", false),
    ]

    /// Draws the roster from `random`.
    init(random: inout SplitMix64) {
        let base = Self.siteURL
        publisher = SiteAgent(
            id: "kliniek-voorbeeldhof", kind: .organization, name: "Kliniek Voorbeeldhof", jobTitle: nil, affiliation: nil,
            url: base, logo: base + "images/logo.png", sameAs: [], reviews: false)
        var people: [SiteAgent] = [
            SiteAgent(id: "redactie", kind: .organization, name: "Redactie Kliniek Voorbeeldhof", jobTitle: nil,
                      affiliation: "kliniek-voorbeeldhof", url: base + "redactie/", logo: nil, sameAs: [], reviews: false),
            SiteAgent(id: "medisch-team", kind: .organization, name: "Medisch team Kliniek Voorbeeldhof", jobTitle: nil,
                      affiliation: "kliniek-voorbeeldhof", url: base + "medisch-team/", logo: nil, sameAs: [], reviews: true),
            SiteAgent(id: "afdeling-psychiatrie", kind: .organization, name: "Afdeling Psychiatrie — Kliniek Voorbeeldhof",
                      jobTitle: nil, affiliation: "kliniek-voorbeeldhof", url: base + "psychiatrie/", logo: nil, sameAs: [],
                      reviews: false),
            SiteAgent(id: "stichting-voorbeeld-gezondheid", kind: .organization, name: "Stichting Voorbeeld & Gezondheid",
                      jobTitle: nil, affiliation: nil, url: "https://www.voorbeeld-gezondheid.example/",
                      logo: "https://www.voorbeeld-gezondheid.example/logo.svg",
                      sameAs: ["https://www.wikidata.example/wiki/Q4200017"], reviews: false),
            SiteAgent(id: "umc-voorbeeldstad", kind: .organization, name: "Universitair Medisch Centrum Voorbeeldstad",
                      jobTitle: nil, affiliation: nil, url: "https://www.umc-voorbeeldstad.example/",
                      logo: "https://www.umc-voorbeeldstad.example/assets/logo.png", sameAs: [], reviews: false),
        ]
        let organizations = ["kliniek-voorbeeldhof", "afdeling-psychiatrie", "umc-voorbeeldstad", "stichting-voorbeeld-gezondheid"]
        var usedIDs = Set(people.map(\.id))
        let firstOrder = random.distinctIndices(15, of: Self.firstNames.count)
        for slot in 0..<15 {
            let name = Self.firstNames[firstOrder[slot]] + " " + random.pick(Self.surnames)
            var id = Slug.make(name)
            var counter = 2
            while usedIDs.contains(id) {
                id = Slug.make(name) + "-\(counter)"
                counter += 1
            }
            usedIDs.insert(id)
            let job = Self.jobTitles[slot < 10 ? slot % 8 : random.below(Self.jobTitles.count)]
            var sameAs: [String] = []
            if random.chance(0.6) { sameAs.append("https://research.umc-voorbeeldstad.example/people/\(id)") }
            if random.chance(0.3) { sameAs.append("https://www.linkedin.example/in/\(id)") }
            people.append(SiteAgent(
                id: id, kind: .person, name: name, jobTitle: job.title,
                affiliation: random.chance(0.85) ? random.pick(organizations) : nil,
                url: random.chance(0.5) ? base + "team/\(id)/" : nil, logo: nil, sameAs: sameAs, reviews: job.reviews))
        }
        self.people = people
    }
}
