// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Watches a folder and calls `changed` after anything in it changes: a file written,
/// created, removed or renamed, at any depth. Hidden names (`.name`, such as editors' swap files)
/// and the folders `skipping` (an output folder inside the input folder) are ignored.
///
/// On Linux it uses inotify, one watch per folder (new folders are watched as they appear), so
/// an idle server costs nothing and a change is seen at once. `changed` is then told which paths
/// changed (below ``root``, relative to it), or nil when that is not known: the kernel's queue
/// overflowed, or a folder appeared (files made in it before its watch are not seen). Elsewhere,
/// or when inotify fails (its watch limit reached), it polls, when `polling` allows: every
/// ``pollInterval`` it compares the size, times and inode of every file (a stat per file; about
/// 10 ms for 10,000 articles), and `changed` is told nil; without polling, ``method`` is
/// ``Method/none`` and nothing is watched. When the root itself is moved away or removed,
/// inotify's watches follow it or end, and when a new folder cannot be watched (the watch
/// limit), its changes would go unheard: the watcher then polls the root's path, when
/// `polling` allows (so that a folder put in the root's place, a copy renamed over it, is watched too).
public final class FolderWatcher: Sendable {
    /// How often the polling watcher looks.
    public static let pollInterval: Duration = .milliseconds(150)
    /// How a folder is watched: with inotify, by polling, or not at all (inotify failed and
    /// polling was not allowed).
    public enum Method: String, Sendable { case inotify, poll, none }

    public let root: String
    /// How the folder is watched.
    public var method: Method { methodState.withLock { $0 } }
    private let methodState = Mutex(Method.none)
    private let lostTrack = Mutex(false)
    /// Whether every change below ``root`` is heard, with its path: inotify watches it, the
    /// root itself was not removed or moved away since, and every new folder could be watched.
    public var hearsEveryChange: Bool { method == .inotify && !lostTrack.withLock { $0 } }
    private let skipping: Set<String>
    private let hearsHidden: Bool
    /// Whether the watcher may poll: when inotify cannot watch, and once the root is lost to it.
    private let mayPoll: Bool
    private let changed: @Sendable (_ paths: Set<String>?) -> Void
    private let stopped = Mutex(false)
    private let done = DispatchSemaphore(value: 0)
    private let descriptor: Int32

    /// Starts watching `root`; `changed` is called on the watcher's thread with the paths that
    /// changed, relative to `root` (nil: not known).
    /// - Parameter hidden: hear hidden names too (`.name`), but for the folders `skipping`.
    public init(root: String, skipping: [String] = [], hidden: Bool = false, forcePolling: Bool = false, polling: Bool = true,
                changed: @escaping @Sendable (_ paths: Set<String>?) -> Void) {
        self.root = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        hearsHidden = hidden
        mayPoll = polling
        self.skipping = Set(skipping.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path })
        self.changed = changed
        #if os(Linux)
        let fd = forcePolling ? -1 : inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #else
        let fd: Int32 = -1
        #endif
        self.descriptor = fd
        // The watches, or the first look, are taken before init returns, so that a change made
        // right after it is seen.
        var watching = false
        #if os(Linux)
        if fd >= 0 { watching = watchAll() }
        #endif
        let method: Method = watching ? .inotify : polling ? .poll : .none
        methodState.withLock { $0 = method }
        if method == .none {
            done.signal()
            return
        }
        let first = watching ? [:] : snapshot()
        let thread = Thread { [self, watching] in
            defer { done.signal() }
            #if os(Linux)
            if watching {
                runInotify()
                return
            }
            #endif
            runPolling(from: first)
        }
        thread.name = "ldpub serve: watcher"
        thread.start()
    }

    /// Stops watching; returns once the watcher's thread has ended.
    public func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        done.wait()
        if descriptor >= 0 { close(descriptor) }
    }

    private var isStopped: Bool { stopped.withLock { $0 } }

    private func folders(below folder: String) -> [String] {
        var result = [folder]
        var pending = [folder]
        while let current = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names where hearsHidden || !name.hasPrefix(".") {
                let child = current + "/" + name
                var info = stat()
                guard lstat(child, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, !skipping.contains(child) else { continue }
                result.append(child)
                pending.append(child)
            }
        }
        return result
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches every folder; false when inotify refuses one (the limit of watches): poll instead.
    private func watchAll() -> Bool {
        var watched: [Int32: String] = [:]
        for folder in folders(below: root) {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else { return false }
            watched[watch] = folder
        }
        watches.withLock { $0 = watched }
        return true
    }

    private let watches = Mutex<[Int32: String]>([:])

    private func runInotify() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let headerSize = MemoryLayout<inotify_event>.size
        while !isStopped {
            var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&pollDescriptor, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            var relevant = false
            var known = true
            var paths = Set<String>()
            var offset = 0
            while offset + headerSize <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let name = length > 0
                    ? String(decoding: buffer[(offset + headerSize)..<(offset + headerSize + length)].prefix { $0 != 0 }, as: UTF8.self)
                    : ""
                offset += headerSize + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { relevant = true; known = false; continue }
                guard let folder = watches.withLock({ $0[watch] }) else { continue }
                // The root moved or removed: its watch follows the folder away, or ends.
                if folder == root && mask & UInt32(IN_MOVE_SELF | IN_DELETE_SELF | IN_IGNORED) != 0 {
                    lostTrack.withLock { $0 = true }
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    _ = watches.withLock { $0.removeValue(forKey: watch) }
                    known = false
                    relevant = true
                    continue
                }
                guard hearsHidden || !name.hasPrefix(".") else { continue }
                let path = name.isEmpty ? folder : folder + "/" + name
                guard !skipping.contains(path) else { continue }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    for added in folders(below: path) {
                        let newWatch = inotify_add_watch(descriptor, added, Self.mask)
                        if newWatch >= 0 {
                            watches.withLock { $0[newWatch] = added }
                        } else {
                            // The watch limit: this folder's changes would go unheard.
                            lostTrack.withLock { $0 = true }
                        }
                    }
                    known = false
                }
                if path == root || !path.hasPrefix(root + "/") { known = false } else { paths.insert(String(path.dropFirst(root.count + 1))) }
                relevant = true
            }
            if relevant { changed(known ? paths : nil) }
            if mayPoll && lostTrack.withLock({ $0 }) {
                // The watches followed the root away (or ended with it), or a new folder could not
                // be watched: poll the root's path from now on (a copy renamed into its place too).
                methodState.withLock { $0 = .poll }
                runPolling(from: snapshot())
                return
            }
        }
    }
    #endif

    private struct Stamp: Equatable {
        var size: Int, modified: Int, changed: Int, inode: UInt64
    }

    private func snapshot() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        for folder in folders(below: root) {
            var info = stat()
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where hearsHidden || !name.hasPrefix(".") {
                let path = folder + "/" + name
                guard stat(path, &info) == 0 else { continue }
                #if canImport(Darwin)
                let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
                let changedAt = Int(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int(info.st_ctimespec.tv_nsec)
                #else
                let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
                let changedAt = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
                #endif
                result[path] = Stamp(size: Int(info.st_size), modified: modified, changed: changedAt, inode: UInt64(info.st_ino))
            }
        }
        return result
    }

    private func runPolling(from first: [String: Stamp]) {
        var last = first
        while !isStopped {
            Thread.sleep(forTimeInterval: Double(Self.pollInterval.components.attoseconds) / 1e18)
            guard !isStopped else { return }
            let now = snapshot()
            if now != last {
                last = now
                changed(nil)
            }
        }
    }
}
