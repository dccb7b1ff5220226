// ldpub — MIT licence.

import BuildCache
import ArticleModel
import Foundation

/// Step 3 of a build: the output opened (the folder locked, or memory), its owner checked, and
/// the last build's cache read when it was made for this binary, input, site and options.
struct OpenedOutput: Sendable {
    let sink: any OutputSink
    /// Who the build is for: recorded in the output folder when it is committed.
    let owner: OutputOwner
    /// The static copies the last build made, to remove those whose source is gone.
    let previousStaticCopies: [String]
    /// The cache, when the build keeps one.
    let cache: CacheState?
    /// When the build started (ns since 1970), for the cache's trust margin.
    let startedAt: Int

    /// The cache's side of the output: where it is kept, its key, and the last build's cache.
    struct CacheState: Sendable {
        let folder: CacheFolder
        let key: String
        /// The last build's cache, when it is for this key and this site.
        let last: CachedBuild?
        /// The output folder is the one the last cache describes, with no entry added or removed since.
        let outputFolderAsCached: Bool
        /// Where the fragments made in this build are kept until the cache is saved; nil: in memory.
        let spill: FragmentSpill?
        /// Where the cache is kept in memory for the next build too (``FolderBuild/Options/resident``).
        let resident: ResidentState?
        /// ``last`` is the copy kept in memory, not read from the file.
        let fromMemory: Bool
    }

    /// Opens the output of `input` for `site`.
    static func open(_ input: BuildInput, site: LoadedSite) throws(BuildStop) -> OpenedOutput {
        let owner = OutputOwner(inputPath: input.folder.path, siteURL: site.site.url)
        let startedAt = now()
        if let memory = input.options.memoryOutput {
            return OpenedOutput(sink: memory, owner: owner, previousStaticCopies: [], cache: nil, startedAt: startedAt)
        }
        let transaction: OutputTransaction
        do {
            transaction = try OutputTransaction.begin(outputPath: input.options.outputPath, sweepingFolders: false)
        } catch {
            throw BuildStop(.output(error))
        }
        if !input.options.replacingAnotherBuild, let other = transaction.otherOwner(than: owner) {
            transaction.abort()
            throw BuildStop(.anotherBuild(other))
        }
        let previousStaticCopies = transaction.previousStaticCopies()
        return OpenedOutput(sink: transaction, owner: owner, previousStaticCopies: previousStaticCopies,
                            cache: cacheState(input, site: site, transaction: transaction), startedAt: startedAt)
    }

    /// The output folder's transaction; nil in memory.
    var transaction: OutputTransaction? { sink.folder }

    private static func cacheState(_ input: BuildInput, site: LoadedSite, transaction: OutputTransaction) -> CacheState? {
        let options = input.options
        guard let binary = options.cacheKey, let root = options.cacheRoot,
              let folder = CacheFolder.open(root: root, outputPath: options.outputPath) else { return nil }
        folder.recordOutputFolder(options.outputPath)
        // The validator listed the bibliography files already: their signature, not a second listing.
        let bibliography = input.validator.bibliographyFiles?.signature ?? ""
        // The folder as typed as well as its real path: the cache keeps paths as a build names them
        // (each article's file, every diagnostic's), so another spelling is another cache.
        let key = "\(binary)|input:\(URL(fileURLWithPath: input.folder.path).resolvingSymlinksInPath().path)|typed:\(input.folder.path)"
            + "|svg:\(site.drawing?.identity ?? "none")|max:\(options.limits)"
            + "|static:\(StaticCopies.listingHash(site.staticFiles))|bibliography:\(bibliography)"
            + "|templates:\(TemplateFiles.hash(site.templateFiles))"
        let (read, fromMemory) = read(folder, resident: options.resident)
        let last = read.flatMap { $0.key == key && $0.siteHash == site.hash ? $0 : nil }
        let asCached = last?.outputFolderStamp.map { $0 == transaction.folderStamp } ?? false
        return CacheState(folder: folder, key: key, last: last, outputFolderAsCached: asCached, spill: FragmentSpill(in: folder),
                          resident: options.resident, fromMemory: fromMemory && last != nil)
    }

    /// The cache file of `folder`, decoded; the resident copy when the file is the one it was read from or saved as.
    private static func read(_ folder: CacheFolder, resident: ResidentState?) -> (CachedBuild?, fromMemory: Bool) {
        guard let resident else { return (folder.contents(of: CachedBuild.fileName).flatMap(CachedBuild.decode), false) }
        // Stamped before it is read: if it is replaced in between, the next build reads it again.
        let opened = folder.stampAndStart(of: CachedBuild.fileName, count: 4096)
        if let opened, let kept = resident.cache(in: folder.path, stamp: opened.stamp, writtenAt: CachedBuild.writtenAt(ofFileStart: opened.start)) {
            return (kept, true)
        }
        let read = folder.contents(of: CachedBuild.fileName).flatMap(CachedBuild.decode)
        resident.keep(read, in: folder.path, stamp: opened?.stamp)
        return (read, false)
    }

    /// Nanoseconds since 1970, for the cache's trust margin (it never reaches an output).
    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
