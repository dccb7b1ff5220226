// ldpub — MIT licence.

import Foundation

extension GraphvizRenderer {
    /// What one run of `dot` produced.
    public struct Output: Sendable, Hashable {
        /// The drawing, in the requested format.
        public let data: Data
        /// What `dot` printed on stderr (warnings); empty for a clean run.
        public let standardError: String

        /// Creates an output.
        public init(data: Data, standardError: String) {
            self.data = data
            self.standardError = standardError
        }
    }
}
