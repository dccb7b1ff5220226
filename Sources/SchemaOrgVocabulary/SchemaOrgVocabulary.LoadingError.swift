// ldpub — MIT licence.

extension SchemaOrgVocabulary {
    /// Why a facts file could not be loaded.
    public enum LoadingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The data is not a facts file: not JSON, or a section is missing or has the wrong shape.
        case malformed(String)
        /// A term refers to a class that the file does not define.
        case undefinedTerm(String, referencedBy: String)

        /// The reason in words, naming the facts file.
        public var description: String {
            switch self {
            case .malformed(let reason):
                return "the schema.org facts file is malformed: \(reason)"
            case .undefinedTerm(let name, let referrer):
                return "the schema.org facts file is inconsistent: '\(referrer)' refers to undefined class '\(name)'"
            }
        }
    }
}
