// ldpub — MIT licence.

import ArticleModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files that changed since the last build, as a process that watched them knows (`ldpub
/// serve`, with inotify): a rebuild then `stat`s these alone instead of every input and output
/// file, and trusts the stamps the cache holds for the rest.
///
/// Sound only when every change made since the last build that saved the cache began is in
/// it: the watcher must have watched both folders all along, with no overflow of its queue and
/// no folder created (files made in a new folder before its watch are not seen), and every build
/// since must have saved the cache (``FolderBuild/Report/cacheIsCurrent``). When in doubt, build
/// without it.
public struct KnownChanges: Sendable, Hashable {
    /// Paths relative to the input folder (`a.yaml`, `news/b.yaml`).
    public var inputs: Set<String>
    /// Paths relative to the output folder (`slug/index.html`, `claims.dot`), or a folder's own path (`slug`).
    public var outputs: Set<String> {
        didSet { outputFolders = Self.folders(of: outputs) }
    }
    /// The folders of ``outputs``: a reused article's folder among them is looked at too.
    private(set) var outputFolders: Set<String>

    /// Creates the set of changes.
    public init(inputs: Set<String>, outputs: Set<String>) {
        self.inputs = inputs
        self.outputs = outputs
        outputFolders = Self.folders(of: outputs)
    }

    private static func folders(of outputs: Set<String>) -> Set<String> {
        Set(outputs.map { OutputPaths.split($0).folder })
    }

    /// Whether a heard input is a regular file with more than one name (a hard link): inotify
    /// reports a change under the name it was made through, so another name of the same file,
    /// an article, changed unheard.
    func includesFileWithSecondName(in folder: InputFolder) -> Bool {
        inputs.contains { relative in
            var info = stat()
            return lstat(folder.join(relative), &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_nlink > 1
        }
    }

    /// Whether none of `paths` (output paths, all directly in `folder` when it is given) changed,
    /// nor, when given, their folder: its entries and its own stamp are then as the cache has them.
    func untouched(_ paths: some Sequence<String>, folder: String?) -> Bool {
        if let folder, !folder.isEmpty {
            // A changed path directly in `folder` would have put `folder` among ``outputFolders``.
            return !outputs.contains(folder) && !outputFolders.contains(folder)
        }
        return !paths.contains(where: outputs.contains)
    }
}
