// ldpub — MIT licence.

import ArgumentParser
import CorpusGenerator
import Foundation

/// `ldpub-corpus`: writes a deterministic benchmark corpus.
struct LDPubCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ldpub-corpus",
        abstract: "Write a deterministic, seeded benchmark corpus of ldpub input.",
        discussion: """
            Writes site.yaml (20 people, 200 shared references) and N article files shaped like \
            real ones, in Dutch and English, into the output folder. The same seed and N give the \
            same bytes. Every corpus validates without errors (with realistic warnings). \
            Prints the number of files and the total size.
            """
    )

    @Option(help: "The number of articles.")
    var articles: Int = 1000

    @Option(help: "The seed of the random streams; the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "The folder to write into; it must be empty or not exist.")
    var output: String

    func validate() throws {
        guard articles >= 0 else { throw ValidationError("--articles must be 0 or more") }
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: output), !entries.isEmpty {
            throw ValidationError("'\(output)' is not empty; give a new or empty folder")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let summary: CorpusSummary
        do {
            summary = try CorpusGenerator(seed: seed, articleCount: articles).write(to: output)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(74)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        func megabytes(_ bytes: Int) -> String { String(format: "%.2f", Double(bytes) / 1_000_000) }
        print("""
            wrote \(summary.fileCount) files to \(output) in \(String(format: "%.2f", seconds)) s \
            (seed \(seed): site.yaml and \(summary.articleCount) articles)
            total \(summary.totalBytes) bytes (\(megabytes(summary.totalBytes)) MB); site.yaml \(summary.siteBytes) bytes; \
            articles \(summary.averageArticleBytes) bytes on average
            """)
    }
}

LDPubCorpus.main()
