// ldpub — MIT licence.

import ArticleModel
import BuildCache
import LinkedDataValidation
import Synchronization

/// What a process that builds again and again (`ldpub serve`) keeps in memory from one build
/// to the next, so that a rebuild neither reads and decodes the cache file nor lists the input
/// folder when nothing says they changed:
/// - the cache as the last build saved (or read) it, with the `stat` stamp of its file: it is
///   used only while the file still has that stamp and names the same build (another process
///   that builds into the same output writes a new file, and that is read);
/// - the input folder's article listing, used again only with ``KnownChanges`` that show it
///   still holds (``ArticleModel/InputFolder/stillLists(_:heard:)``);
/// - the output checker, whose index of the schema.org vocabulary is made once.
///
/// Give the same value to every build of one input and output (``FolderBuild/Options/resident``).
/// The bytes a build writes are the same with it or without it.
public final class ResidentState: Sendable {
    private struct Kept {
        var cache: (folder: String, stamp: FileStamp, build: CachedBuild)?
        var listing: (folder: String, entries: [InputFolder.Entry])?
    }

    private let kept = Mutex(Kept())
    /// The output checker of every build given this state (against the bundled schema.org release).
    let checking = BackgroundWork { DocumentChecker() }

    /// An empty state: the first build reads the cache file and lists the folder; the output
    /// checker starts being made now, on another thread.
    public init() {}

    /// The cache kept for the cache folder at `folder`, when its file still has `stamp` and was
    /// written by the build that began at `writtenAt` (a file written anew has another stamp, and
    /// should a reused inode number and a coarse clock give it the same, another start).
    func cache(in folder: String, stamp: FileStamp, writtenAt: Int?) -> CachedBuild? {
        kept.withLock { kept in
            guard let cache = kept.cache, cache.folder == folder, cache.stamp == stamp, cache.build.writtenAt == writtenAt else { return nil }
            return cache.build
        }
    }

    /// Keeps `build`, the contents of the cache file of `folder` whose stamp is `stamp`; forgets the cache when either is nil.
    func keep(_ build: CachedBuild?, in folder: String, stamp: FileStamp?) {
        kept.withLock { kept in
            kept.cache = build.flatMap { build in stamp.map { (folder, $0, build) } }
        }
    }

    /// The listing kept for the input folder at `folder`.
    func listing(of folder: String) -> [InputFolder.Entry]? {
        kept.withLock { kept in kept.listing.flatMap { $0.folder == folder ? $0.entries : nil } }
    }

    /// Keeps `entries`, the article listing of `folder` made when this build began.
    func keep(listing entries: [InputFolder.Entry], of folder: String) {
        kept.withLock { $0.listing = (folder, entries) }
    }
}
