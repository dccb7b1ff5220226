// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#endif

/// Ends the run as a crash, so libFuzzer saves the input, after printing what went wrong.
public enum FuzzFailure {
    /// Prints `problems` to standard error and aborts when there are any.
    public static func check(_ problems: [String]) {
        guard !problems.isEmpty else { return }
        for problem in problems.prefix(20) {
            let line = Array("FINDING: \(problem)\n".utf8)
            _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
        abort()
    }
}
