// ldpub — MIT licence.

import Dispatch
import Synchronization

/// A value worked out on another thread while the caller does something else; ``value`` waits
/// for it. Two steps that do not depend on each other (opening the output and reading the
/// cache, listing the article files; loading the schema.org vocabulary, looking for changed
/// files) overlap this way.
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on another thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// A value that is ready already.
    public init(ready value: Value) {
        result.withLock { $0 = value }
    }

    /// The value, once `work` has returned (at once after the first call).
    public var value: Value {
        if let value = result.withLock({ $0 }) { return value }
        done.wait()
        done.signal()
        return result.withLock { $0! }
    }
}

/// Drops `value` on another thread, so that the last release, and the freeing it starts, is not
/// the caller's: freeing the records of 10,000 articles takes tens of milliseconds, which the
/// caller spends on its report instead (and a process that ends first skips).
public func releaseInBackground(_ value: consuming some Sendable) {
    DispatchQueue.global(qos: .utility).async { [value] in withExtendedLifetime(value) {} }
}
