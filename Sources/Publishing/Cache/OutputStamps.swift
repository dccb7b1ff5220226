// ldpub — MIT licence.

import BuildCache

/// The stamps of output files, as the build cache keeps them: a file whose stamp changed was
/// changed or removed by hand, and is made again.
enum OutputStamps {
    /// Whether every output still has the stamp it had when the last build wrote it; and whether
    /// they are all in one folder whose stamp is still `folderStamp`. With `heard` (what a
    /// resident process heard change), outputs in one folder nothing was heard of are taken as
    /// the cache has them, without a look.
    static func isIntact(_ outputs: [CachedBuild.OutputStamp], folderStamp: FileStamp? = nil, heard: KnownChanges? = nil,
                         in transaction: OutputTransaction) -> (intact: Bool, folderUnchanged: Bool) {
        guard let first = outputs.first else { return (false, false) }
        // An article's outputs are all in its folder: checked without grouping or splitting them.
        let folder = OutputPaths.split(first.path).folder
        if outputs.allSatisfy({ OutputPaths.isDirectly($0.path, in: folder) }) {
            if let heard, folderStamp != nil, heard.untouched(outputs.lazy.map(\.path), folder: folder) { return (true, true) }
            let stamps = transaction.stamps(of: outputs.lazy.map(\.path), inFolder: folder)
            for (file, stamp) in zip(outputs, stamps.files) where stamp != file.stamp { return (false, false) }
            return (true, folderStamp != nil && stamps.folder == folderStamp)
        }
        var byFolder: [String: [CachedBuild.OutputStamp]] = [:]
        for output in outputs { byFolder[OutputPaths.split(output.path).folder, default: []].append(output) }
        var folderUnchanged = byFolder.count == 1 && folderStamp != nil
        for (folder, files) in byFolder {
            let stamps = transaction.stamps(of: files.lazy.map(\.path), inFolder: folder)
            for (file, stamp) in zip(files, stamps.files) where stamp != file.stamp { return (false, false) }
            if stamps.folder != folderStamp { folderUnchanged = false }
        }
        return (true, folderUnchanged)
    }

    /// The stamps of `paths`, and of their folder when they are all in one. A file this build
    /// staged or found unchanged that is not the file it left (changed by hand since) gets the
    /// stamp of none, so that the next build makes it again.
    static func stamped(_ paths: [String], in transaction: OutputTransaction,
                        left: [String: FileStamp]) -> (outputs: [CachedBuild.OutputStamp], folder: FileStamp?) {
        var byFolder: [String: [String]] = [:]
        for path in paths { byFolder[OutputPaths.split(path).folder, default: []].append(path) }
        var result: [CachedBuild.OutputStamp] = []
        var folderStamp: FileStamp?
        for (folder, files) in byFolder.sorted(by: { $0.key < $1.key }) {
            let stamps = transaction.stamps(of: files, inFolder: folder)
            folderStamp = byFolder.count == 1 ? stamps.folder : nil
            for (path, stamp) in zip(files, stamps.files) {
                let asLeft = stamp.flatMap { stamp in left[path].map { $0.isSameFile(as: stamp) } ?? true ? stamp : nil }
                result.append(CachedBuild.OutputStamp(path: path, stamp: asLeft ?? .unknown))
            }
        }
        return (result, folderStamp)
    }
}
