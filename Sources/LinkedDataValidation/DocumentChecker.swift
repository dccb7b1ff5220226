// ldpub — MIT licence.

import Foundation
import LinkedDataJSON
import SchemaOrgVocabulary

/// Validates files and folders, choosing the validator for each file by its extension and content.
///
/// The choice follows the conformance kit:
/// - `.jsonld` and `.json-ld` are JSON-LD;
/// - `.json` is a JSON Feed when its `version` is a `https://jsonfeed.org/version/` URL,
///   JSON-LD when it has a top-level `@context`, and skipped otherwise (but JSON that does
///   not parse is an error);
/// - `.xml`, `.rss` and `.atom` are RSS when the root element is `rss` and Atom when it is an
///   Atom `feed` or `entry`; a `.xml` file with another root (a sitemap, say) is skipped, while
///   `.rss` and `.atom` files must be what they say; XML that does not parse is an error;
/// - `.html` and `.htm` pages are checked for the JSON-LD of their
///   `<script type="application/ld+json">` elements (see ``HTMLJSONLDScripts``), each script as a
///   document of its own, its problems located in the page (the script's start plus their place
///   in its JSON; see ``JSONLDValidator`` for where they point); a page without such a script is
///   skipped in a folder and warned about when it is named on its own;
/// - other files are skipped.
///
/// Folders are walked recursively, files before subfolders, each in name order, except that a
/// folder's HTML pages come after its other files; folders whose names start with `.` are
/// skipped, as are symbolic links to folders.
///
/// A JSON-LD document that an earlier file of the same check holds too (parsed, the same JSON:
/// ldpub's `jsonld.html` and `index.html` carry the `index.jsonld` beside them) is checked once:
/// its problems are listed at the first file, and a file whose JSON-LD is all repeated names
/// that file in ``CheckedFile/repeats``.
public struct DocumentChecker: Sendable {
    /// The JSON-LD validator, which carries the vocabulary.
    public let jsonLD: JSONLDValidator

    /// Creates a checker.
    ///
    /// - Parameter vocabulary: The schema.org release to check JSON-LD against.
    public init(vocabulary: SchemaOrgVocabulary = .current) {
        jsonLD = JSONLDValidator(vocabulary: vocabulary)
    }

    /// Checks files and folders on disk.
    ///
    /// A path that does not exist is reported as an error for that path.
    /// - Parameter paths: Files and folders, as the user typed them.
    /// - Returns: Every checked file with its problems, in walk order.
    public func check(paths: [String]) -> CheckReport {
        // Walking in order, a document an earlier file holds is known to be a repeat as it is
        // examined: its problems will not be listed, so they are not located either.
        var earlier: Set<Int> = []
        let examined = Self.walk(paths: paths).compactMap { examine(fileAt: $0.path, named: $0.named, earlier: &earlier) }
        return CheckReport(files: ExaminedFile.listingRepeatsOnce(examined))
    }

