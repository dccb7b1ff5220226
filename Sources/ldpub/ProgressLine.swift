// ldpub — MIT licence.

import Foundation
import Publishing
import Synchronization

/// A progress line for long builds: "building: 4,200 of 10,000 articles", rewritten in place on
/// standard error when it is a terminal, from one second into the build, at most ten times a
/// second; cleared when the build ends. Quiet when standard error is not a terminal (CI, pipes).
final class ProgressLine: Sendable {
    private let started = ContinuousClock.now
    private let lastShown = Mutex<ContinuousClock.Instant?>(nil)

    /// A progress line when standard error is a terminal; nil otherwise.
    static func forTerminal() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    /// Shows `progress` when the build has run a second and the line was not shown in the last 0.1 s.
    func show(_ progress: FolderBuild.Progress) {
        let now = ContinuousClock.now
        guard now - started > .seconds(1) else { return }
        let due = lastShown.withLock { last -> Bool in
            if let last, now - last < .milliseconds(100), progress.articlesDone < progress.articles { return false }
            last = now
            return true
        }
        guard due else { return }
        StandardStreams.writeError("\r\u{1B}[Kbuilding: \(progress.articlesDone.formatted()) of \(progress.articles.formatted()) articles")
    }

    /// Clears the line, when it was shown.
    func clear() {
        if lastShown.withLock({ $0 != nil }) { StandardStreams.writeError("\r\u{1B}[K") }
    }
}
