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

    private static func load(_ name: String) -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else {
            // The files are copied into the bundle at build time; a missing one is a broken build.
            fatalError("ldpub was built without Schemas/\(name).json")
        }
        return data
    }
}
