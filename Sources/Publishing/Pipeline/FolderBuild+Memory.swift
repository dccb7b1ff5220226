// ldpub — MIT licence.

import ArticleModel
import LinkedDataValidation

extension FolderBuild {
    /// A build into memory: its report and the files it made.
    public struct InMemory: Sendable {
        public let report: Report
        /// Every file, sorted by path (none when the build failed).
        public let files: [OutputFile]
    }

    /// Builds `publication` (validated already) into memory, through the same steps as a build of
    /// an input folder: for tests and fuzzers.
    ///
    /// - Parameters:
    ///   - drawGraphs: draw the graphs with Graphviz (found on `searchPath`); nil follows site.yaml.
    public static func inMemory(_ publication: Publication, drawGraphs: Bool? = false, searchPath: String = "/usr/bin:/bin",
                                vocabulary: TermVocabulary = .schemaOrg, checker: DocumentChecker? = nil) -> InMemory {
        let output = MemoryOutput()
        let options = Options(inputPath: "", outputPath: "", vocabulary: vocabulary, drawGraphs: drawGraphs, searchPath: searchPath,
                              memoryOutput: output, publication: publication)
        let report = FolderBuild(options: options, checker: checker).run()
        return InMemory(report: report, files: output.files)
    }
}
