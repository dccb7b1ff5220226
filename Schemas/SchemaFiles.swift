// ldpub — MIT licence.

import Foundation

/// The data files in `Schemas/`, bundled with the library: the JSON Schemas of the input
/// and the schema.org facts the validator uses.
public enum SchemaFiles {
    /// The schema.org vocabulary facts (`Schemas/schemaorg-facts.json`).
    public static var schemaOrgFacts: Data { load("schemaorg-facts") }
    /// The JSON Schema of `site.yaml` (`Schemas/site.schema.json`).
    public static var siteSchema: Data { load("site.schema") }
    /// The JSON Schema of an article (`Schemas/article.schema.json`).
    public static var articleSchema: Data { load("article.schema") }

    /// The schema.org facts, or why they could not be read (a machine out of file descriptors:
    /// not a broken build).
    public static func readSchemaOrgFacts() -> Result<Data, ReadFailure> { read("schemaorg-facts") }

    /// A bundled file that is there but could not be read.
    public struct ReadFailure: Error, Sendable, CustomStringConvertible {
        /// Where the file is.
        public let path: String
        /// The system's reason.
        public let reason: String

        public var description: String { "cannot read ldpub's '\(path)': \(reason)" }
    }

    private static func load(_ name: String) -> Data {
        switch read(name) {
        case .success(let data): return data
        case .failure(let failure): fatalError("\(failure)")
        }
    }

    private static func read(_ name: String) -> Result<Data, ReadFailure> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
            // The files are copied into the bundle at build time; a missing one is a broken build.
            fatalError("ldpub was built without Schemas/\(name).json")
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(path: url.path, reason: String(cString: strerror(errno)))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(ReadFailure(path: url.path, reason: error.localizedDescription))
        }
    }
}
