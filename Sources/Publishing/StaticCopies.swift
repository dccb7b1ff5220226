// ldpub — MIT licence.

import BuildCache
import ArticleModel
import FeedExport
import Foundation
import YAMLNodes

/// The copies of an input folder's `static/` files (``ArticleModel/StaticFiles``) in the output
/// folder, at the same relative paths.
public enum StaticCopies {
    /// The static files' contents as output files; a file that cannot be read is an error at it.
    public static func read(_ staticFiles: StaticFiles, in folder: InputFolder) -> (files: [OutputFile], problems: [Diagnostic]) {
        var files: [OutputFile] = []
        var problems: [Diagnostic] = []
        for path in staticFiles.paths {
            let full = folder.join(StaticFiles.folderName + "/" + path)
            switch FileReading.contents(of: full) {
            case .success(let bytes):
                files.append(OutputFile(.staticCopy(path), bytes: bytes))
            case .failure(let failure):
                problems.append(.unreadable(StaticFiles.folderName + "/" + path, failure, at: SourceSpan(file: full, at: .start)))
            }
        }
        return (files, problems)
    }

    /// Errors for static files whose copies would take the place of a file the build generates
    /// (`static/feed.xml`, `static/<slug>/index.html`). A `static/robots.txt` is no collision: it
    /// replaces the generated one, as in Hugo. `articleOutputs`: the paths of the articles' files
    /// (the site files are added here).
    public static func collisions(_ staticFiles: StaticFiles, articleOutputs: some Sequence<String>, in folder: InputFolder) -> [Diagnostic] {
        // The few static paths are looked up, not the many generated ones gathered (none: nothing to do).
        guard !staticFiles.paths.isEmpty else { return [] }
        let copies = Set(staticFiles.paths)
        let colliding = Set(articleOutputs.lazy.filter(copies.contains)).union(OutputLayout.siteFiles.filter(copies.contains))
            .subtracting([SiteMap.robotsFileName])
        return staticFiles.paths.filter(colliding.contains).map { path in
            let full = folder.join(StaticFiles.folderName + "/" + path)
            return .error("'\(StaticFiles.folderName)/\(path)' would replace the '\(path)' that ldpub builds; rename or move it", at: SourceSpan(file: full, at: .start))
        }
    }

    /// `files` without the generated robots.txt when `static/` has its own.
    public static func generated(_ files: [OutputFile], besides staticFiles: StaticFiles) -> [OutputFile] {
        staticFiles.contains(SiteMap.robotsFileName) ? files.filter { $0.outputPath != .site(.robots) } : files
    }

    /// A hash of the static files' paths, for the build cache's key: articles' image checks and
    /// the generated robots.txt depend on which files `static/` holds.
    static func listingHash(_ staticFiles: StaticFiles) -> UInt64 {
        ContentHash.of(Array(staticFiles.paths.joined(separator: "\n").utf8))
    }
}
