// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#endif
import BuildCache
import ClaimGraphExport
import Synchronization

/// The site-graph fragments made in a build, written to a file in the cache folder as they are
/// made and read back one at a time: for the site graph, for the cache's data file. So a large
/// site's fragments are never all in memory at once.
///
/// The file is removed from the folder as soon as it is open: it has no name, and goes with the
/// build (also one that is killed).
final class FragmentSpill: Sendable {
    private let descriptor: Int32
    private let state = Mutex(State())

    private struct State {
        /// Bytes appended and not yet written to the file; they follow `written` bytes.
        var buffer: [UInt8] = []
        var written = 0
        var failed = false
    }

    private static let flushSize = 1 << 20

    /// A spill file in `folder`; nil when it cannot be made there.
    init?(in folder: CacheFolder) {
        guard let descriptor = folder.unnamedFile() else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `fragment` (as ``SiteClaimGraph/Fragment/serialized``); where it is, or nil when
    /// the file could not be written.
    func append(_ fragment: SiteClaimGraph.Fragment) -> Range<Int>? {
        let bytes = fragment.serialized
        return state.withLock { state -> Range<Int>? in
            guard !state.failed else { return nil }
            let start = state.written + state.buffer.count
            state.buffer += bytes
            if state.buffer.count >= Self.flushSize { flush(&state) }
            return state.failed ? nil : start..<(start + bytes.count)
        }
    }

    /// The serialized fragment at `range`, or nil when it cannot be read.
    func serialized(at range: Range<Int>) -> [UInt8]? {
        let ready = state.withLock { state -> Bool in
            if range.upperBound > state.written { flush(&state) }
            return !state.failed && range.upperBound <= state.written
        }
        guard ready, range.lowerBound >= 0 else { return nil }
        return FileDescriptorIO.read(range.count, from: descriptor, at: range.lowerBound)
    }

    /// The fragment at `range`, or nil when it cannot be read.
    func fragment(at range: Range<Int>) -> SiteClaimGraph.Fragment? {
        serialized(at: range).flatMap(SiteClaimGraph.Fragment.init(serialized:))
    }

    private func flush(_ state: inout State) {
        guard FileDescriptorIO.writeAll(state.buffer, to: descriptor, at: state.written) == 0 else {
            state.failed = true
            return
        }
        state.written += state.buffer.count
        state.buffer.removeAll(keepingCapacity: true)
    }
}
