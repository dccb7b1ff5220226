// ldpub — MIT licence.

import CProcessSpawn
import Foundation
import Testing
import TestScratch

/// Runs the `ldpub` binary that `swift build --build-tests` put next to the test bundle (or
/// the one `LDPUB_BINARY` names), as a separate process, with its peak memory measured.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`) when it is installed, else from the
/// process's `VmHWM` in `/proc`, read while it runs. (`wait4`'s `ru_maxrss` cannot be used: on
/// Linux a spawned child inherits its parent's peak, here the whole test process's.)
enum LDPubBinary {
    private static let gnuTime = "/usr/bin/time"

    /// The binary's path.
    static let path: String = {
        if let path = ProcessInfo.processInfo.environment["LDPUB_BINARY"] { return path }
        let folders = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].compactMap { $0 }
        for folder in folders {
            let candidate = folder.appendingPathComponent("ldpub").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return folders.first?.appendingPathComponent("ldpub").path ?? "ldpub"
    }()

    /// Runs `ldpub arguments…` with standard input empty; kills it after `timeout`.
    ///
    /// - Parameter openFiles: when set, the child's open-files limit (`ulimit -n`, soft and hard),
    ///   as on machines with a stock limit; the test process keeps its own.
    /// - Parameter softOpenFiles: when set, the child's soft open-files limit only (`ulimit -S -n`),
    ///   below a hard limit that a program may raise it to.
    /// - Parameter environment: variables set (or replaced) for the child only.
    static func run(_ arguments: [String], timeout: Duration = .seconds(120), openFiles: Int? = nil,
                    softOpenFiles: Int? = nil,
                    environment extraVariables: [String: String] = [:]) throws -> CommandRun {
        let folder = try TestScratch.newFolder("ldpub-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("stdout").path
        let errorPath = folder.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // As from a shell: none of the test process's own descriptors, which would count
        // against the child's open-files limit.
        ldpub_spawn_file_actions_add_close_from(&actions, 3)
        let memoryPath = folder.appendingPathComponent("memory").path
        let timed = FileManager.default.isExecutableFile(atPath: gnuTime)
        // A limit is set by a shell that then becomes ldpub; it also closes the report file that
        // GNU time leaves open in its child (descriptor 3, the first free one).
        let limits = (openFiles.map { ["ulimit -n \($0)"] } ?? []) + (softOpenFiles.map { ["ulimit -S -n \($0)"] } ?? [])
        let limited = limits.isEmpty ? [path] + arguments
            : ["/bin/sh", "-c", (["exec 3>&-"] + limits + ["exec \"$@\""]).joined(separator: " && "), "sh", path] + arguments
        let command = timed ? [gnuTime, "-f", "%M", "-o", memoryPath] + limited : limited
        let argv = command.map { strdup($0) } + [nil]
        // Build caches go to this run's folder, not to the user's ~/.cache.
        var variables = ProcessInfo.processInfo.environment
        variables["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
        variables.merge(extraVariables) { $1 }
        let environment = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in environment { free(pointer) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environment)
        guard spawned == 0 else {
            Issue.record("cannot start \(path): \(String(cString: strerror(spawned)))")
            return CommandRun(status: nil, signal: nil, standardOutput: "", standardError: "", peakMegabytes: 0, duration: .zero)
        }
        var status: Int32 = 0
        var killed = false
        var peakKilobytes = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if !killed && clock.now - start > timeout {
                kill(pid, SIGKILL)
                killed = true
            }
            if !timed { peakKilobytes = max(peakKilobytes, highWaterMark(of: pid)) }
            usleep(1_000)
        }
        let duration = clock.now - start
        var signal = status & 0x7F
        var exitStatus = (status >> 8) & 0xFF
        if timed {
            // GNU time reports the command's peak, and exits with 128 + the signal that ended it.
            let report = (try? String(contentsOfFile: memoryPath, encoding: .utf8)) ?? ""
            peakKilobytes = report.split(separator: "\n").last.flatMap { Int($0) } ?? 0
            if signal == 0, report.contains("terminated by signal") { signal = exitStatus - 128 }
        }
        if signal != 0 { exitStatus = 0 }
        return CommandRun(
            status: signal == 0 ? exitStatus : nil, signal: signal == 0 ? nil : signal,
            standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "",
            peakMegabytes: peakKilobytes / 1024, duration: duration)
    }

    /// The `VmHWM` (peak resident memory) of a running process, in kilobytes, or 0.
    private static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
