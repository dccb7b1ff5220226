// ldpub — MIT licence.

import ArgumentParser
import SchemaOrgVocabulary

/// The schema.org vocabulary every checking command needs, read before anything else: when its
/// bundled file cannot be read (a machine out of file descriptors), the command stops as an I/O
/// error with the reason, not with a crash.
enum BundledVocabulary {
    static func require() throws {
        if case .failure(let failure) = SchemaOrgVocabulary.loaded {
            StandardStreams.writeError("error: \(failure); nothing done\n")
            throw ExitCode(74)
        }
    }
}
