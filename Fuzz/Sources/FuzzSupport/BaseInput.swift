// ldpub — MIT licence.

/// A valid site and article (copies of the test fixtures in `Tests/ArticleModelTests/Fixtures/BaseSite`)
/// to put next to the fuzzed file.
enum BaseInput {
    /// `site.yaml`.
    static let site = #"""
# yaml-language-server: $schema=../../../../Schemas/site.schema.json
# The site every invalid fixture is validated with (site-*.yaml fixtures replace this file).
title: Kliniek Basis
url: https://www.kliniek-basis.example/
language: nl
description: Een kleine site voor de tests van ldpub.
publisher:
  id: kliniek
  type: Organization
  name: Kliniek Basis
  url: https://www.kliniek-basis.example/
  logo: https://www.kliniek-basis.example/logo.png
people:
  - id: redactie
    type: Organization
    name: Redactie Kliniek Basis
    affiliation: kliniek
  - id: jan-jansen
    type: Person
    name: Jan Jansen
    jobTitle: Psychiater
    affiliation: kliniek
    sameAs:
      - https://orcid.org/0000-0002-1825-0097
references:
  - id: gedeeld2020
    type: report
    title: Een gedeeld rapport
    author:
      - literal: Trimbos-instituut
    issued: 2020
    URL: https://www.trimbos.example/rapport
feeds:
  limit: 20
"""#

    /// `base-article.yaml`.
    static let article = #"""
# yaml-language-server: $schema=../../../../Schemas/article.schema.json
# A valid article with no warnings: reviewed, every claim supported, every reference cited.
title: Basisartikel
description: Het artikel waarnaast elk ongeldig voorbeeld wordt gevalideerd.
published: 2025-01-15
reviewed:
  by: jan-jansen
  date: 2025-01-10
authors: [redactie]
sections:
  - heading: Inleiding
    body: |
      Een korte *inleiding*.
    claims:
      - id: basis
        text: Dit artikel steunt op een bron.
        sources:
          - source: basis2019
            locator: p. 12
          - gedeeld2020
references:
  - id: basis2019
    type: article-journal
    title: Een basisstudie
    author:
      - family: Jansen
        given: Jan
    issued:
      date-parts: [[2019, 4]]
    container-title: Tijdschrift voor Tests
    volume: 12
    issue: "3"
    page: 10-20
    DOI: 10.1234/basis.2019
"""#
}
