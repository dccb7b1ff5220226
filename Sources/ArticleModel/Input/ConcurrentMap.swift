// ldpub — MIT licence.

import Dispatch

extension RandomAccessCollection where Index == Int, Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    ///
    /// Elements are handed out in chunks to `DispatchQueue.concurrentPerform`; results land in
    /// their own slots, so the output is the same whatever the scheduling.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        if count < 2 { return map(transform) }
        let chunkSize = Swift.max(1, count / 64)
        let chunks = (count + chunkSize - 1) / chunkSize
        let elements = Array(self)
        // Each result is made in its place in the array (a large result is not copied twice).
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize) {
                    (slots.base + index).initialize(to: transform(elements[index]))
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
