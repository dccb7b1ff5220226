// ldpub — MIT licence.

import ArticleModel
import CorpusGenerator
import Foundation
import SchemaOrgVocabulary
import Testing
import TestScratch

/// The benchmark corpus: deterministic, shaped like real articles, and valid input for ldpub.
@Suite struct CorpusGeneratorTests {
    private static let vocabulary = TermVocabulary(
        types: Set(SchemaOrgVocabulary.current.names(of: [.class])),
        medicalSpecialties: SchemaOrgVocabulary.current.members(of: "MedicalSpecialty"))

    private func validate(_ files: [GeneratedFile], folder: String = "Corpus") -> ValidationResult {
        let site = SourceFile(path: folder + "/site.yaml", text: files[0].text)
        let articles = files.dropFirst().map { SourceFile(path: folder + "/" + $0.relativePath, text: $0.text) }
        return InputValidator(vocabulary: Self.vocabulary).validate(site: site, articles: articles)
    }

    @Test func theSameSeedGivesTheSameBytes() {
        let first = CorpusGenerator(seed: 42, articleCount: 12).files()
        let second = CorpusGenerator(seed: 42, articleCount: 12).files()
        #expect(first == second)
        let other = CorpusGenerator(seed: 43, articleCount: 12).files()
        #expect(first.dropFirst().map(\.text) != other.dropFirst().map(\.text))
    }

    @Test(arguments: [1, 7, 2025] as [UInt64])
    func aSmallCorpusValidatesWithoutErrors(seed: UInt64) throws {
        let files = CorpusGenerator(seed: seed, articleCount: 40).files()
        let result = validate(files)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map { "\($0.span.file):\($0.span.start.line): \($0.message)" })")
        let publication = try #require(result.publication)
        #expect(publication.articles.count == 40)
        #expect(publication.site.people.count == 20)
        #expect(publication.site.references.count == 200)
        // Only the realistic warnings: unsupported claims, uncited references, missing reviews.
        let unexpected = result.diagnostics.filter { diagnostic in
            !(diagnostic.message.contains("unsupported claim") || diagnostic.message.contains("is never cited")
                || diagnostic.message.contains("no medical review"))
        }
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5).map(\.message))")
        #expect(result.diagnostics.contains { $0.message.contains("unsupported claim") })
    }

    @Test func articlesHaveTheShapeOfRealOnes() throws {
        let publication = try #require(validate(CorpusGenerator(seed: 5, articleCount: 60).files()).publication)
        var relations = Set<String>()
        var languages = Set<String>()
        var referenceTypes = Set<String>()
        var specialties = Set<String>()
        for article in publication.articles {
            #expect((6...8).contains(article.sections.count))
            #expect((8...14).contains(article.claims.count))
            #expect((6...10).contains(article.references.count))
            #expect(article.claims.allSatisfy { $0.sources.count <= 3 })
            #expect(article.authors.count >= 1)
            relations.formUnion(article.claims.flatMap { $0.sources.map { "\($0.relation)" } })
            languages.insert(publication.language(of: article))
            referenceTypes.formUnion(article.references.map(\.type))
            if let specialty = article.specialty { specialties.insert(specialty) }
        }
        #expect(relations.count == 3)
        #expect(languages == ["nl", "en"])
        #expect(referenceTypes.isSuperset(of: ["article-journal", "book", "chapter", "report", "webpage"]))
        #expect(specialties.count >= 3)
        let people = publication.site.people
        #expect(Set(people.map(\.kind)).count == 2)
        #expect(people.contains { $0.affiliation != nil })
    }

    @Test func textNeedsEscapingAndHasNonASCIICharacters() {
        let text = CorpusGenerator(seed: 9, articleCount: 30).files().map(\.text).joined()
        for needle in ["&", "<", ">", "\\\"", "'", "é", "ë", "ï", "ü", "“", "—"] {
            #expect(text.contains(needle), "no '\(needle)' in the corpus")
        }
        #expect(text.unicodeScalars.contains { $0.properties.isEmojiPresentation })
        #expect(text.contains("](../") && text.contains("](https://"))
    }

    @Test func articlesAverageAboutElevenKilobytes() {
        let generator = CorpusGenerator(seed: 1, articleCount: 300)
        let bytes = (0..<300).map { generator.articleFile($0).text.utf8.count }
        let average = bytes.reduce(0, +) / bytes.count
        #expect((10_500...12_500).contains(average), "average \(average) bytes")
    }

    @Test func aWrittenFolderValidatesFromDisk() throws {
        let folder = TestScratch.folder.appendingPathComponent("ldpub-corpus-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let summary = try CorpusGenerator(seed: 3, articleCount: 25).write(to: folder)
        #expect(summary.fileCount == 26)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 26)
        let sizes = try names.map { try FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] as! Int }
        #expect(sizes.reduce(0, +) == summary.totalBytes)
        let result = InputValidator(vocabulary: Self.vocabulary).validate(folder: folder)
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.publication?.articles.count == 25)
        // Written in parallel, yet the same bytes as generated in order.
        let expected = CorpusGenerator(seed: 3, articleCount: 25).files()
        for file in expected {
            #expect(FileManager.default.contents(atPath: folder + "/" + file.relativePath) == Data(file.text.utf8))
        }
    }
}
