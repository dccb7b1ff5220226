// ldpub — MIT licence.

import Foundation
import Testing
import TestScratch

extension HostileInputTests {
    /// A value with the time it took and how much the process's peak memory grew meanwhile.
    ///
    /// The peak (`getrusage` max RSS) belongs to the whole test process, where suites run in
    /// parallel, so the growth is an upper bound for this work: generous limits only.
    struct Bounded<Value> {
        let value: Value
        let duration: Duration
        let peakGrowthMegabytes: Int

        /// Runs `body`, timing it with `ContinuousClock` and watching the peak RSS.
        static func measure(_ body: () throws -> Value) rethrows -> Bounded {
            let before = peakResidentMegabytes()
            let clock = ContinuousClock()
            let start = clock.now
            let value = try body()
            let duration = clock.now - start
            return Bounded(value: value, duration: duration, peakGrowthMegabytes: peakResidentMegabytes() - before)
        }

        /// Records an issue when the work took longer than `seconds` or grew the peak by more than `megabytes`.
        func expectWithin(seconds: Double, megabytes: Int, sourceLocation: SourceLocation = #_sourceLocation) {
            if ProcessInfo.processInfo.environment["LDPUB_PRINT_BOUNDS"] == "1" {
                print("BOUNDS \(Test.current?.name ?? "line \(sourceLocation.line)"): \(duration), peak +\(peakGrowthMegabytes) MB")
            }
            #expect(duration < .milliseconds(Int(seconds * 1000)), "took \(duration)", sourceLocation: sourceLocation)
            #expect(peakGrowthMegabytes < megabytes, "peak memory grew by \(peakGrowthMegabytes) MB", sourceLocation: sourceLocation)
        }

        private static func peakResidentMegabytes() -> Int {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss / 1024  // kilobytes on Linux
        }
    }

    /// A folder under the temporary directory, with files, links and sparse files.
    struct TemporaryFolder {
        let path: String

        init(files: [String: [UInt8]]) throws {
            path = TestScratch.folder.appendingPathComponent("ldpub-hostile-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, bytes) in files { try write(name, bytes) }
        }

        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
        }

        func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: path + "/" + name, withDestinationPath: target)
        }

        /// A file of `size` bytes that starts with `text` and is a hole after it (`ftruncate`):
        /// no disk space, no time to write.
        func createSparseFile(_ name: String, startingWith text: String, size: Int) throws {
            try write(name, Array(text.utf8))
            let descriptor = open(path + "/" + name, O_WRONLY)
            #expect(descriptor >= 0)
            defer { close(descriptor) }
            #expect(ftruncate(descriptor, off_t(size)) == 0)
        }
    }
}
