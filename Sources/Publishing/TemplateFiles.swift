// ldpub — MIT licence.

import BuildCache
import ArticleModel
import Foundation
import HTMLExport
import YAMLNodes

/// The site's page templates: the `*.mustache` files under the input folder's `templates/`
/// (``PageTemplates``), each named by its path below `templates/` without `.mustache`.
public enum TemplateFiles {
    /// The template files of `folder`, sorted by name, and problems with entries; none when it
    /// has no `templates/`.
    ///
    /// Hidden files and folders are skipped. A symbolic link is read only when it resolves to a
    /// file inside the input folder. A file that does not end in `.mustache` is a warning (it is
    /// not used); one that is not UTF-8 or larger than the file-size limit is an error.
    public static func read(in folder: InputFolder) -> (files: [PageTemplates.File], problems: [Diagnostic]) {
        let root = folder.join(InputFolder.templatesFolderName)
        let realInput = URL(fileURLWithPath: folder.path).resolvingSymlinksInPath().path
        var files: [PageTemplates.File] = []
        var problems: [Diagnostic] = []
        walk(root: root, relative: "", realInput: realInput, maxBytes: folder.maxFileBytes, files: &files, problems: &problems)
        return (files.sorted { $0.name < $1.name }, problems)
    }

    /// A hash of the templates' names and texts, for the build cache's key: a changed template
    /// changes every page.
    static func hash(_ files: [PageTemplates.File]) -> UInt64 {
        files.reduce(UInt64(0)) { hash, file in
            ContentHash.of(Array(file.text.utf8)[...], seed: ContentHash.of(Array(file.name.utf8)[...], seed: hash))
        }
    }

    private static let suffix = ".mustache"

    private static func walk(root: String, relative: String, realInput: String, maxBytes: Int,
                             files: inout [PageTemplates.File], problems: inout [Diagnostic]) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let path = root + "/" + childRelative
            let shown = InputFolder.templatesFolderName + "/" + childRelative
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard target.hasPrefix(realInput.hasSuffix("/") ? realInput : realInput + "/") else {
                    problems.append(.error("'\(shown)' is a symbolic link to a file outside the input folder; ldpub does not follow it",
                                           at: SourceSpan(file: path, at: .start)))
                    continue
                }
                guard stat(target, &info) == 0 else { continue }
                kind = info.st_mode & S_IFMT
                if kind == S_IFDIR { continue }
            }
            if kind == S_IFDIR {
                walk(root: root, relative: childRelative, realInput: realInput, maxBytes: maxBytes, files: &files, problems: &problems)
                continue
            }
            guard kind == S_IFREG else { continue }
            guard name.hasSuffix(suffix) else {
                problems.append(.warning("'\(shown)' is not a template (templates end in '\(suffix)'); it is not used",
                                         at: SourceSpan(file: path, at: .start)))
                continue
            }
            guard Int(info.st_size) <= maxBytes else {
                problems.append(.error("'\(shown)' is larger than the limit of \(maxBytes) bytes", at: SourceSpan(file: path, at: .start)))
                continue
            }
            let bytes: [UInt8]
            switch FileReading.contents(of: path) {
            case .success(let read): bytes = read
            case .failure(let failure):
                problems.append(.unreadable(shown, failure, at: SourceSpan(file: path, at: .start)))
                continue
            }
            guard let text = String(data: Data(bytes), encoding: .utf8) else {
                problems.append(.error("'\(shown)' is not UTF-8 text", at: SourceSpan(file: path, at: .start)))
                continue
            }
            files.append(PageTemplates.File(name: String(childRelative.dropLast(suffix.count)), path: path, text: text))
        }
    }
}
