// ldpub — MIT licence.

import YAMLNodes

/// An id written in the input to point at something defined elsewhere (a person, a reference),
/// with where it was written, so an unresolved one can be reported at that spot.
public struct IDReference: Sendable, Hashable {
    /// The id.
    public let id: String
    /// Where the id was written.
    public let span: SourceSpan

    /// Creates a reference.
    public init(_ id: String, span: SourceSpan) {
        self.id = id
        self.span = span
    }
}
