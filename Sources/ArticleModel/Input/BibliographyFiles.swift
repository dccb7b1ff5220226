// ldpub — MIT licence.

import Foundation
import YAMLNodes

/// The bibliography files of an input folder: CSL JSON (`.json`) and CSL YAML (`.yaml`, `.yml`)
/// files that `bibliography:` keys name, all in the reserved folder `bibliography/` at the top of
/// the input folder (at any depth below it).
///
/// The folder is never read for articles, so a CSL YAML file is not mistaken for one; and its
/// files' stamps make one ``signature``, which a build cache folds into its key: an edited
/// bibliography file makes every article be decoded again.
public struct BibliographyFiles: Sendable {
    /// The reserved folder of bibliography files.
    public static let folderName = "bibliography"
    /// The endings of bibliography files: CSL JSON, CSL YAML.
    public static let extensions = [".json", ".yaml", ".yml"]

    /// The input folder.
    public let folder: InputFolder

    /// Creates the bibliography files of `folder`.
    public init(of folder: InputFolder) {
        self.folder = folder
    }

    /// The path of the file `name` names, written in the file `namingFile` (both as diagnostics
    /// name them), or why it cannot be a bibliography file. Only the path is checked here;
    /// ``InputFolder/read(_:)`` refuses a symbolic link that leads out of the input folder.
    public func resolve(_ name: String, namingFile: String) -> Result<String, BibliographyPathProblem> {
        guard !name.hasPrefix("/"), !name.hasPrefix("~") else { return .failure(.absolute) }
        guard !name.contains("\\"), !name.contains("\0") else { return .failure(.outside) }
        var components = folder.relativePath(of: namingFile).split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init)
        for part in name.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return .failure(.outside) }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        guard components.count >= 2, components[0] == Self.folderName else {
            let relative = components.joined(separator: "/")
            var info = stat()
            let exists = !relative.isEmpty && lstat(folder.join(relative), &info) == 0
            // The file of that name in bibliography/, named as the naming file must name it.
            let depth = folder.relativePath(of: namingFile).split(separator: "/").count - 1
            let candidate = Self.folderName + "/" + (components.last ?? "")
            let suggestion = components.isEmpty || lstat(folder.join(candidate), &info) != 0 ? nil
                : String(repeating: "../", count: max(0, depth)) + candidate
            return .failure(.notInFolder(relative: relative, exists: exists, suggestion: suggestion))
        }
        // Hidden names are never input: the build cache's signature and `ldpub serve`'s watcher pass them over.
        guard !components.contains(where: { $0.hasPrefix(".") }) else { return .failure(.hidden) }
        guard Self.extensions.contains(where: { components.last!.hasSuffix($0) }) else { return .failure(.notCSL) }
        let relative = components.joined(separator: "/")
        return .success(folder.join(relative))
    }

    /// Identifies the contents of `bibliography/` by path, size, times and inode of every file in
    /// it (hidden files skipped), without reading them: "" when there is no such folder.
    public var signature: String {
        let root = folder.join(Self.folderName)
        var lines: [String] = []
        var info = stat()
        guard lstat(root, &info) == 0 else { return "" }
        lines.append(Self.line("", info))
        var pending = [""]
        var visited = 0
        while let relative = pending.popLast(), visited < 10_000 {
            visited += 1
            let directory = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                guard stat(root + "/" + child, &info) == 0 else { continue }
                lines.append(Self.line(child, info))
                if info.st_mode & S_IFMT == S_IFDIR { pending.append(child) }
            }
        }
        // FNV-1a, 64 bits: the key needs no more than "changed or not".
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in lines.joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16) + "/\(lines.count)"
    }

    private static func line(_ path: String, _ info: stat) -> String {
        "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec) \(info.st_ino)"
    }
}

/// Why a `bibliography:` entry names no bibliography file.
public enum BibliographyPathProblem: Error, Sendable, Equatable {
    /// An absolute path.
    case absolute
    /// A path that leads out of the input folder.
    case outside
    /// A path inside the input folder but not in `bibliography/` (`relative` to the input
    /// folder); whether a file is there, and how to name the file of that name in `bibliography/`
    /// when there is one.
    case notInFolder(relative: String, exists: Bool, suggestion: String?)
    /// A file that does not end in `.json`, `.yaml` or `.yml`.
    case notCSL
    /// A hidden file, or a file in a hidden folder (a name that begins with `.`).
    case hidden

    /// The message of the error, for the entry `name`.
    public func message(_ name: String) -> String {
        switch self {
        case .absolute:
            return "bibliography '\(name)' is an absolute path; name the file relative to this file, inside the input folder's '\(BibliographyFiles.folderName)/'"
        case .outside:
            return "bibliography '\(name)' is outside the input folder; ldpub reads only files inside it (put the file in '\(BibliographyFiles.folderName)/')"
        case .notInFolder(let relative, let exists, let suggestion):
            let shown = relative == name ? "'\(name)'" : "'\(name)' ('\(relative)')"
            let folder = "'\(BibliographyFiles.folderName)/'"
            if let suggestion {
                return "bibliography \(shown) is not in the input folder's \(folder); did you mean '\(suggestion)'?"
            }
            if exists {
                return "bibliography \(shown) is not in the input folder's \(folder), where bibliography files live "
                    + "(so that they are never read as articles); move it there and name it by its path from this file"
            }
            return "bibliography \(shown) names no file, and bibliography files live in the input folder's \(folder): "
                + "put the file there and name it by its path from this file (such as '\(folder.dropFirst().dropLast())name.json')"
        case .notCSL:
            return "bibliography '\(name)' is neither CSL JSON ('.json') nor CSL YAML ('.yaml', '.yml')"
        case .hidden:
            return "bibliography '\(name)' is a hidden file (a name in its path begins with '.'); ldpub reads no hidden files, "
                + "and would not see it change: rename it"
        }
    }
}