    /// Checks files and folders on disk, several files at a time.
    ///
    /// The result is the same as that of ``check(paths:)``, in the same order.
    /// - Parameters:
    ///   - paths: Files and folders, as the user typed them.
    ///   - maximumConcurrency: How many files are checked at once; at least 1.
    /// - Returns: Every checked file with its problems, in walk order.
    public func check(paths: [String], maximumConcurrency: Int) async -> CheckReport {
        let files = Self.walk(paths: paths)
        var results = [ExaminedFile?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, ExaminedFile?).self) { group in
            var next = 0
            func startNext() {
                let index = next
                next += 1
                group.addTask {
                    var earlier: Set<Int> = []
                    return (index, examine(fileAt: files[index].path, named: files[index].named, earlier: &earlier))
                }
            }
            while next < min(max(1, maximumConcurrency), files.count) { startNext() }
            for await (index, result) in group {
                results[index] = result
                if next < files.count { startNext() }
            }
        }
        return CheckReport(files: ExaminedFile.listingRepeatsOnce(results.compactMap { $0 }))
    }

    /// Checks one file on disk.
    ///
    /// - Parameter path: The file's path.
    /// - Returns: The result, or `nil` when the file is not of a checked type (or is an HTML
    ///   page without JSON-LD).
    public func check(fileAt path: String) -> CheckedFile? {
        var earlier: Set<Int> = []
        return examine(fileAt: path, named: false, earlier: &earlier)?.checkedFile
    }

    /// Checks one file on disk, keeping its JSON-LD documents apart.
    ///
    /// - Parameters:
    ///   - named: Whether the user named the file (rather than a folder holding it): an HTML page
    ///     without JSON-LD is then a warning instead of skipped.
    ///   - earlier: The digests of the JSON-LD documents examined before, in walk order; the
    ///     problems of a document among them are not located (they are listed at the earlier
    ///     file). The file's documents are added.
    func examine(fileAt path: String, named: Bool, earlier: inout Set<Int>) -> ExaminedFile? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ExaminedFile(path: path, kind: nil, problems: [ValidationProblem(severity: .error, message: "no such file or directory")])
        }
        guard let type = Self.fileType(of: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return ExaminedFile(path: path, kind: nil, problems: [ValidationProblem(severity: .error, message: "cannot read the file: \(error.localizedDescription)")])
        }
        if type == .html { return examinePage(contents: data, path: path, named: named, earlier: &earlier) }
        return examine(contents: data, path: path, earlier: &earlier)
    }

    /// Checks the JSON-LD of an HTML page held in memory.
    ///
    /// - Parameters:
    ///   - contents: The page's bytes.
    ///   - path: Its path, which the problems carry.
    ///   - named: Whether a page without JSON-LD is a warning (`true`) or skipped (`false`).
    /// - Returns: The result, kind ``DocumentKind/html``, each problem located in the page; `nil`
    ///   for a page without JSON-LD unless `named`.
    public func checkPage(contents: Data, path: String, named: Bool = true) -> CheckedFile? {
        var earlier: Set<Int> = []
        return examinePage(contents: contents, path: path, named: named, earlier: &earlier)?.checkedFile
    }

    private func examinePage(contents: Data, path: String, named: Bool, earlier: inout Set<Int>) -> ExaminedFile? {
        let page = [UInt8](contents)
        let scripts = HTMLJSONLDScripts.find(in: page)
        guard !scripts.isEmpty else {
            guard named else { return nil }
            return ExaminedFile(path: path, kind: .html, problems: [ValidationProblem(
                severity: .warning, message: "no <script type=\"application/ld+json\"> element, so no JSON-LD to check")])
        }
        var documents: [ExaminedFile.Document] = []
        for script in scripts {
            var document = examineJSONLD(Data(page[script.content]), earlier: &earlier)
            document.problems = document.problems.map { problem in
                var located = problem
                located.position = problem.position?.offset(by: script.position) ?? script.position
                return located
            }
            documents.append(document)
        }
        return ExaminedFile(path: path, kind: .html, documents: documents)
    }

    /// Parses and validates one JSON-LD document, with the digest that finds it again.
    private func examineJSONLD(_ data: Data, earlier: inout Set<Int>) -> ExaminedFile.Document {
        switch JSONText.parse(data) {
        case .failure(let failure):
            return ExaminedFile.Document(digest: nil, problems: [failure.problem])
        case .success(let document):
            return validated(document, data: data, earlier: &earlier)
        }
    }

    /// Validates a parsed JSON-LD document, locating its problems in `data` unless it repeats
    /// an `earlier` one.
    private func validated(_ document: JSONValue, data: Data, earlier: inout Set<Int>) -> ExaminedFile.Document {
        let digest = ExaminedFile.digest(of: document)
        let problems = earlier.insert(digest).inserted ? jsonLD.validate(document, data: data) : jsonLD.validate(document)
        return ExaminedFile.Document(digest: digest, problems: problems)
    }

    /// Checks a document held in memory, such as a file about to be written.
    ///
    /// HTML pages are checked by ``checkPage(contents:path:named:)``.
    /// - Parameters:
    ///   - contents: The document's bytes.
    ///   - path: Its path; the extension chooses the validator, and problems carry the path.
    /// - Returns: The result, or `nil` when the document is not of a checked type.
    public func check(contents: Data, path: String) -> CheckedFile? {
        var earlier: Set<Int> = []
        return examine(contents: contents, path: path, earlier: &earlier)?.checkedFile
    }

    private func examine(contents: Data, path: String, earlier: inout Set<Int>) -> ExaminedFile? {
        guard let type = Self.fileType(of: path) else { return nil }
        switch type {
        case .html:
            return nil
        case .jsonLD:
            return ExaminedFile(path: path, kind: .jsonLD, documents: [examineJSONLD(contents, earlier: &earlier)])
        case .json:
            let document: JSONValue
            switch JSONText.parse(contents) {
            case .failure(let failure):
                return ExaminedFile(path: path, kind: nil, problems: [failure.problem])
            case .success(let value):
                document = value
            }
            if let version = document["version"]?.string, version.hasPrefix("https://jsonfeed.org/version/") {
                return ExaminedFile(path: path, kind: .jsonFeed, problems: JSONFeedValidator().validate(document))
            }
            let hasContext = document["@context"] != nil || (document.array?.contains { $0["@context"] != nil } ?? false)
            guard hasContext else { return nil }
            return ExaminedFile(path: path, kind: .jsonLD, documents: [validated(document, data: contents, earlier: &earlier)])
        case .xml, .rss, .atom:
            let root: XMLElementNode
            switch XMLDocumentParser.parse(contents) {
            case .failure(let failure):
                let kind: DocumentKind? = type == .rss ? .rss : type == .atom ? .atom : nil
                return ExaminedFile(path: path, kind: kind, problems: [failure.problem])
            case .success(let element):
                root = element
            }
            if type == .rss || (type == .xml && root.name == "rss" && root.namespace.isEmpty) {
                return ExaminedFile(path: path, kind: .rss, problems: RSSValidator().validate(root: root))
            }
            if type == .atom || (root.namespace == AtomValidator.namespace && (root.name == "feed" || root.name == "entry")) {
                return ExaminedFile(path: path, kind: .atom, problems: AtomValidator().validate(root: root))
            }
            return nil
        }
    }

    private enum FileType { case jsonLD, json, xml, rss, atom, html }

    /// Whether ``check(contents:path:)`` checks a file at `path` (by its extension): JSON-LD,
    /// JSON and XML; it returns nil for every other file. (HTML pages are checked by
    /// ``checkPage(contents:path:named:)``; a build checks its pages' JSON-LD as the JSON values
    /// it writes to their `index.jsonld`.)
    public static func checks(path: String) -> Bool {
        guard let type = fileType(of: path) else { return false }
        return type != .html
    }

    private static func fileType(of path: String) -> FileType? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "jsonld", "json-ld": return .jsonLD
        case "json": return .json
        case "xml": return .xml
        case "rss": return .rss
        case "atom": return .atom
        case "html", "htm": return .html
        default: return nil
        }
    }

    /// The files under `paths` in walk order, each marked when the user named it.
    static func walk(paths: [String]) -> [(path: String, named: Bool)] {
        paths.flatMap { path in
            var isDirectory: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            return walk(path).map { (path: $0, named: !isFolder) }
        }
    }

    /// The files under `path` in walk order: `path` itself if it is not a folder.
    static func walk(_ path: String) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        var files: [String] = []
        var pages: [String] = []
        var folders: [String] = []
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let entries = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for entry in entries {
            let child = prefix + entry
            let isLink = (try? manager.attributesOfItem(atPath: child)[.type] as? FileAttributeType) == .typeSymbolicLink
            var childIsDirectory: ObjCBool = false
            guard manager.fileExists(atPath: child, isDirectory: &childIsDirectory) else { continue }
            if childIsDirectory.boolValue {
                if !entry.hasPrefix(".") && !isLink { folders.append(child) }
            } else if fileType(of: child) == .html {
                pages.append(child)
            } else {
                files.append(child)
            }
        }
        // Pages after the other files, so that a page repeating a JSON-LD file beside it is the repeat.
        return files + pages + folders.flatMap(walk)
    }
}
