// ldpub — MIT licence.

import Dispatch
import Synchronization

extension RandomAccessCollection where Index == Int, Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    ///
    /// Elements are handed out in chunks to `DispatchQueue.concurrentPerform`; results land in
    /// their own slots, so the output is the same whatever the scheduling.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        if count < 2 { return map(transform) }
        let slots = Mutex<[T?]>(Array(repeating: nil, count: count))
        let chunkSize = Swift.max(1, count / 64)
        let chunks = (count + chunkSize - 1) / chunkSize
        let elements = Array(self)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize)
            var results: [T] = []
            results.reserveCapacity(range.count)
            for index in range { results.append(transform(elements[index])) }
            slots.withLock { slots in
                for (offset, result) in results.enumerated() { slots[range.lowerBound + offset] = result }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
