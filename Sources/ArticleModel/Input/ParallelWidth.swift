// ldpub — MIT licence.

import Foundation
import Synchronization

/// How many threads ldpub's parallel work (``Swift/RandomAccessCollection/concurrentMap(_:)``)
/// uses at most: the machine's cores, unless a low open-files limit asks for fewer.
///
/// Each worker may hold a file or two open at a time (an article it reads, a folder it stages
/// into), so the descriptors a build needs grow with the workers; under a low limit, fewer
/// workers keep a build within it on any number of cores.
public enum ParallelWidth {
    /// The cap set by ``limit(to:)``; 0 when there is none.
    private static let cap = Atomic<Int>(0)

    /// The machine's cores.
    public static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// The number of workers parallel work uses: the cores, or fewer when capped.
    public static var current: Int {
        let cap = cap.load(ordering: .relaxed)
        return cap > 0 ? min(cap, cores) : cores
    }

    /// Caps the workers at `width` (at least 1) for the rest of the process.
    public static func limit(to width: Int) {
        cap.store(max(1, width), ordering: .relaxed)
    }
}
