// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataJSON
import LinkedDataValidation
import Publishing

/// Builds a publication through ldpub's build pipeline (``FolderBuild/inMemory(_:drawGraphs:searchPath:vocabulary:checker:)``,
/// the steps `ldpub build` takes, into memory) and checks every file it produces: the validators of
/// LinkedDataValidation find no error, the JSON-LD of `jsonld.html` cannot close its script
/// element and says what `index.jsonld` says, DOT graphs are lexically sound, every file is
/// UTF-8, and a second build gives the same bytes.
public struct BuildCheck: Sendable {
    private let checker = DocumentChecker()

    /// Creates a check with the bundled schema.org vocabulary.
    public init() {}

    /// The problems found in the build of `publication`; empty when all is well.
    public func problems(building publication: Publication, checkingDeterminism: Bool = true) -> [String] {
        let build = FolderBuild.inMemory(publication, checker: checker)
        switch build.report.failure {
        case nil:
            break
        case .outputCheck(let files)?:
            return files.flatMap { file in file.problems.filter { $0.severity == .error }.map { "\(file.path): output check: \($0.message)" } }
        case .inputErrors?:
            return build.report.validation.diagnostics.filter { $0.severity == .error }.map { "input error (the generator's publication): \($0.message)" }
        case let failure?:
            return ["the build failed: \(failure)"]
        }
        var problems: [String] = []
        let expected = Set(["feed.xml", "atom.xml", "feed.json", "claims.dot"] + publication.articles.flatMap { article in
            ["index.jsonld", "jsonld.html", "claims.dot"].map { "\(article.slug)/\($0)" }
        })
        let paths = Set(build.files.map(\.path))
        if !expected.isSubset(of: paths) {
            problems.append("missing files: \(expected.subtracting(paths).sorted())")
        }
        var jsonLDByFolder: [String: JSONValue] = [:]
        for file in build.files {
            guard String(validating: file.bytes, as: UTF8.self) != nil else {
                problems.append("\(file.path): not UTF-8")
                continue
            }
            if let checked = checker.check(contents: Data(file.bytes), path: file.path) {
                for problem in checked.problems where problem.severity == .error {
                    problems.append("\(file.path): validator: \(problem.message)")
                }
            }
            if file.path.hasSuffix("/index.jsonld") {
                do {
                    jsonLDByFolder[String(file.path.dropLast("/index.jsonld".count))] = try JSONValue.parse(Data(file.bytes))
                } catch {
                    problems.append("\(file.path): JSONValue.parse failed: \(error)")
                }
            }
            if file.path.hasSuffix(".dot"), let problem = DOTSyntax.firstProblem(in: file.bytes) {
                problems.append("\(file.path): DOT: \(problem)")
            }
        }
        for file in build.files where file.path.hasSuffix("/jsonld.html") {
            let folder = String(file.path.dropLast("/jsonld.html".count))
            problems += Self.scriptProblems(file, matching: jsonLDByFolder[folder])
        }
        if checkingDeterminism, FolderBuild.inMemory(publication, checker: checker).files != build.files {
            problems.append("two builds of one publication differ")
        }
        return problems
    }

    /// The snippet is one script element whose content cannot end it early and parses as the page's JSON-LD.
    private static func scriptProblems(_ file: OutputFile, matching jsonLD: JSONValue?) -> [String] {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let open = "<script type=\"application/ld+json\">\n"
        let close = "\n</script>\n"
        guard text.hasPrefix(open), text.hasSuffix(close) else { return ["\(file.path): not one script element"] }
        let body = String(text.dropFirst(open.count).dropLast(close.count))
        let lowered = body.lowercased()
        if lowered.contains("</script") || lowered.contains("<!--") || lowered.contains("<script") {
            return ["\(file.path): the JSON can end or confuse the script element"]
        }
        guard let parsed = try? JSONValue.parse(Data(body.utf8)) else { return ["\(file.path): the script content is not JSON"] }
        if let jsonLD, parsed != jsonLD { return ["\(file.path): differs from index.jsonld"] }
        return []
    }
}
