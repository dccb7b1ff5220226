// ldpub — MIT licence.

/// The sentence patterns of one language.
///
/// Patterns name slots in braces, filled by ``ProseWriter``: `{drug}`, `{Drug}` (capitalised),
/// `{condition}`, `{therapy}`, `{Therapy}`, `{part}`, `{mechanism}`, `{n}`, `{pct}`, `{weeks}`,
/// `{mg}` and `{study}`. The text mixes in non-ASCII letters, typographic quotes and dashes, and
/// the characters every output format must escape (`&`, `<`, `>`, `"`, `'`).
struct Phrasebook: Sendable {
    let titles: [String]
    let descriptions: [String]
    let headings: [String]
    let sentences: [String]
    let claims: [String]
    let linkTexts: [String]
    let categories: [String]
    let keywords: [String]
    let imageAlts: [String]
    let locators: [String]
    let studyPhrase: String
    let reviewNote: String

    /// The phrasebook of `language`.
    static func of(_ language: CorpusLanguage) -> Phrasebook {
        language == .dutch ? dutch : english
    }

    static let dutch = Phrasebook(
        titles: [
            "Hoe werkt {drug}? Het effect op je {part} uitgelegd",
            "{Drug} bij {condition}: wat zegt het onderzoek?",
            "{Therapy} of {drug}? Een “eerlijke” vergelijking",
            "{Condition} behandelen met {drug} — wat je moet weten",
            "Bijwerkingen van {drug} & hoe je ermee omgaat",
            "{Drug} in de eerste weken: wat kun je verwachten?",
            "Waarom {drug} bij {condition} niet bij iedereen werkt",
            "{Therapy} bij {condition}: hoe ziet een behandeling eruit?",
        ],
        descriptions: [
            "{Drug} werkt anders dan veel andere middelen: het grijpt aan op {mechanism}, en het effect kan sneller merkbaar zijn.",
            "Een uitleg van wat {drug} doet bij {condition}, voor patiënten en naasten.",
            "Wat weten we over {therapy} en {drug}, en wat (nog) niet? Een overzicht van het onderzoek tot nu toe.",
            "Over dosering, bijwerkingen & de rol van de {part}: de belangrijkste vragen over {drug} beantwoord.",
            "Hoe {condition} ontstaat, hoe {drug} daarop inspeelt en waarom de behandeling “maatwerk” blijft.",
        ],
        headings: [
            "Wat is {condition}?", "Hoe werkt {drug}?", "{Drug} en {mechanism}", "De rol van de {part}",
            "Bijwerkingen & risico’s", "Wat zegt het onderzoek?", "{Therapy} als alternatief", "Dosering, duur en afbouw",
            "Wat we nog niet weten", "Veelgestelde vragen", "Voor wie is {drug} geschikt?", "Praktische tips 💡",
            "Een ander mechanisme dan “klassieke” middelen", "Waarom het effect snel is maar ook weer verdwijnt",
            "{Drug} versus {therapy}: een overzicht", "Wanneer neem je contact op met je arts?",
        ],
        sentences: [
            "{Drug} grijpt aan op {mechanism}, en dat verklaart waarom het effect bij {condition} anders verloopt dan bij klassieke middelen.",
            "Volgens {study} merkte ongeveer {pct}% van de deelnemers binnen {weeks} weken een duidelijke verbetering.",
            "Bij {condition} is de {part} vaak minder actief; {drug} lijkt dat tijdelijk te herstellen.",
            "Artsen combineren {drug} soms met {therapy}, zeker wanneer eerdere behandelingen onvoldoende hielpen.",
            "Meld bijwerkingen zoals misselijkheid, hoofdpijn of duizeligheid altijd bij je huisarts of apotheker.",
            "Onderzoekers zijn het er nog niet over eens of {mechanism} de belangrijkste rol speelt — of slechts één schakel is.",
            "In een kleine studie (n = {n}) daalde de ernst van de klachten met gemiddeld {pct}%, met p < 0,05.",
            "Patiënten beschrijven het effect vaak als “een mist die optrekt”, al verschilt de ervaring sterk per persoon.",
            "De richtlijn adviseert eerst {therapy} te proberen en pas daarna {drug} te overwegen.",
            "Wie {drug} gebruikt, moet alert zijn op interacties met andere geneesmiddelen & supplementen, zoals sint-janskruid.",
            "Over de effecten op lange termijn is nog weinig bekend: de meeste studies duurden korter dan {weeks} weken.",
            "Bij ouderen en bij mensen met verminderde nierfunctie is een lagere startdosis gebruikelijk.",
            "De werking van {drug} op {mechanism} is vooral bij dieren onderzocht; bij mensen is het beeld minder eenduidig.",
            "Een gesprek met je behandelaar helpt om de voor- en nadelen van {therapy} goed tegen elkaar af te wegen.",
            "Ook de {part} reageert op de behandeling, wat de snelle verbetering deels zou kunnen verklaren.",
            "Niet iedereen reageert op {drug}: naar schatting heeft {pct}% van de patiënten er geen baat bij.",
            "Stop nooit op eigen houtje met {drug}; afbouwen gebeurt altijd in overleg met een arts.",
            "In Nederland wordt {therapy} meestal vergoed vanuit de basisverzekering, mits je een verwijzing hebt.",
            "Het woord ‘{condition}’ dekt veel verschillende klachten, en dat maakt onderzoek naar één behandeling lastig.",
            "Zo’n {pct} procent van de deelnemers stopte voortijdig, meestal door bijwerkingen of omdat het effect uitbleef.",
            "{study} vonden dat {therapy} na {weeks} weken even goed werkte als {drug}, maar met minder terugval.",
            "De combinatie van {drug} en alcohol is af te raden, omdat beide de {part} beïnvloeden.",
            "Een dosis van {mg} mg per dag is in de meeste studies het uitgangspunt; hoger doseren gaf zelden extra effect.",
            "Het verschil tussen ‘werkzaam in een studie’ en ‘effectief in de praktijk’ is hier wezenlijk.",
            "Bij een acute crisis is {drug} géén vervanging voor directe hulp: bel dan je huisarts of de huisartsenpost.",
            "Naïeve verwachtingen helpen niet; een realistisch beeld van wat {drug} wel en niet doet, helpt wél.",
            "De eerste resultaten zijn veelbelovend, maar de studies zijn klein en vaak niet geblindeerd.",
            "Omdat {condition} vaak samengaat met slaapproblemen, letten behandelaars ook op het dag-nachtritme.",
            "Sommige media noemden {drug} een \"wondermiddel\", maar dat is te kort door de bocht.",
        ],
        claims: [
            "{Drug} beïnvloedt {mechanism} bij mensen met {condition}.",
            "Bij {condition} verbetert {therapy} de klachten na gemiddeld {weeks} weken.",
            "Ongeveer {pct}% van de patiënten met {condition} reageert op {drug}.",
            "{Drug} verhoogt tijdelijk de activiteit in de {part}.",
            "De combinatie van {drug} en {therapy} werkt beter dan elk van beide afzonderlijk.",
            "Het effect van één behandeling met {drug} neemt na {weeks} weken weer af.",
            "Bijwerkingen van {drug} zijn meestal mild en van korte duur.",
            "{Therapy} verlaagt de kans op terugval bij {condition}.",
            "De werking van {drug} verloopt via {mechanism}, niet via het serotoninesysteem.",
            "Een dosis van {mg} mg {drug} per dag is even werkzaam als een hogere dosis.",
            "Bij {condition} is de {part} kleiner of minder actief dan bij gezonde mensen.",
            "Vrouwen en mannen reageren vergelijkbaar op {drug}.",
            "{Drug} is bij ouderen (≥ 65 jaar) even veilig als bij jongere volwassenen.",
            "Na het stoppen met {drug} keert {condition} bij de helft van de patiënten binnen een jaar terug.",
            "{Drug} is geen \"wondermiddel\" voor {condition}.",
        ],
        linkTexts: [
            "meer over {condition}", "de behandeling met {therapy}", "de richtlijn", "het Farmacotherapeutisch Kompas",
            "ons eerdere artikel", "de bijsluiter", "lees verder", "deze studie",
        ],
        categories: ["Uitleg", "Behandeling", "Onderzoek", "Medicatie", "Leefstijl & preventie"],
        keywords: [
            "behandeling", "bijwerkingen", "onderzoek", "richtlijn", "dosering", "afbouwen", "terugval", "werkingsmechanisme",
            "neuroplasticiteit", "kwaliteit van leven", "therapietrouw", "zelfzorg", "huisarts", "GGZ",
        ],
        imageAlts: [
            "Abstracte weergave van de {part} en neurale verbindingen",
            "Illustratie: hoe {drug} inwerkt op {mechanism}",
            "Een arts bespreekt {therapy} met een patiënt",
            "Schematische tekening van de {part} — niet op schaal",
        ],
        locators: ["p. {n}", "pp. {n}–{m}", "tabel {k}", "fig. {k}", "hoofdstuk {k}", "par. {k}.{j}"],
        studyPhrase: "{family} en collega’s ({year})",
        reviewNote: "Dit artikel is inhoudelijk gecontroleerd door het medisch team. Laatst bijgewerkt op *{date}*."
    )

