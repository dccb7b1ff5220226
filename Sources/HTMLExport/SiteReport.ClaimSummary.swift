// ldpub — MIT licence.

extension SiteReport {
    /// A claim the report lists: one no source supports (it cites none, or only sources that
    /// dispute or mention it).
    public struct ClaimSummary: Sendable, Hashable {
        /// The claim's number on its page (1-based, in article order).
        public let number: Int
        /// The claim id.
        public let id: String
        /// The claim in plain words.
        public let text: String
        /// The heading of its section.
        public let section: String
        /// True when it cites sources that only dispute or mention it; false when it cites none.
        public let hasSources: Bool

        /// What is true of its sources, in words: "cites no source" or "its sources only dispute or mention it".
        public var why: String { hasSources ? "its sources only dispute or mention it" : "cites no source" }
    }
}
