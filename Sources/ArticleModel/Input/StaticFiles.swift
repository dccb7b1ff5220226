// ldpub — MIT licence.

import Foundation

/// The files under an input folder's `static/`, which a build copies into the output folder as
/// they are, at the same relative paths (as Hugo does): `static/images/brein.jpg` becomes
/// `Output/images/brein.jpg`, published at `<site url>images/brein.jpg`.
///
/// Hidden files and folders are skipped. A symbolic link is copied only when it resolves to a
/// regular file inside the input folder, so nothing from elsewhere on the machine is published.
public struct StaticFiles: Sendable, Hashable {
    /// The reserved folder name.
    public static let folderName = "static"

    /// The files' paths relative to `static/` (`images/brein.jpg`), sorted.
    public let paths: [String]
    /// Files that cannot be copied (links out of the input folder, special files), with why.
    public let problems: [Diagnostic]
    private let pathSet: Set<String>

    /// The static files of `folder`; none when it has no `static/`.
    public init(of folder: InputFolder) {
        let root = folder.join(Self.folderName)
        let realInput = URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path
        var paths: [String] = []
        var problems: [Diagnostic] = []
        Self.walk(root: root, relative: "", realInput: realInput, paths: &paths, problems: &problems)
        self.init(paths: paths.sorted(), problems: problems)
    }

    /// Static files by their paths relative to `static/` (for tests and in-memory builds).
    public init(paths: [String], problems: [Diagnostic] = []) {
        self.paths = paths
        self.problems = problems
        pathSet = Set(paths)
    }

    /// Whether `static/` holds a file at `path` (relative to `static/`).
    public func contains(_ path: String) -> Bool { pathSet.contains(path) }

    /// The static file that a relative `image.url` names, resolved against the site URL, or nil
    /// when it names none (an absolute URL names none either).
    ///
    /// `images/brein.jpg`, `./images/brein.jpg` and, for a site at the root of its host,
    /// `/images/brein.jpg` name `static/images/brein.jpg`; a query or fragment is ignored and
    /// percent-escapes are decoded.
    public static func path(named url: String, siteURL: String) -> String? {
        guard !URLResolution.hasScheme(url), !url.hasPrefix("//") else { return nil }
        var path = Substring(url)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        if path.hasPrefix("/") {
            guard let sitePath = WebURL.path(of: siteURL), path.hasPrefix(sitePath) else { return nil }
            path = path.dropFirst(sitePath.count)
        }
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        guard let decoded = String(path).removingPercentEncoding, !decoded.isEmpty,
              !decoded.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
        else { return nil }
        return decoded
    }

    private static func walk(root: String, relative: String, realInput: String, paths: inout [String], problems: inout [Diagnostic]) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !name.hasPrefix(".") {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let childPath = root + "/" + childRelative
            var info = stat()
            guard lstat(childPath, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(root: root, relative: childRelative, realInput: realInput, paths: &paths, problems: &problems)
            case S_IFREG:
                paths.append(childRelative)
            case S_IFLNK:
                let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
                var targetInfo = stat()
                let inside = target != realInput && InputFolder.isInside(target, realRoot: realInput)
                if inside && stat(target, &targetInfo) == 0 && targetInfo.st_mode & S_IFMT == S_IFREG {
                    paths.append(childRelative)
                } else {
                    problems.append(.error("'\(Self.folderName)/\(childRelative)' is a symbolic link that does not lead to a regular file inside the input folder; ldpub does not copy it",
                                           at: .init(file: childPath, at: .start)))
                }
            default:
                problems.append(.error("'\(Self.folderName)/\(childRelative)' is not a regular file; ldpub does not copy it", at: .init(file: childPath, at: .start)))
            }
        }
    }

    /// An error when the article's relative `image.url` names no file of `static/`; a warning
    /// when it is a path outside the site (`/img/a.jpg` on a site at `https://example.org/kennis/`),
    /// which this build cannot publish or check.
    public func imageDiagnostics(of article: Article, siteURL: String) -> [Diagnostic] {
        guard let image = article.image, !WebURL.isAbsoluteHTTP(image.url) else { return [] }
        let span = image.urlSpan ?? article.span
        if image.url.hasPrefix("/"), !image.url.hasPrefix("//"), Self.path(named: image.url, siteURL: siteURL) == nil {
            return [.warning("image '\(image.url)' is outside the site (\(siteURL)), so ldpub neither publishes nor checks it", at: span)]
        }
        let path = Self.path(named: image.url, siteURL: siteURL)
        if let path, contains(path) { return [] }
        // 'static/images/a.jpg': the folder's name written too; its files are published without it.
        if let path, path.hasPrefix(Self.folderName + "/"), contains(String(path.dropFirst(Self.folderName.count + 1))) {
            let published = String(path.dropFirst(Self.folderName.count + 1))
            return [.error("image '\(image.url)' names the folder '\(Self.folderName)/', whose files are published at the site's root: write '\(published)'", at: span)]
        }
        let expected = path.map { "add '\(Self.folderName)/\($0)'" } ?? "name a file of '\(Self.folderName)/'"
        return [.error("image '\(image.url)' is not in the input folder's '\(Self.folderName)/', from where relative image URLs are published: \(expected), or use an http(s) URL", at: span)]
    }
}
