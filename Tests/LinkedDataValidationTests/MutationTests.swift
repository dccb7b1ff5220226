// ldpub — MIT licence.

import Foundation
import LinkedDataValidation
import Testing

/// Deliberately broken documents, each with the exact problems it must produce.
///
/// Each `Fixtures/Mutations/<name>.<ext>` has a `<name>.expected` next to it holding the
/// rendered problems (`<name>.<ext>: error: …`), one per line. With `RECORD_MUTATIONS=1` in
/// the environment the test rewrites the `.expected` files in the source tree and fails, so
/// a recording is never mistaken for a pass.
@Suite struct MutationTests {
    static let checker = DocumentChecker()

    @Test func thereAreAtLeastTwentyFiveMutations() {
        #expect(Fixtures.mutationNames.count >= 25)
    }

    @Test(arguments: Fixtures.mutationNames)
    func mutationFailsWithItsExactProblems(name: String) throws {
        let data = try Fixtures.data("Mutations/\(name)")
        let checked = try #require(Self.checker.check(contents: data, path: name), "\(name) is not a checked kind of file")
        let rendered = checked.problems.map { "\($0)\n" }.joined()
        let expectedName = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) + ".expected"
        if ProcessInfo.processInfo.environment["RECORD_MUTATIONS"] == "1" {
            let target = Fixtures.sourceFolder.appendingPathComponent("Mutations").appendingPathComponent(expectedName)
            try Data(rendered.utf8).write(to: target)
            Issue.record("recorded \(expectedName); re-run without RECORD_MUTATIONS")
            return
        }
        let expected = String(decoding: try Fixtures.data("Mutations/\(expectedName)"), as: UTF8.self)
        #expect(rendered == expected)
        #expect(!checked.problems.isEmpty, "a mutation must produce at least one problem")
    }

    @Test func everyExpectationNamesItsFileAndAnError() throws {
        for name in Fixtures.mutationNames {
            let expectedName = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) + ".expected"
            let expected = String(decoding: try Fixtures.data("Mutations/\(expectedName)"), as: UTF8.self)
            let lines = expected.split(separator: "\n")
            #expect(!lines.isEmpty, "\(expectedName) is empty")
            // `name: error: …`, or `name:line:column: error: …` for a document that does not parse.
            let head = /[^:]+(:[0-9]+:[0-9]+)?: (error|warning): .*/
            #expect(lines.allSatisfy { $0.hasPrefix("\(name):") && $0.wholeMatch(of: head) != nil }, "\(expectedName)")
        }
    }
}
