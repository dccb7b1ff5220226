// ldpub — MIT licence.

/// Collects the problems of one document in the order they are found, each distinct one once.
///
/// A problem may come with the byte offset of what it is about in the document; offsets are
/// known only when the document was read with a ``JSONSourceMap`` (see ``JSONLDValidator``),
/// and become lines and columns in ``located(in:)``. A problem found again at another place is
/// still listed once, at its first place.
struct ProblemCollector {
    private(set) var problems: [ValidationProblem] = []
    /// Per problem: the byte offset it points at, if known.
    private(set) var offsets: [Int?] = []
    private var seen: Set<ValidationProblem> = []

    mutating func error(_ message: String, at offset: Int? = nil) { add(.error, message, at: offset) }

    mutating func warning(_ message: String, at offset: Int? = nil) { add(.warning, message, at: offset) }

    mutating func add(_ severity: ValidationProblem.Severity, _ message: String, at offset: Int? = nil) {
        let problem = ValidationProblem(severity: severity, message: message)
        if seen.insert(problem).inserted {
            problems.append(problem)
            offsets.append(offset)
        }
    }

    /// The problems, each with the line and column of its offset in `bytes` (the document).
    func located(in bytes: UnsafeBufferPointer<UInt8>) -> [ValidationProblem] {
        var positions: [Int: TextPosition] = [:]
        var counter = LineCounter()
        for offset in Set(offsets.compactMap { $0 }).sorted() {
            positions[offset] = counter.position(of: offset, in: bytes)
        }
        return zip(problems, offsets).map { problem, offset in
            var located = problem
            located.position = offset.flatMap { positions[$0] }
            return located
        }
    }
}
