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
/// - other files are skipped.
///
/// Folders are walked recursively, files before subfolders, each in name order; folders whose
/// names start with `.` are skipped, as are symbolic links to folders.
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
        var files: [CheckedFile] = []
        for path in paths {
            for file in Self.walk(path) {
                if let checked = check(fileAt: file) { files.append(checked) }
            }
        }
        return CheckReport(files: files)
    }

    /// Checks files and folders on disk, several files at a time.
    ///
    /// The result is the same as that of ``check(paths:)``, in the same order.
    /// - Parameters:
    ///   - paths: Files and folders, as the user typed them.
    ///   - maximumConcurrency: How many files are checked at once; at least 1.
    /// - Returns: Every checked file with its problems, in walk order.
    public func check(paths: [String], maximumConcurrency: Int) async -> CheckReport {
        let files = paths.flatMap(Self.walk)
        var results = [CheckedFile?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, CheckedFile?).self) { group in
            var next = 0
            func startNext() {
                let index = next
                next += 1
                group.addTask { (index, check(fileAt: files[index])) }
            }
            while next < min(max(1, maximumConcurrency), files.count) { startNext() }
            for await (index, result) in group {
                results[index] = result
                if next < files.count { startNext() }
            }
        }
        return CheckReport(files: results.compactMap { $0 })
    }

    /// Checks one file on disk.
    ///
    /// - Parameter path: The file's path.
    /// - Returns: The result, or `nil` when the file is not of a checked type.
    public func check(fileAt path: String) -> CheckedFile? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return CheckedFile(path: path, kind: nil, problems: [ValidationProblem(severity: .error, message: "no such file or directory")])
        }
        guard Self.fileType(of: path) != nil else { return nil }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return check(contents: data, path: path)
        } catch {
            return CheckedFile(path: path, kind: nil, problems: [ValidationProblem(severity: .error, message: "cannot read the file: \(error.localizedDescription)")])
        }
    }

    /// Checks a document held in memory, such as a file about to be written.
    ///
    /// - Parameters:
    ///   - contents: The document's bytes.
    ///   - path: Its path; the extension chooses the validator, and problems carry the path.
    /// - Returns: The result, or `nil` when the document is not of a checked type.
    public func check(contents: Data, path: String) -> CheckedFile? {
        guard let type = Self.fileType(of: path) else { return nil }
        switch type {
        case .jsonLD:
            return CheckedFile(path: path, kind: .jsonLD, problems: jsonLD.validate(data: contents))
        case .json:
            let document: JSONValue
            switch JSONText.parse(contents) {
            case .failure(let failure):
                return CheckedFile(path: path, kind: nil, problems: [ValidationProblem(severity: .error, message: failure.message)])
            case .success(let value):
                document = value
            }
            if let version = document["version"]?.string, version.hasPrefix("https://jsonfeed.org/version/") {
                return CheckedFile(path: path, kind: .jsonFeed, problems: JSONFeedValidator().validate(document))
            }
            let hasContext = document["@context"] != nil || (document.array?.contains { $0["@context"] != nil } ?? false)
            return hasContext ? CheckedFile(path: path, kind: .jsonLD, problems: jsonLD.validate(document)) : nil
        case .xml, .rss, .atom:
            let root: XMLElementNode
            switch XMLDocumentParser.parse(contents) {
            case .failure(let failure):
                let kind: DocumentKind? = type == .rss ? .rss : type == .atom ? .atom : nil
                return CheckedFile(path: path, kind: kind, problems: [ValidationProblem(severity: .error, message: failure.message)])
            case .success(let element):
                root = element
            }
            if type == .rss || (type == .xml && root.name == "rss" && root.namespace.isEmpty) {
                return CheckedFile(path: path, kind: .rss, problems: RSSValidator().validate(root: root))
            }
            if type == .atom || (root.namespace == AtomValidator.namespace && (root.name == "feed" || root.name == "entry")) {
                return CheckedFile(path: path, kind: .atom, problems: AtomValidator().validate(root: root))
            }
            return nil
        }
    }

    private enum FileType { case jsonLD, json, xml, rss, atom }

    /// Whether ``check(contents:path:)`` checks a file at `path` (by its extension); it returns
    /// nil for every other file.
    public static func checks(path: String) -> Bool {
        fileType(of: path) != nil
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
        default: return nil
        }
    }

    /// The files under `path` in walk order: `path` itself if it is not a folder.
    static func walk(_ path: String) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        var files: [String] = []
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
            } else {
                files.append(child)
            }
        }
        return files + folders.flatMap(walk)
    }
}
