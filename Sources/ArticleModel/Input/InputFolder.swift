// ldpub — MIT licence.

import Foundation
import YAMLNodes

/// Finds and reads the files of an input folder: `site.yaml`, the message catalogues in
/// `i18n/`, and every `*.yaml` / `*.yml` article below it (outside `i18n/`).
///
/// `static/` holds files to copy, not articles (``StaticFiles``), `bibliography/` the CSL
/// files that `bibliography:` keys name (``BibliographyFiles``), and `templates/` the site's
/// page templates: nothing in them is an article. Hidden files and folders
/// (`.name`) are skipped. A symbolic link is followed only when
/// it resolves to a regular file inside the input folder; links to folders are not followed.
/// Files larger than the limit are reported without being read.
public struct InputFolder: Sendable {
    /// The folder as the user typed it, without a trailing slash.
    public let path: String
    /// The largest file read.
    public let maxFileBytes: Int

    /// The reserved name of the site configuration.
    public static let siteFileName = "site.yaml"
    /// The reserved folder of the site's message catalogues, `i18n/<lang>.yaml`.
    public static let messagesFolderName = "i18n"
    /// The reserved folder of the site's page templates, `templates/*.mustache`.
    public static let templatesFolderName = "templates"

    /// Creates an input folder.
    public init(path: String, maxFileBytes: Int) {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.path = trimmed
        self.maxFileBytes = maxFileBytes
    }

    /// One file found: where it is (and whether through a symbolic link, whose target's changes
    /// are not changes of the link's own name), or why it cannot be read.
    public enum Entry: Sendable {
        case file(path: String, viaLink: Bool)
        case problem(Diagnostic)
    }

    /// A path found by ``articleEntries()``, relative to the input folder.
    public func relativePath(of filePath: String) -> String {
        let prefix = path == "/" ? "/" : path + "/"
        return filePath.hasPrefix(prefix) ? String(filePath.dropFirst(prefix.count)) : filePath
    }

    /// The path of site.yaml, as diagnostics name it.
    public var sitePath: String { join(Self.siteFileName) }

    /// Names people give the site configuration instead of its reserved name.
    public static let misnamedSiteFileNames = ["site.yml", "site.json", "Site.yaml", "Site.yml"]

    /// When site.yaml is missing: a misnamed site configuration at the top of the folder
    /// (`site.yml`, …), its name and its path as diagnostics name it. It is not an article.
    public var misnamedSiteFile: (name: String, path: String)? {
        var info = stat()
        guard lstat(sitePath, &info) != 0 else { return nil }
        return Self.misnamedSiteFileNames.lazy.map { (name: $0, path: join($0)) }.first { lstat($0.path, &info) == 0 }
    }

    /// The paths of the message catalogues, `i18n/*.yaml` and `i18n/*.yml` (hidden files
    /// skipped), sorted; none when there is no such folder.
    public func messageFilePaths() -> [String] {
        let folder = join(Self.messagesFolderName)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
            .map { folder + "/" + $0 }
    }

    /// Lists the article files (paths as diagnostics name them), sorted, and problems with entries.
    /// Neither site.yaml nor, when it is missing, a misnamed site file (``misnamedSiteFile``) is one.
    public func articleEntries() -> [Entry] {
        let root = URL(fileURLWithPath: path)
        let realRoot = root.resolvingSymlinksInPath().path
        var entries: [Entry] = []
        let siteNames = Set([Self.siteFileName] + [misnamedSiteFile?.name].compactMap { $0 })
        walk(relative: "", realRoot: realRoot, siteNames: siteNames, into: &entries)
        // Positions are sorted, not entries: an entry is as large as a diagnostic, and a sort of
        // 10,000 of them spent more time copying them than comparing paths.
        let paths = entries.map(entryPath)
        return paths.indices.sorted { paths[$0] < paths[$1] }.map { entries[$0] }
    }