    static let english = Phrasebook(
        titles: [
            "How does {drug} work? Its effect on the {part} explained",
            "{Drug} for {condition}: what does the research say?",
            "{Therapy} or {drug}? An “honest” comparison",
            "Treating {condition} with {drug} — what you need to know",
            "Side effects of {drug} & how to cope with them",
            "{Drug} in the first weeks: what can you expect?",
            "Why {drug} doesn't work for everyone with {condition}",
            "{Therapy} for {condition}: what does treatment look like?",
        ],
        descriptions: [
            "{Drug} works differently from most other medicines: it acts on {mechanism}, and its effect can appear sooner.",
            "An explanation of what {drug} does in {condition}, for patients and the people close to them.",
            "What do we know about {therapy} and {drug}, and what don't we know yet? An overview of the research so far.",
            "Dosage, side effects & the role of the {part}: the main questions about {drug} answered.",
            "How {condition} develops, how {drug} responds to it, and why treatment remains “tailor-made”.",
        ],
        headings: [
            "What is {condition}?", "How does {drug} work?", "{Drug} and {mechanism}", "The role of the {part}",
            "Side effects & risks", "What does the research say?", "{Therapy} as an alternative", "Dose, duration and tapering",
            "What we don't know yet", "Frequently asked questions", "Who is {drug} suitable for?", "Practical tips 💡",
            "A different mechanism from “classic” medicines", "Why the effect is fast but also fades",
            "{Drug} versus {therapy}: an overview", "When should you contact your doctor?",
        ],
        sentences: [
            "{Drug} acts on {mechanism}, which explains why its effect in {condition} differs from that of classic medicines.",
            "According to {study}, about {pct}% of participants noticed a clear improvement within {weeks} weeks.",
            "In {condition} the {part} is often less active; {drug} appears to restore this temporarily.",
            "Doctors sometimes combine {drug} with {therapy}, especially when earlier treatments did not help enough.",
            "Always report side effects such as nausea, headache or dizziness to your GP or pharmacist.",
            "Researchers don't yet agree whether {mechanism} plays the main role — or is just one link in the chain.",
            "In a small study (n = {n}) symptom severity fell by {pct}% on average, with p < 0.05.",
            "Patients often describe the effect as “a fog lifting”, although the experience varies greatly from person to person.",
            "The guideline recommends trying {therapy} first and only then considering {drug}.",
            "Anyone taking {drug} should watch for interactions with other medicines & supplements, such as St John's wort.",
            "Little is known about the long-term effects: most studies lasted less than {weeks} weeks.",
            "For older people and those with reduced kidney function a lower starting dose is usual.",
            "The effect of {drug} on {mechanism} has mainly been studied in animals; in humans the picture is less clear.",
            "A conversation with your clinician helps to weigh the pros and cons of {therapy} carefully.",
            "The {part} also responds to treatment, which could partly explain the rapid improvement.",
            "Not everyone responds to {drug}: an estimated {pct}% of patients do not benefit from it.",
            "Never stop taking {drug} on your own; tapering is always done in consultation with a doctor.",
            "In many countries {therapy} is covered by basic health insurance, provided you have a referral.",
            "The word ‘{condition}’ covers many different complaints, which makes research into a single treatment difficult.",
            "Some {pct} per cent of participants dropped out early, usually because of side effects or a lack of effect.",
            "{study} found that after {weeks} weeks {therapy} worked as well as {drug}, but with fewer relapses.",
            "Combining {drug} with alcohol is not advised, because both affect the {part}.",
            "A dose of {mg} mg a day is the starting point in most studies; higher doses rarely added anything.",
            "The difference between ‘efficacious in a trial’ and ‘effective in practice’ matters here.",
            "In an acute crisis {drug} is <em>no</em> substitute for immediate help: call your doctor or an emergency line.",
            "Naïve expectations don't help; a realistic picture of what {drug} does and doesn't do does.",
            "The first results are promising, but the studies are small and often not blinded.",
            "Because {condition} often goes together with sleep problems, clinicians also look at the sleep–wake rhythm.",
            "Some newspapers called {drug} a \"miracle drug\", but that oversimplifies things.",
        ],
        claims: [
            "{Drug} affects {mechanism} in people with {condition}.",
            "In {condition}, {therapy} improves symptoms after {weeks} weeks on average.",
            "About {pct}% of patients with {condition} respond to {drug}.",
            "{Drug} temporarily increases activity in the {part}.",
            "Combining {drug} with {therapy} works better than either on its own.",
            "The effect of a single treatment with {drug} fades after {weeks} weeks.",
            "Side effects of {drug} are usually mild and short-lived.",
            "{Therapy} lowers the risk of relapse in {condition}.",
            "{Drug} works through {mechanism}, not through the serotonin system.",
            "A dose of {mg} mg of {drug} a day is as effective as a higher dose.",
            "In {condition} the {part} is smaller or less active than in healthy people.",
            "Women and men respond similarly to {drug}.",
            "{Drug} is as safe in older people (≥ 65 years) as in younger adults.",
            "After stopping {drug}, {condition} returns within a year in half of patients.",
            "{Drug} is not a \"miracle cure\" for {condition}.",
        ],
        linkTexts: [
            "more about {condition}", "treatment with {therapy}", "the guideline", "the national formulary",
            "our earlier article", "the patient leaflet", "read on", "this study",
        ],
        categories: ["Explainer", "Treatment", "Research", "Medication", "Lifestyle & prevention"],
        keywords: [
            "treatment", "side effects", "research", "guideline", "dosage", "tapering", "relapse", "mechanism of action",
            "neuroplasticity", "quality of life", "adherence", "self-care", "general practice", "mental health care",
        ],
        imageAlts: [
            "Abstract rendering of the {part} and neural connections",
            "Illustration: how {drug} acts on {mechanism}",
            "A doctor discusses {therapy} with a patient",
            "Schematic drawing of the {part} — not to scale",
        ],
        locators: ["p. {n}", "pp. {n}–{m}", "table {k}", "fig. {k}", "chapter {k}", "sec. {k}.{j}"],
        studyPhrase: "{family} and colleagues ({year})",
        reviewNote: "This article was medically reviewed by the medical team. Last updated on *{date}*."
    )
}
