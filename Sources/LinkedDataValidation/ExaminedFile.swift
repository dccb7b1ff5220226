// ldpub — MIT licence.

import LinkedDataJSON

/// A checked file before the JSON-LD it repeats from earlier files is taken out: its JSON-LD
/// documents (a `.jsonld` file has one, an HTML page one per script) kept apart.
struct ExaminedFile {
    /// One JSON-LD document of a file.
    struct Document {
        /// A digest of the parsed document (`nil` when it is not JSON): equal documents have equal digests.
        let digest: Int?
        /// Its problems, located in the file.
        var problems: [ValidationProblem]
    }

    let path: String
    let kind: DocumentKind?
    /// Problems that belong to no JSON-LD document (a feed's, a file that cannot be read).
    var problems: [ValidationProblem] = []
    var documents: [Document] = []

    init(path: String, kind: DocumentKind?, problems: [ValidationProblem] = [], documents: [Document] = []) {
        self.path = path
        self.kind = kind
        self.problems = problems
        self.documents = documents
    }

    /// The result for this file alone, every problem listed.
    var checkedFile: CheckedFile {
        CheckedFile(path: path, kind: kind, problems: problems + documents.flatMap(\.problems))
    }

    /// The digest of a parsed JSON document.
    static func digest(of document: JSONValue) -> Int {
        var hasher = Hasher()
        hasher.combine(document)
        return hasher.finalize()
    }

    /// The results of `files`, in order, with the problems of a JSON-LD document that an
    /// earlier file holds too listed only at that earlier file.
    static func listingRepeatsOnce(_ files: [ExaminedFile]) -> [CheckedFile] {
        var firstHolder: [Int: String] = [:]
        return files.map { file in
            var problems = file.problems
            var repeated: String?
            var everyDocumentRepeats = !file.documents.isEmpty
            for document in file.documents {
                if let digest = document.digest, let holder = firstHolder[digest] {
                    repeated = repeated ?? holder
                    continue
                }
                everyDocumentRepeats = false
                if let digest = document.digest { firstHolder[digest] = file.path }
                problems += document.problems
            }
            return CheckedFile(path: file.path, kind: file.kind, problems: problems, repeats: everyDocumentRepeats ? repeated : nil)
        }
    }
}
