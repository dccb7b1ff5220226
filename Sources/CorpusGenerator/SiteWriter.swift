// ldpub — MIT licence.

/// Writes `site.yaml`: the site settings, the publisher, 20 people and organizations, and the
/// shared references.
struct SiteWriter: Sendable {
    let seed: UInt64
    let articleCount: Int
    let roster: PeopleRoster
    let references: [GeneratedReference]

    func file() -> GeneratedFile {
        var out = """
            # yaml-language-server: $schema=../Schemas/site.schema.json
            #
            # Synthetic site of the ldpub benchmark corpus (seed \(seed), \(articleCount) articles), written by
            # ldpub-corpus. "Kliniek Voorbeeldhof" is fictional: every URL uses the reserved .example domain,
            # every DOI the 10.5555 example prefix, and every name is made up.

            title: "Kliniek Voorbeeldhof — Kennisbank"
            url: \(PeopleRoster.siteURL)
            language: nl
            description: >-
              Medisch gecontroleerde uitleg over aandoeningen, geneesmiddelen en behandelingen,
              geschreven door de redactie van Kliniek Voorbeeldhof & haar specialisten.

            publisher:

            """
        out += roster.publisher.yaml(indent: 2, listItem: false)
        out += "\npeople:\n"
        for agent in roster.people { out += agent.yaml(indent: 2, listItem: true) }
        out += "\nreferences:\n"
        for (position, reference) in references.enumerated() {
            if position > 0 { out += "\n" }
            out += reference.yaml
        }
        out += """

            feeds:
              limit: 20
              copyright: "© 2025 Kliniek Voorbeeldhof & auteurs. Alle rechten voorbehouden."

            """
        return GeneratedFile(relativePath: "site.yaml", text: out)
    }
}
