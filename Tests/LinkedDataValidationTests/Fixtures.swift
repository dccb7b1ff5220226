// ldpub — MIT licence.

import Foundation
import Testing

/// The test fixtures, copied into the test bundle from `Fixtures/`.
enum Fixtures {
    /// The bundled `Fixtures` folder.
    static var folder: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures missing from the test bundle")
        }
    }

    /// The source folder of the fixtures, for recording expectations.
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The contents of `Fixtures/<relativePath>`.
    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(relativePath))
    }

    /// The names of the mutation fixtures (documents, not their `.expected` files), sorted.
    static let mutationNames: [String] = {
        let folder = sourceFolder.appendingPathComponent("Mutations")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") && !$0.hasPrefix(".") }.sorted()
    }()
}
