// ldpub — MIT licence.

import ArgumentParser
import SchemaOrgVocabulary

/// The schema.org vocabulary every checking command needs: its bundled file is read before
/// anything else, so that when it cannot be read (a machine out of file descriptors) the command
/// stops as an I/O error with the reason, not with a crash. It is decoded where it is first
/// needed: on another thread, by the schema.org terms (`TermVocabulary.schemaOrg`) and the
/// output checker of a build, which start as soon as a command names them.
enum BundledVocabulary {
    static func require() throws {
        if case .failure(let failure) = SchemaOrgVocabulary.bundledFacts {
            StandardStreams.writeError("error: \(failure); nothing done\n")
            throw ExitCode(74)
        }
    }
}
