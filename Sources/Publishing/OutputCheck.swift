// ldpub — MIT licence.

import ArticleModel
import Foundation
import LinkedDataValidation

/// Checks what a build produced, before anything is written: every page's JSON-LD against the
/// schema.org vocabulary, and the RSS, Atom and JSON Feed against their standards.
///
/// The pages are checked as the JSON values the exporter built (no reparsing), on all cores.
public struct OutputCheck: Sendable {
    private let checker: DocumentChecker

    /// Creates a check with the bundled vocabulary.
    public init(checker: DocumentChecker = DocumentChecker()) {
        self.checker = checker
    }

    /// The checked files with their problems, in path order; files without problems are included.
    public func run(_ build: SiteBuild.Result, publication: Publication) -> [CheckedFile] {
        let pages = build.pages.concurrentMap { page in
            CheckedFile(path: "\(page.article.slug)/index.jsonld", kind: .jsonLD,
                        problems: checker.jsonLD.validate(page.jsonLD, base: publication.pageURL(of: page.article)))
        }
        let others = build.files.filter { $0.path.hasSuffix(".xml") || $0.path.hasSuffix(".json") }.compactMap { file in
            checker.check(contents: Data(file.bytes), path: file.path)
        }
        return (pages + others).sorted { $0.path < $1.path }
    }
}
