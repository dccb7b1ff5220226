// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open-files limit, settled before a command starts any thread.
///
/// A soft limit below ``comfortable`` is raised to it (or to the hard limit, if that is lower), as
/// Go programs (Hugo among them) raise theirs at start. A limit that stays below ``minimum`` stops
/// the command at once, as an I/O error with what to do: running out later, mid-build, could also crash Swift's libdispatch,
/// which must open `/proc` to watch its threads. Between the two, the parallel work is narrowed
/// to what the limit holds.
enum OpenFilesLimit {
    /// Below this, no command runs (`ldpub serve` needs ``heldByTheServer`` more).
    static let minimum = 16
    /// What a build holds open besides its workers: the standard three, libdispatch's, the
    /// bundled schema.org facts, the output folder and its lock, the cache and its folder, …
    static let heldByTheBuild = 12
    /// What each parallel worker may hold open at once (an article folder and a file in it).
    static let heldByAWorker = 2
    /// What `ldpub serve` holds open besides a build: its listening socket, its event queue, the
    /// file watcher, up to 32 reload streams (one per open tab) and a browser's requests.
    static let heldByTheServer = 48
    /// The soft limit ldpub raises a lower one to, when the hard limit allows.
    static let comfortable: rlim_t = 1024

    /// Raises a low soft limit, stops below ``minimum``, and narrows ``ParallelWidth`` to the limit.
    /// - Parameter serving: whether the command serves the output (`ldpub serve`).
    static func prepare(serving: Bool = false) throws {
        let limit = raisedLimit()
        let own = minimum + (serving ? heldByTheServer : 0)
        let inherited = inheritedDescriptors(below: limit)
        // The advice counts the inherited descriptors below the limit it gives (one above today's
        // limit may be below it), so that following it is enough.
        let needed = smallestLimit(leaving: own)
        guard limit >= needed, limit - inherited >= own else {
            let purpose = serving ? " to serve" : ""
            let share = needed > own ? " (\(own)\(purpose), and \(needed - own) for files left open by the program that started it)" : purpose
            StandardStreams.writeError("""
                error: the open-files limit of \(limit) is too low for ldpub, which needs at least \(needed)\(share): \
                raise it with `ulimit -n \(needed)` (or more) and run again; nothing done

                """)
            throw ExitCode(74)
        }
        let reserved = heldByTheBuild + (serving ? heldByTheServer : 0) + inherited
        ParallelWidth.limit(to: (limit - reserved) / heldByAWorker)
    }

    /// The soft limit, raised toward ``comfortable`` as far as the hard limit allows.
    private static func raisedLimit() -> Int {
        let resource = FileReading.openFilesResource
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return Int(Int32.max) }
        if limit.rlim_cur < comfortable && limit.rlim_max > limit.rlim_cur {
            var raised = limit
            raised.rlim_cur = min(limit.rlim_max, comfortable)
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur >= rlim_t(Int32.max) ? Int(Int32.max) : Int(limit.rlim_cur)
    }

    /// The smallest limit that leaves `own` descriptors besides the inherited ones below it.
    private static func smallestLimit(leaving own: Int) -> Int {
        var limit = own
        while own + inheritedDescriptors(below: limit) > limit { limit = own + inheritedDescriptors(below: limit) }
        return limit
    }

    /// The descriptors below `limit` that ldpub was started with beyond the standard three (a
    /// parent that leaks some): they take their share of the limit too.
    private static func inheritedDescriptors(below limit: Int) -> Int {
        max(0, openDescriptors(below: limit) - 3)
    }

    /// How many descriptors below `limit` are open (only counted under a limit low enough to
    /// matter; above it, the standard three are assumed).
    private static func openDescriptors(below limit: Int) -> Int {
        guard limit <= 4_096 else { return 3 }
        return (0..<Int32(limit)).filter { fcntl($0, F_GETFD) != -1 }.count
    }
}
