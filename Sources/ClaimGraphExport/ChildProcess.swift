// ldpub — MIT licence.

import Foundation
#if canImport(Glibc)
import CProcessSpawn
import Glibc
#endif

/// Runs a program to its end with standard input and output on `/dev/null`, standard error into
/// a file, and no other descriptor of this process open in it.
///
/// On Linux it calls `posix_spawn` itself: Foundation's `Process` (Swift 6.3.1) cannot start any
/// program when the open-files limit is below 256, and fails with "Bad file descriptor".
enum ChildProcess {
    /// How the program ended.
    enum Termination: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal with this number ended it.
        case signalled(Int32)
    }

    /// Why the program could not be started.
    struct StartFailure: Error {
        /// A sentence for the user.
        let reason: String
    }

    /// Starts `executablePath` with `arguments` (not counting the program's name) and exactly
    /// `environment`, and waits for it.
    static func run(_ executablePath: String, arguments: [String], environment: [String: String],
                    standardError: FileHandle) throws(StartFailure) -> Termination {
        #if canImport(Glibc)
        try spawnAndWait(executablePath, arguments: arguments, environment: environment, standardError: standardError.fileDescriptor)
        #else
        try runWithFoundation(executablePath, arguments: arguments, environment: environment, standardError: standardError)
        #endif
    }

    #if canImport(Glibc)
    private static func spawnAndWait(_ executablePath: String, arguments: [String], environment: [String: String],
                                     standardError: Int32) throws(StartFailure) -> Termination {
        var actions = posix_spawn_file_actions_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { throw StartFailure(reason: "posix_spawn_file_actions_init failed") }
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Standard error first: the file's descriptor may itself be 0 or 1 when this process runs
        // without them, and the two opens below would close it.
        var failure = posix_spawn_file_actions_adddup2(&actions, standardError, 2)
        if failure == 0 { failure = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        if failure == 0 { failure = posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0) }
        if failure == 0 {
            // Without the action (a C library before glibc 2.34) the child inherits the
            // descriptors this process opened without close-on-exec; it still runs correctly.
            let closing = ldpub_spawn_file_actions_add_close_from(&actions, 3)
            if closing != ENOSYS { failure = closing }
        }
        guard failure == 0 else { throw StartFailure(reason: "could not prepare its descriptors: \(String(cString: strerror(failure)))") }

        // The child starts with no signal blocked or ignored, whatever this process set up.
        var attributes = posix_spawnattr_t()
        guard posix_spawnattr_init(&attributes) == 0 else { throw StartFailure(reason: "posix_spawnattr_init failed") }
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argumentStrings = ([executablePath] + arguments).map { strdup($0) } + [nil]
        let environmentStrings = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argumentStrings.forEach { free($0) }
            environmentStrings.forEach { free($0) }
        }
        var child = pid_t()
        let spawned = posix_spawn(&child, executablePath, &actions, &attributes, argumentStrings, environmentStrings)
        guard spawned == 0 else { throw StartFailure(reason: "could not start '\(executablePath)': \(String(cString: strerror(spawned)))") }

        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 {
            guard errno == EINTR else { throw StartFailure(reason: "could not wait for '\(executablePath)': \(String(cString: strerror(errno)))") }
        }
        // The encoding of <sys/wait.h>'s WIFEXITED, WEXITSTATUS and WTERMSIG (macros Swift cannot call).
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }
    #else
    private static func runWithFoundation(_ executablePath: String, arguments: [String], environment: [String: String],
                                          standardError: FileHandle) throws(StartFailure) -> Termination {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = standardError
        do {
            try process.run()
        } catch {
            throw StartFailure(reason: "could not start '\(executablePath)': \(error.localizedDescription)")
        }
        process.waitUntilExit()
        return process.terminationReason == .exit ? .exited(process.terminationStatus) : .signalled(process.terminationStatus)
    }
    #endif
}
