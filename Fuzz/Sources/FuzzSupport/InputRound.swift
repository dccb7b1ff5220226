// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataJSON
import YAMLNodes

/// One fuzz input through the whole input path: the YAML loader, then validation in three
/// arrangements, then both renderings of the diagnostics, then (for input that validates)
/// the build and its output checks.
///
/// The arrangements: the bytes as the only article next to the base site; the bytes as site.yaml
/// next to the base article; and the bytes split at lines that are exactly `---`, the first
/// part as site.yaml and each other part as an article, so cross-file checks see fuzzed files
/// on both sides.
public struct InputRound: Sendable {
    private let validator = InputValidator(vocabulary: FuzzVocabulary.terms)
    private let outputCheck = BuildCheck()

    /// Creates a round with the default limits.
    public init() {}

    /// Runs `bytes` through every arrangement; returns the problems found (empty when all is well).
    public func problems(_ bytes: [UInt8]) -> [String] {
        _ = try? YAMLLoader(tagPolicy: .ignore).loadAll(bytes, file: "Articles/any.yaml")
        let baseSite = SourceFile(path: "Articles/site.yaml", text: BaseInput.site)
        let baseArticle = SourceFile(path: "Articles/base-article.yaml", text: BaseInput.article)
        var problems: [String] = []
        problems += check(site: baseSite, articles: [SourceFile(path: "Articles/fuzz.yaml", bytes: bytes)])
        problems += check(site: SourceFile(path: "Articles/site.yaml", bytes: bytes), articles: [baseArticle])
        let parts = Self.split(bytes)
        if parts.count > 1 {
            let articles = parts.dropFirst().enumerated().map { SourceFile(path: "Articles/a\($0.offset).yaml", bytes: $0.element) }
            problems += check(site: SourceFile(path: "Articles/site.yaml", bytes: parts[0]), articles: articles)
        }
        return problems
    }

    /// The bytes cut at every line that is exactly `---` (the line itself dropped).
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                let line = bytes[lineStart..<index]
                if line.elementsEqual("---".utf8) || line.elementsEqual("---\r".utf8) {
                    parts.append(current)
                    current = []
                } else {
                    current += bytes[lineStart..<min(index + 1, bytes.count)]
                }
                lineStart = index + 1
            }
            index += 1
        }
        parts.append(current)
        return parts
    }

    private func check(site: SourceFile, articles: [SourceFile]) -> [String] {
        let result = validator.validate(site: site, articles: articles)
        var sources: [String: [UInt8]] = [site.path: site.bytes]
        for article in articles { sources[article.path] = article.bytes }
        let files = sources
        var problems: [String] = []
        let diagnostics = result.diagnostics
        if result.succeeded != (diagnostics.errorCount == 0) {
            problems.append("succeeded is \(result.succeeded) with \(diagnostics.errorCount) errors")
        }
        for diagnostic in diagnostics {
            let spans = [diagnostic.span] + diagnostic.notes.map(\.span)
            for span in spans where files[span.file] == nil || span.start.line < 1 || span.start.column < 1 || span.end < span.start {
                problems.append("diagnostic with a bad location: \(span.file):\(span.start)-\(span.end): \(diagnostic.message)")
            }
            if diagnostic.message.isEmpty { problems.append("empty diagnostic message at \(diagnostic.span.file):\(diagnostic.span.start)") }
        }
        let text = DiagnosticRenderer { files[$0] }.text(diagnostics)
        if text.utf8.count > 64 * 1024 * 1024 { problems.append("diagnostics text of \(text.utf8.count) bytes") }
        let json = DiagnosticRenderer().json(diagnostics)
        if (try? JSONValue.parse(Data(json.utf8))) == nil { problems.append("diagnostics JSON does not parse") }
        if let publication = result.publication {
            problems += outputCheck.problems(building: publication, checkingDeterminism: false)
        }
        return problems
    }
}
