// ldpub — MIT licence.

import ArticleModel
import Synchronization
import Testing

/// `concurrentMap` keeps the input's order at every width, and a capped width (a low open-files
/// limit) runs no more workers at once than it allows.
@Suite struct ConcurrentMapTests {
    /// How many transforms ran at once, at most.
    final class Overlap: Sendable {
        private let running = Atomic<Int>(0)
        private let most = Atomic<Int>(0)
        var highest: Int { most.load(ordering: .relaxed) }

        func measure<T>(_ work: () -> T) -> T {
            let now = running.add(1, ordering: .relaxed).newValue
            _ = most.max(now, ordering: .relaxed)
            defer { running.subtract(1, ordering: .relaxed) }
            return work()
        }
    }

    @Test(arguments: [1, 2, 3, ParallelWidth.cores, 64])
    func keepsTheOrderAndStaysWithinItsWidth(width: Int) {
        let overlap = Overlap()
        let numbers = Array(0..<1_000)
        let squares = numbers.concurrentMap(width: width) { number in
            overlap.measure {
                // Long enough that workers overlap when they may.
                var sum = 0
                for step in 0..<2_000 { sum &+= step &* number }
                return (number * number, sum)
            }
        }
        #expect(squares.map(\.0) == numbers.map { $0 * $0 })
        #expect(overlap.highest >= 1)
        #expect(overlap.highest <= max(1, width), "width \(width): \(overlap.highest) at once")
    }

    @Test func aWidthBelowOneStillMapsEveryElement() {
        #expect(Array(0..<100).concurrentMap(width: 0) { $0 + 1 } == Array(1...100))
    }
}