    /// Whether `listing`, this folder's ``articleEntries()`` when a build began, is still what
    /// that would list, given `heard`: every path (relative to the folder) created, changed,
    /// moved or removed since, as a watcher heard them. Each heard path is looked at, never the
    /// rest; any doubt answers false (list again):
    /// - a listing with a link or a problem (what they list depends on files elsewhere);
    /// - a heard path named like site.yaml or a misnamed site file at the top (they decide which
    ///   files are articles);
    /// - a heard `.yaml`/`.yml` file that is not listed, a listed one that is no longer a regular
    ///   file, a heard folder, or a heard path that had listed files below it.
    ///
    /// Paths no listing can include are passed over: hidden names, and `static/`, `bibliography/`,
    /// `i18n/` and `templates/` at the top.
    public func stillLists(_ listing: [Entry], heard: Set<String>) -> Bool {
        var listed: [String] = []
        listed.reserveCapacity(listing.count)
        for entry in listing {
            guard case .file(let path, false) = entry else { return false }
            listed.append(path)
        }
        let siteNames = Set([Self.siteFileName] + Self.misnamedSiteFileNames)
        return heard.allSatisfy { relative in
            let components = relative.split(separator: "/", omittingEmptySubsequences: false)
            guard let first = components.first, !first.isEmpty, let name = components.last, !name.isEmpty else { return false }
            if components.contains(where: { Self.isHidden($0) }) || Self.reservedFolderNames.contains(String(first)) { return true }
            if components.count == 1 && siteNames.contains(relative) { return false }
            let path = join(relative)
            var info = stat()
            let type = lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
            let index = Self.lowerBound(of: path, in: listed)
            // Byte for byte: two names can be equal as Swift strings (canonically equivalent) and still be two files.
            if index < listed.count && listed[index] == path { return type == S_IFREG && listed[index].utf8.elementsEqual(path.utf8) }
            if Self.isArticleName(name) || type == S_IFDIR || type == S_IFLNK { return false }
            let folder = path + "/"
            return !listed.contains { $0.hasPrefix(folder) }
        }
    }

    /// The first index of `sorted` whose path is not before `path`, in ``articleEntries()``'s order.
    private static func lowerBound(of path: String, in sorted: [String]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func entryPath(_ entry: Entry) -> String {
        switch entry {
        case .file(let path, _): return path
        case .problem(let diagnostic): return diagnostic.file
        }
    }

    /// The path of `relative` (`static/images/a.jpg`) inside the folder, as diagnostics name it.
    public func join(_ relative: String) -> String {
        path == "/" ? "/" + relative : path + "/" + relative
    }

    /// Names never listed, nor looked into: hidden ones (editors' swap files, `.git`).
    private static func isHidden(_ name: some StringProtocol) -> Bool { name.hasPrefix(".") }

    /// The names an article file has.
    private static func isArticleName(_ name: some StringProtocol) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

    /// The names at the top that hold no articles: static files, bibliography files (never read
    /// as articles), message catalogues, page templates. None is an article's name, so nothing
    /// of these names is listed, whatever it is.
    private static let reservedFolderNames: Set = [StaticFiles.folderName, BibliographyFiles.folderName, messagesFolderName, templatesFolderName]

    private func walk(relative: String, realRoot: String, siteNames: Set<String>, into entries: inout [Entry]) {
        let directory = relative.isEmpty ? path : join(relative)
        for (name, knownType) in Self.names(in: directory)
        where !Self.isHidden(name) && !(relative.isEmpty && Self.reservedFolderNames.contains(name)) {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let childPath = join(childRelative)
            let isYAML = Self.isArticleName(name)
            var type = knownType
            if type == nil {
                var info = stat()
                guard lstat(childPath, &info) == 0 else { continue }
                type = info.st_mode & S_IFMT
            }
            switch type {
            case S_IFDIR:
                walk(relative: childRelative, realRoot: realRoot, siteNames: siteNames, into: &entries)
            case S_IFLNK:
                if !isYAML, let problem = Self.linkToFolderOfArticles(childRelative, at: childPath) {
                    entries.append(.problem(problem))
                    continue
                }
                // site.yaml is not an article; ``read(_:)`` applies the same policy to it.
                guard isYAML, !(relative.isEmpty && siteNames.contains(name)) else { continue }
                let target = URL(fileURLWithPath: childPath).resolvingSymlinksInPath().path
                var targetInfo = stat()
                if !Self.isInside(target, realRoot: realRoot) {
                    entries.append(.problem(.error("'\(childRelative)' is a symbolic link to a file outside the input folder; ldpub does not follow it", at: .init(file: childPath, at: .start))))
                } else if stat(target, &targetInfo) != 0 || targetInfo.st_mode & S_IFMT != S_IFREG {
                    entries.append(.problem(.error("'\(childRelative)' is a symbolic link that does not lead to a regular file", at: .init(file: childPath, at: .start))))
                } else {
                    entries.append(.file(path: childPath, viaLink: true))
                }
            case S_IFREG:
                guard isYAML, !(relative.isEmpty && siteNames.contains(name)) else { continue }
                entries.append(.file(path: childPath, viaLink: false))
            default:
                if isYAML {
                    entries.append(.problem(.error("'\(childRelative)' is not a regular file", at: .init(file: childPath, at: .start))))
                }
            }
        }
    }

    /// An error for a symbolic link to a folder that holds article files: ldpub follows no link
    /// to a folder (it could lead out of the input folder, or in a loop), and skipping its
    /// articles without a word would lose them. A link to a folder without any is ignored, as
    /// other files are.
    private static func linkToFolderOfArticles(_ relative: String, at path: String) -> Diagnostic? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              names(in: path).contains(where: { !isHidden($0.name) && isArticleName($0.name) }) else { return nil }
        return .error("'\(relative)' is a symbolic link to a folder of articles; ldpub does not follow links to folders, so they would not be built: move the folder into the input folder (or link each file)",
                      at: .init(file: path, at: .start))
    }

