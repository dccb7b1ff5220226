// ldpub — MIT licence.

import Foundation
import Publishing
import Testing

/// Builds that keep the cache and the input listing in memory from one to the next
/// (`FolderBuild.Options.resident`, as `ldpub serve` does): they use what they kept only while
/// it holds, and write what a build without a cache writes.
extension BuildCacheTests {
    private func residentBuild(_ input: URL, _ output: URL, _ resident: ResidentState, heard inputs: Set<String>?) -> FolderBuild.Report {
        var options = FolderBuild.Options(inputPath: input.path, outputPath: output.path, vocabulary: FolderBuildTests.vocabulary,
                                          drawGraphs: false, cacheKey: "test", cacheRoot: cacheRoot)
        options.resident = resident
        options.knownChanges = inputs.map { KnownChanges(inputs: $0, outputs: []) }
        return FolderBuild(options: options).run()
    }

    @Test func aResidentBuildUsesTheListingKeptOnlyWhileItHolds() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        let resident = ResidentState()
        // One article is held back, to be added later.
        let added = input.appendingPathComponent("slaap-en-stemming.yaml"), away = temporaryFolder()
        try FileManager.default.moveItem(at: added, to: away)
        let first = residentBuild(input, output, resident, heard: nil)
        #expect(first.failure == nil && !first.listingFromMemory && !first.cacheFromMemory)

        try edit(input.appendingPathComponent("antidepressiva.yaml"), "title: Werken antidepressiva?", "title: Werken antidepressiva echt?")
        let edited = residentBuild(input, output, resident, heard: ["antidepressiva.yaml"])
        #expect(edited.failure == nil && edited.listingFromMemory && edited.cacheFromMemory)
        #expect(try owned(output) == reference(input))

        try FileManager.default.moveItem(at: away, to: added)
        let grown = residentBuild(input, output, resident, heard: ["slaap-en-stemming.yaml"])
        #expect(grown.failure == nil && !grown.listingFromMemory && grown.cacheFromMemory)
        #expect(try owned(output) == reference(input), "the added article is built")

        try FileManager.default.removeItem(at: added)
        let shrunk = residentBuild(input, output, resident, heard: ["slaap-en-stemming.yaml"])
        #expect(shrunk.failure == nil && !shrunk.listingFromMemory)
        #expect(try owned(output) == reference(input), "the removed article's files are gone")
    }

    @Test func aCacheWrittenByAnotherBuildIsReadNotTheOneKept() throws {
        let input = try agedClinic()
        let output = temporaryFolder()
        let resident = ResidentState()
        #expect(residentBuild(input, output, resident, heard: nil).failure == nil)
        #expect(residentBuild(input, output, resident, heard: []).cacheFromMemory)

        // Another process builds into the same output (`ldpub build`), after an edit.
        try edit(input.appendingPathComponent("antidepressiva.yaml"), "title: Werken antidepressiva?", "title: Werken antidepressiva echt?")
        #expect(build(input, output).failure == nil)
        let after = residentBuild(input, output, resident, heard: ["antidepressiva.yaml"])
        #expect(after.failure == nil && !after.cacheFromMemory, "the cache file changed: it is read")
        #expect(after.reusedArticles == 4 && after.summary?.written == [])
        #expect(try owned(output) == reference(input))
        #expect(residentBuild(input, output, resident, heard: []).cacheFromMemory, "and kept again")
    }
}
