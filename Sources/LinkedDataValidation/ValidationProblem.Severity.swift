// ldpub — MIT licence.

extension ValidationProblem {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The document breaks a rule of its format or of schema.org; `ldpub check` exits 1.
        case error
        /// The document works, but deviates from a recommendation (an RSS feed without
        /// `atom:link rel="self"`, an Article without `image` for Google, a superseded term).
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            lhs == .error && rhs == .warning
        }
    }
}
