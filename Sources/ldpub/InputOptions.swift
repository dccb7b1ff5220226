// ldpub — MIT licence.

import ArgumentParser
import ArticleModel
import Foundation
import Publishing
import YAMLNodes

/// Options shared by every command that reads an input folder.
struct InputOptions: ParsableArguments {
    @Argument(help: "The input folder: site.yaml and the article files.")
    var input: String = "Articles"

    @Option(name: .customLong("max-file-size"), help: "The largest input file accepted, in bytes.")
    var maxFileSize: Int = LoadLimits.default.maxFileBytes

    func validate() throws {
        guard maxFileSize > 0 else {
            throw ValidationError("--max-file-size must be a positive number of bytes")
        }
    }

    /// Checks the input folder when the command runs, so that argument errors (an unknown
    /// option) are reported first, as they should be.
    func checkInputFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw ValidationError("input folder '\(input)' does not exist")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("'\(input)' is not a folder; give the folder that holds site.yaml")
        }
    }

    /// The validator configured by these options, with the bundled schema.org vocabulary.
    func makeValidator() -> InputValidator {
        InputValidator(vocabulary: .schemaOrg, limits: limits)
    }

    /// The YAML limits, with the file size from `--max-file-size`.
    var limits: LoadLimits {
        var limits = LoadLimits.default
        limits.maxFileBytes = maxFileSize
        return limits
    }
}
