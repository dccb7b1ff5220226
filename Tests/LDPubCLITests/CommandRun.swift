// ldpub — MIT licence.

/// What one run of the `ldpub` binary did.
struct CommandRun: Sendable, CustomStringConvertible {
    /// The exit status, or nil when a signal ended the process.
    let status: Int32?
    /// The signal that ended the process (9 after a timeout), or nil.
    let signal: Int32?
    let standardOutput: String
    let standardError: String
    /// The peak resident memory of the process (`wait4`'s `ru_maxrss`), in megabytes.
    let peakMegabytes: Int
    let duration: Duration

    /// Standard error's lines, without the final empty one.
    var errorLines: [String] {
        standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast(standardError.hasSuffix("\n") ? 1 : 0).map(String.init)
    }

    /// True when the output shows a crash instead of a message: Swift's fatal error or
    /// backtracer, or a signal.
    var looksLikeACrash: Bool {
        signal != nil || ["Fatal error", "Backtrac", "Program crashed", "💣", "Stack dump", "SIGSEGV", "SIGILL"].contains {
            standardError.contains($0) || standardOutput.contains($0)
        }
    }

    var description: String {
        "status \(status.map(String.init) ?? "-") signal \(signal.map(String.init) ?? "-"), \(duration), \(peakMegabytes) MB\n"
            + "stderr:\n" + String(standardError.prefix(2_000))
    }
}
