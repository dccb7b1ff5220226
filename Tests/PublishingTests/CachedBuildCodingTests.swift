// ldpub — MIT licence.

import ArticleModel
import BuildCache
import Testing
import YAMLNodes

/// The cache's main file keeps its entries in runs encoded and decoded on all cores: what is
/// read back is what was written, whatever the number of runs, and a damaged run loses the
/// whole file (which is then rebuilt), never part of it.
@Suite struct CachedBuildCodingTests {
    private static func entry(_ index: Int) -> (String, CachedBuild.ArticleEntry) {
        let file = "Articles/article-\(index).yaml"
        // Diagnostics in two files, so that every run must name its first file again.
        let diagnostics = (0..<(index % 3)).map { number in
            Diagnostic.warning("warning \(number) of \(index)", at: SourceSpan(file: number == 0 ? file : "Articles/references.yaml",
                                                                               at: Mark(line: number + 1, column: 3)))
        }
        let outputs = ["index.html", "index.jsonld", "claims.dot"].map {
            CachedBuild.OutputStamp(path: "article-\(index)/\($0)", stamp: FileStamp(size: index, modified: index * 7, changed: index * 11, inode: UInt64(index)))
        }
        var entry = CachedBuild.ArticleEntry(stamp: FileStamp(size: index + 1, modified: 1, changed: 2, inode: 3, links: 1 + index % 2), contentHash: UInt64(index) &* 31,
                                             diagnostics: diagnostics, incompleteIDs: index % 5 == 0 ? ["ref-\(index)"] : [], outputs: outputs,
                                             outputWarnings: index % 4, slug: "article-\(index)", sourcesSignature: UInt64(index), summaryHash: UInt64(index) &* 17)
        entry.location = (index * 100)..<(index * 100 + 90)
        entry.piecesHash = UInt64(index) &+ 5
        entry.indexPart = index % 2 == 0 ? (index * 10)..<(index * 10 + 8) : nil
        return (file, entry)
    }

    private static func cache(articles count: Int) -> CachedBuild {
        CachedBuild(key: "key", token: 42, writtenAt: 1_000, siteHash: 7, siteOutputs: [], outputFolderStamp: nil, siteOutputWarnings: 0,
                    crossFileDiagnostics: [], statistics: BuildStatistics(articles: count, claims: 0, unsupportedClaims: 0, sources: 0, uncitedSources: 0),
                    articles: Dictionary(uniqueKeysWithValues: (0..<count).map(entry)), siteGraphIsPatchable: true, feedSlugs: ["article-1"],
                    feedWarnings: 0)
    }

    @Test(arguments: [0, 1, 1023, 1024, 1025, 2500])
    func readsBackWhatItWrote(articles count: Int) throws {
        let bytes = Self.cache(articles: count).encoded()
        let decoded = try #require(CachedBuild.decode(bytes))
        #expect(decoded.articles.count == count)
        // Encoding is deterministic, so equal bytes mean every field came back.
        #expect(decoded.encoded() == bytes)
        if count > 7 {
            let entry = try #require(decoded.articles["Articles/article-7.yaml"])
            #expect(entry.diagnostics.map(\.span.file) == ["Articles/article-7.yaml"])
            #expect(entry.outputs.map(\.path) == ["article-7/index.html", "article-7/index.jsonld", "article-7/claims.dot"])
        }
    }

    @Test func aDamagedRunLosesTheWholeFile() {
        let bytes = Self.cache(articles: 2500).encoded()
        // A byte near the end (in the last run) cut, or the last byte dropped.
        var cut = bytes
        cut.remove(at: bytes.count - 200)
        #expect(CachedBuild.decode(cut) == nil)
        #expect(CachedBuild.decode(Array(bytes.dropLast())) == nil)
    }
}
