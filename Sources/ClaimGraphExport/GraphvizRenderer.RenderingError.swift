// ldpub — MIT licence.

extension GraphvizRenderer {
    /// Why a graph could not be rendered.
    public enum RenderingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// No `dot` program on the search path: Graphviz is not installed.
        case dotNotFound
        /// `dot` could not be started, or its temporary files could not be written or read.
        case couldNotRun(String)
        /// `dot` exited with a status other than 0 (or was killed by a signal, whose number is
        /// the status); `standardError` is what it printed.
        case failed(exitStatus: Int32, standardError: String)

        /// One message for the user, without a final newline.
        public var description: String {
            switch self {
            case .dotNotFound:
                "Graphviz 'dot' was not found on PATH; install graphviz to render SVG"
            case .couldNotRun(let reason):
                "Graphviz 'dot' could not be run: \(reason)"
            case .failed(let status, let standardError):
                "Graphviz 'dot' failed with exit status \(status)"
                    + (standardError.isEmpty ? "" : ": " + standardError.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }
}
