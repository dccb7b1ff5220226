// ldpub — MIT licence.

import ArticleModel
import Foundation
import InterfaceText
import Testing
import YAMLNodes

/// `<input>/i18n/<lang>.yaml`: a site's own interface texts, read with the YAML loader and
/// reported like site.yaml.
@Suite struct MessageCatalogueFileTests {
    private func makeFolder(_ files: [String: String]) throws -> URL {
        try FixtureSupport.makeFolder(files, prefix: "ldpub-i18n")
    }

    private let site = FixtureSupport.baseSite
    private let article = FixtureSupport.baseArticle
    private var validator: InputValidator { InputValidator(vocabulary: FixtureSupport.vocabulary) }

    @Test func aCatalogueChangesALabelAndIsNoArticle() throws {
        let root = try makeFolder([
            "site.yaml": site, "a.yaml": article,
            "i18n/nl.yaml": "sources.heading: Literatuur\nclaim.no-source-cited: \"Zonder bron\"\n",
        ])
        let result = validator.validate(folder: root.path)
        #expect(result.diagnostics.isEmpty)
        let publication = try #require(result.publication)
        #expect(publication.articles.count == 1)
        #expect(publication.site.messages == ["nl": [.sourcesHeading: "Literatuur", .claimNoSourceCited: "Zonder bron"]])
        let dutch = publication.site.catalogs.catalog(for: "nl-BE")
        #expect(dutch[.sourcesHeading] == "Literatuur")
        #expect(dutch[.relationSupports] == "ondersteunt")
        #expect(publication.site.catalogs.catalog(for: "en")[.sourcesHeading] == "Sources")
    }

    @Test func anUnknownKeyIsALocatedErrorWithASuggestion() throws {
        let root = try makeFolder(["site.yaml": site, "a.yaml": article, "i18n/nl.yaml": "sources.heading: Bronnen\nsources.headng: Literatuur\n"])
        let result = validator.validate(folder: root.path)
        #expect(!result.succeeded)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.file == root.path + "/i18n/nl.yaml")
        #expect(error.span.start.line == 2 && error.span.start.column == 1)
        #expect(error.message == "unknown key 'sources.headng' in the message catalogue (did you mean 'sources.heading'?)")
    }

    /// A translator's placeholder typo would drop a number from the page without a word: an
    /// unknown placeholder is an error, one left out a warning.
    @Test func placeholdersAreChecked() throws {
        let root = try makeFolder(["site.yaml": site, "a.yaml": article, "i18n/de.yaml": """
            summary.claims.other: "{cnt} Aussagen"
            summary.claims.one: "eine Aussage"
            sources.heading: Quellen

            """])
        let result = validator.validate(folder: root.path)
        let catalogue = result.diagnostics.filter { $0.file == root.path + "/i18n/de.yaml" }
        #expect(catalogue.map(\.message) == [
            "'summary.claims.other' has the placeholder {cnt}, which is never filled in (it has {count})",
            "'summary.claims.other' leaves out {count}, so the page will not show it",
            "'summary.claims.one' leaves out {count}, so the page will not show it",
        ], "\(catalogue.map(\.message))")
        #expect(catalogue.map(\.severity) == [.error, .warning, .warning])
        #expect(catalogue.first?.span.start == Mark(line: 1, column: 23))
    }

    /// Pages in a language ldpub has no texts for would show English labels under its `lang`:
    /// the site's language without a catalogue is a warning, and so is a catalogue that gives
    /// only some texts; a built-in language, or a complete catalogue, is none.
    @Test func untranslatedLabelsAreWarnedAbout() throws {
        let french = site.replacingOccurrences(of: "language: nl", with: "language: fr")
        #expect(french != site)
        let root = try makeFolder(["site.yaml": french, "a.yaml": article, "i18n/de.yaml": "sources.heading: Quellen\n"])
        let warnings = validator.validate(folder: root.path).diagnostics.filter { $0.severity == .warning }
        #expect(warnings.contains { $0.file == root.path + "/site.yaml" && $0.message
            == "ldpub has no interface texts for 'fr': the pages show its English labels under lang=\"fr\"; give them in 'i18n/fr.yaml'" },
            "\(warnings.map(\.message))")
        let partial = warnings.first { $0.file == root.path + "/i18n/de.yaml" }
        #expect(partial?.message.hasPrefix("'de' gives 1 of the \(MessageKey.allCases.count) interface texts: pages in 'de' show the other ") == true,
                "\(warnings.map(\.message))")
        let dutch = try makeFolder(["site.yaml": site, "a.yaml": article, "i18n/nl.yaml": "sources.heading: Literatuur\n"])
        #expect(validator.validate(folder: dutch.path).diagnostics.isEmpty)
    }

    /// ldpub's own Dutch texts fill exactly the placeholders of the English ones.
    @Test func theBuiltInCataloguesHaveTheSamePlaceholders() {
        let dutch = MessageCatalog(language: "nl")
        for key in MessageKey.allCases {
            #expect(Set(MessageCatalog.placeholders(in: dutch[key])) == Set(MessageCatalog.placeholders(in: MessageCatalog.english[key])), "\(key)")
        }
    }

    @Test func aValueMustBeTextAndTheFileNameALanguageTag() throws {
        let root = try makeFolder(["site.yaml": site, "i18n/nl.yaml": "claim.number: [1]\n", "i18n/not_a_tag.yaml": "facts.published: x\n"])
        let messages = validator.validate(folder: root.path).diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains("'claim.number' expects text, got a sequence"))
        #expect(messages.contains { $0.hasPrefix("'not_a_tag' is not a BCP 47 language tag") })
    }

    @Test func builtInCataloguesFallBack() {
        #expect(MessageCatalog(language: "nl-NL")[.published] == "Gepubliceerd")
        #expect(MessageCatalog(language: "de")[.published] == "Published")
        #expect(MessageCatalog(language: "nl").date(year: 2025, month: 12, day: 30) == "30 december 2025")
        #expect(MessageCatalog(language: "en-GB").date(year: 2025, month: 12, day: 30) == "30 December 2025")
        #expect(MessageCatalog(language: "de", overrides: ["de": [.published: "Veröffentlicht"]])[.published] == "Veröffentlicht")
        #expect(MessageCatalog(language: "nl-BE", overrides: ["nl-be": [.published: "Verschenen"]])[.published] == "Verschenen")
        #expect(MessageCatalog(language: "nl").counted(1, one: .summaryClaimsOne, other: .summaryClaimsOther) == "1 bewering")
        #expect(MessageCatalog(language: "nl").counted(24, one: .summaryClaimsOne, other: .summaryClaimsOther) == "24 beweringen")
    }

    @Test func everyKeyHasAnEnglishAndADutchText() {
        for key in MessageKey.allCases {
            #expect(MessageCatalog(language: "en")[key] != key.rawValue)
            #expect(MessageCatalog(language: "nl")[key] != key.rawValue)
        }
    }
}