    /// The names in `directory` (without `.` and `..`), each with its type (`S_IFREG`, `S_IFDIR`,
    /// `S_IFLNK`…) when the file system tells it while listing (most do: a folder of 10,000
    /// articles is listed without 10,000 `lstat` calls); nil when it must be looked up. A name
    /// that is not UTF-8 is given without a type: looked up by its repaired spelling, it is not found.
    private static func names(in directory: String) -> [(name: String, type: mode_t?)] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var result: [(String, mode_t?)] = []
        while let entry = readdir(stream) {
            let (name, valid) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                let name = String(decoding: bytes, as: UTF8.self)
                return (name, name.utf8.elementsEqual(bytes))
            }
            if name == "." || name == ".." { continue }
            let type: mode_t? = switch Int32(entry.pointee.d_type) {
            case _ where !valid: nil
            case Int32(DT_REG): S_IFREG
            case Int32(DT_DIR): S_IFDIR
            case Int32(DT_LNK): S_IFLNK
            case Int32(DT_UNKNOWN): nil
            default: S_IFIFO  // a device, pipe or socket: not a regular file
            }
            result.append((name, type))
        }
        return result
    }

    /// Whether the resolved path `target` is the folder `realRoot` or below it.
    static func isInside(_ target: String, realRoot: String) -> Bool {
        target == realRoot || target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    /// Reads a file found by ``articleEntries()`` or site.yaml, within the size limit.
    ///
    /// A symbolic link is read only when it resolves to a file inside the input folder, so
    /// neither site.yaml nor a source excerpt can show a file from elsewhere.
    public func read(_ filePath: String) -> Result<SourceFile, Diagnostic> {
        let location = SourceSpan(file: filePath, at: .start)
        func failure(_ error: Int32) -> Result<SourceFile, Diagnostic> {
            .failure(.unreadable(filePath, FileReading.Failure(code: error), at: location))
        }
        // One path lookup for an ordinary file: opened without following a link (a link fails
        // with ELOOP and is checked first) and without blocking (a FIFO is refused below, never waited on).
        var descriptor = open(filePath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        var linkInfo = stat()
        if descriptor < 0 && errno == ELOOP && lstat(filePath, &linkInfo) == 0 && linkInfo.st_mode & S_IFMT == S_IFLNK {
            let realRoot = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            guard Self.isInside(URL(fileURLWithPath: filePath).resolvingSymlinksInPath().path, realRoot: realRoot) else {
                let name = filePath.hasPrefix(path + "/") ? String(filePath.dropFirst(path.count + 1)) : filePath
                return .failure(.error("'\(name)' is a symbolic link to a file outside the input folder; ldpub does not follow it", at: location))
            }
            descriptor = open(filePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        }
        guard descriptor >= 0 else { return failure(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return failure(errno) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(.error("'\(filePath)' is not a regular file", at: location))
        }
        guard Int(info.st_size) <= maxFileBytes else {
            let (size, limit) = ByteCount.sizeAndLimit(Int(info.st_size), maxFileBytes)
            return .failure(.error("file is \(size), larger than the limit of \(limit) (--max-file-size)", at: location))
        }
        // A file that grew while it was read is read up to the size stat reported, then checked again.
        guard let bytes = FileReading.bytes(of: descriptor, size: Int(info.st_size)) else { return failure(errno) }
        return .success(SourceFile(path: filePath, bytes: bytes))
    }
}
