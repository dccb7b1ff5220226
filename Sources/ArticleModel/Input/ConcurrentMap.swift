// ldpub — MIT licence.

import Dispatch
import Synchronization

extension RandomAccessCollection where Index == Int, Element: Sendable {
    /// Maps every element on several cores, keeping the order of the input.
    ///
    /// Elements are handed out in chunks to `DispatchQueue.concurrentPerform`, on at most
    /// ``ParallelWidth/current`` threads; results land in their own slots, so the output is the
    /// same whatever the scheduling.
    ///
    /// - Parameter width: The most threads used at once (``ParallelWidth/current`` unless given;
    ///   at least 1).
    public func concurrentMap<T: Sendable>(width: Int = ParallelWidth.current, _ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        if count < 2 { return map(transform) }
        let chunkSize = Swift.max(1, count / 64)
        let chunks = (count + chunkSize - 1) / chunkSize
        let elements = Array(self)
        // Each result is made in its place in the array (a large result is not copied twice).
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            @Sendable func run(chunk: Int) {
                for index in (chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize) {
                    (slots.base + index).initialize(to: transform(elements[index]))
                }
            }
            if width >= ParallelWidth.cores {
                // (concurrentPerform itself uses at most the cores)
                DispatchQueue.concurrentPerform(iterations: chunks) { run(chunk: $0) }
            } else {
                // Capped (a low open-files limit): `width` workers take the chunks in turn.
                let nextChunk = Atomic<Int>(0)
                DispatchQueue.concurrentPerform(iterations: Swift.min(Swift.max(1, width), chunks)) { _ in
                    while case let chunk = nextChunk.add(1, ordering: .relaxed).oldValue, chunk < chunks {
                        run(chunk: chunk)
                    }
                }
            }
            initialized = count
        }
    }
}

/// The results' places: each chunk initializes its own, and `concurrentPerform` returns only
/// when every chunk is done, so no two threads touch one place and the caller sees them all.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
