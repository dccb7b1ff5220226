// ldpub — MIT licence.

import Foundation
import LinkedDataValidation

/// Step 6 of a build: the site-wide files (feeds, site graph, readers' index, sitemap,
/// robots.txt) made from what step 5 prepared, checked against their standards and staged;
/// when nothing changed, the last build's stand. An output that fails its check (a bug in
/// ldpub) stops the build here.
enum SiteFilesStep {
    /// The site files of this build.
    struct Result: Sendable {
        /// Their paths (made now, or the last build's).
        let paths: [String]
        /// Warnings the check found in them.
        let warnings: Int
        /// They were not made again: nothing changed.
        let unchanged: Bool
    }

    /// Makes, checks and stages the site files from `made` (nil: nothing changed); the checked
    /// files and warnings go into `record`.
    static func run(_ input: BuildInput, site: LoadedSite, output: OpenedOutput, made: CrossFileStep.Prepared?,
                    into record: inout BuildRecord) throws(BuildStop) -> Result {
        guard let made else {
            if record.checked.contains(where: \.hasErrors) { throw BuildStop(.outputCheck(record.checked.filter(\.hasErrors))) }
            let last = output.cache?.last
            let result = Result(paths: last?.siteOutputs.map(\.path) ?? [], warnings: last?.siteOutputWarnings ?? 0, unchanged: true)
            record.outputWarnings += result.warnings
            return result
        }
        let files: [OutputFile]
        do {
            files = StaticCopies.generated(
                try SiteOutputs.make(site: site.site, fragments: made.fragments, articles: made.articles, newest: made.newest,
                                     drawing: site.drawing, templates: site.templates),
                besides: site.staticFiles)
        } catch {
            throw BuildStop(.graphDrawing(error))
        }
        let checked = files.filter(\.outputPath.isCheckedByBuild).compactMap { file in
            input.checker.check(contents: Data(file.bytes), path: file.path)
        }
        record.checked += checked
        record.checked.sort { $0.path < $1.path }
        if record.checked.contains(where: \.hasErrors) { throw BuildStop(.outputCheck(record.checked.filter(\.hasErrors))) }
        for file in files { output.sink.stage(file) }
        let result = Result(paths: files.map(\.path), warnings: checked.reduce(0) { $0 + $1.problems.count { $0.severity == .warning } }, unchanged: false)
        record.outputWarnings += result.warnings
        return result
    }
}
