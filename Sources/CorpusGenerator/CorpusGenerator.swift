// ldpub — MIT licence.

import Dispatch
import Foundation
import Synchronization

/// Generates a benchmark corpus: a `site.yaml` with 20 people and 200 shared references, and
/// `articleCount` articles shaped like real ones, in Dutch and English.
///
/// Deterministic: the same seed and article count always give the same bytes. Each article is
/// drawn from its own random stream, so articles can be generated in any order or in parallel.
/// Every corpus validates without errors; it has realistic warnings (unsupported claims,
/// uncited references, articles without a medical review).
public struct CorpusGenerator: Sendable {
    /// The seed of every random stream.
    public let seed: UInt64
    /// How many articles the corpus has.
    public let articleCount: Int
    /// How many references site.yaml shares.
    public static let siteReferenceCount = 200

    static let identityStream: UInt64 = 1
    static let articleStream: UInt64 = 2
    static let siteStream: UInt64 = 3

    private let site: SiteWriter
    private let articles: ArticleWriter

    /// Creates a generator.
    ///
    /// - Parameters:
    ///   - seed: any number; the same seed gives the same corpus.
    ///   - articleCount: the number of articles, at least 0.
    public init(seed: UInt64, articleCount: Int) {
        precondition(articleCount >= 0, "articleCount must not be negative")
        self.seed = seed
        self.articleCount = articleCount
        var random = SplitMix64(seed: seed, stream: Self.siteStream, index: 0)
        let roster = PeopleRoster(random: &random)
        var used = Set<String>()
        let writer = ReferenceWriter()
        let references = (0..<Self.siteReferenceCount).map { _ in
            writer.make(topic: random.pick(MedicalTopic.catalog), random: &random) { natural in
                var id = natural
                var suffix = 0
                while used.contains(id) {
                    id = suffix < 26 ? natural + String(UnicodeScalar(UInt8(ascii: "a") + UInt8(suffix))) : natural + "-\(suffix)"
                    suffix += 1
                }
                used.insert(id)
                return id
            }
        }
        site = SiteWriter(seed: seed, articleCount: articleCount, roster: roster, references: references)
        articles = ArticleWriter(seed: seed, articleCount: articleCount, roster: roster, siteReferences: references)
    }

    /// `site.yaml`.
    public func siteFile() -> GeneratedFile {
        site.file()
    }

    /// Article `index`, from 0 to `articleCount - 1`.
    public func articleFile(_ index: Int) -> GeneratedFile {
        precondition((0..<articleCount).contains(index), "article index out of range")
        return articles.file(index)
    }

    /// site.yaml, then every article in order.
    public func files() -> [GeneratedFile] {
        [siteFile()] + (0..<articleCount).map(articleFile)
    }

    /// Writes the corpus into `folder` (created if needed), generating articles on all cores.
    ///
    /// - Throws: ``CorpusWriteError`` when a folder or file cannot be written.
    public func write(to folder: String) throws(CorpusWriteError) -> CorpusSummary {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CorpusWriteError(path: folder, reason: error.localizedDescription)
        }
        let site = siteFile()
        try Self.write(site, in: folder)
        // Each worker takes the next article; the total and the first failure are shared.
        let state = Mutex<(next: Int, bytes: Int, failure: CorpusWriteError?)>((0, 0, nil))
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, articleCount))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = state.withLock { state -> Int? in
                    guard state.failure == nil, state.next < articleCount else { return nil }
                    state.next += 1
                    return state.next - 1
                }
                guard let index else { return }
                do throws(CorpusWriteError) {
                    let size = try writeArticle(index, in: folder)
                    state.withLock { $0.bytes += size }
                } catch {
                    state.withLock { if $0.failure == nil { $0.failure = error } }
                }
            }
        }
        let (_, articleBytes, failure) = state.withLock { $0 }
        if let failure { throw failure }
        return CorpusSummary(articleCount: articleCount, siteBytes: site.text.utf8.count, articleBytes: articleBytes)
    }

    private func writeArticle(_ index: Int, in folder: String) throws(CorpusWriteError) -> Int {
        let file = articleFile(index)
        try Self.write(file, in: folder)
        return file.text.utf8.count
    }

    /// Writes with plain `open`/`write`: no temporary file, no `fsync`, as an editor saving a file would.
    private static func write(_ file: GeneratedFile, in folder: String) throws(CorpusWriteError) {
        let path = folder + "/" + file.relativePath
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CorpusWriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var text = file.text
        let failure = text.withUTF8 { bytes -> Int32? in
            var written = 0
            while written < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        if let failure { throw CorpusWriteError(path: path, reason: String(cString: strerror(failure))) }
    }
}
