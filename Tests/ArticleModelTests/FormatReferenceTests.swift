// ldpub — MIT licence.

import ArticleModel
import Foundation
import Testing

/// Docs/Format.md, the input format's reference, stays in step with the JSON Schemas and its
/// complete minimal site validates.
@Suite struct FormatReferenceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func reference() throws -> String {
        try String(contentsOf: repository.appendingPathComponent("Docs/Format.md"), encoding: .utf8)
    }

    /// Every key that a schema's `properties` names, anywhere in it (`$defs` included).
    static func keys(ofSchema name: String) throws -> Set<String> {
        let data = try Data(contentsOf: repository.appendingPathComponent("Schemas/\(name)"))
        var keys: Set<String> = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let properties = object["properties"] as? [String: Any] { keys.formUnion(properties.keys) }
                for child in object.values { walk(child) }
            } else if let array = value as? [Any] {
                for child in array { walk(child) }
            }
        }
        walk(try JSONSerialization.jsonObject(with: data))
        return keys
    }

    @Test(arguments: ["site.schema.json", "article.schema.json"])
    func everyKeyOfTheSchemaIsDocumented(_ schema: String) throws {
        let reference = try Self.reference()
        let keys = try Self.keys(ofSchema: schema)
        #expect(keys.count > 10)
        let missing = keys.filter { !reference.contains("`\($0)`") && !reference.contains("`\($0).") && !reference.contains(".\($0)`") }
        #expect(missing.isEmpty, "keys of \(schema) that Docs/Format.md does not name: \(missing.sorted())")
    }

    /// The YAML blocks that follow "`site.yaml`:" and "`slaap-en-cafeine.yaml`:" in the last section.
    static func minimalSite() throws -> (site: String, article: String) {
        let reference = try Self.reference()
        let section = try #require(reference.range(of: "## A complete minimal site")).upperBound
        let blocks = reference[section...].components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```\n")[0] }
        try #require(blocks.count == 2)
        return (blocks[0], blocks[1])
    }

    @Test func theMinimalSiteValidatesWithoutWarnings() throws {
        let (site, article) = try Self.minimalSite()
        let result = InputValidator(vocabulary: FixtureSupport.vocabulary).validate(
            site: SourceFile(path: "Articles/site.yaml", bytes: Array(site.utf8)),
            articles: [SourceFile(path: "Articles/slaap-en-cafeine.yaml", bytes: Array(article.utf8))])
        #expect(result.diagnostics.map(\.message) == [])
        #expect(result.publication?.articles.first?.sections.first?.claims.count == 1)
    }
}
