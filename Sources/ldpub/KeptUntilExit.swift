// ldpub — MIT licence.

/// Values a command is done with just before the process exits, left for the kernel to take back
/// with the rest of the process instead of being freed one allocation at a time (as clang's
/// `-disable-free` does). A `validate` of 10,000 articles spent some 50 ms freeing its summaries
/// and diagnostics on one core after its last line was printed.
///
/// Only for values whose last use is the end of a one-shot command: never in `serve`.
enum KeptUntilExit {
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process exits.
    static func keep<Value>(_ value: consuming Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
