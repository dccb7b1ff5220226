// ldpub — MIT licence.

/// Collects the problems of one document in the order they are found, each distinct one once.
///
/// Each problem may come with an ``Anchor``, what it is about, which ``located(in:)`` turns into
/// a line and column once the document's parts have been located. A problem found again at
/// another place is still listed once, at its first place.
struct ProblemCollector {
    /// What a problem is about, and so where in the document it points.
    enum Anchor: Hashable {
        /// A byte offset in the document, known as the problem was found (``JSONLDGraphBuilder``
        /// reading with a source map).
        case offset(Int)
        /// A node object as a whole (a missing property): its `{`.
        case node(Int)
        /// One `@type` value of a node object (an unknown or superseded type): that string.
        case type(node: Int, index: Int)
        /// A property of a node object (unknown, not in the domain, superseded): its key.
        case property(Int)
        /// One value of a property (outside the range, a wrong enumeration member, a dangling
        /// `@id`): the value (a literal, or the `{` of a node object or reference).
        case value(Int)
    }

    private(set) var problems: [ValidationProblem] = []
    /// Per problem: what it is about, if known.
    private(set) var anchors: [Anchor?] = []
    private var seen: Set<ValidationProblem> = []

    mutating func error(_ message: String, at anchor: Anchor? = nil) { add(.error, message, at: anchor) }

    mutating func warning(_ message: String, at anchor: Anchor? = nil) { add(.warning, message, at: anchor) }

    mutating func add(_ severity: ValidationProblem.Severity, _ message: String, at anchor: Anchor? = nil) {
        let problem = ValidationProblem(severity: severity, message: message)
        if seen.insert(problem).inserted {
            problems.append(problem)
            anchors.append(anchor)
        }
    }

    /// The problems, each with the line and column in `bytes` (the document) of the byte offset
    /// `offset` gives for it (by its index and anchor), when it gives one.
    func located(in bytes: UnsafeBufferPointer<UInt8>, offset: (Int, Anchor?) -> Int?) -> [ValidationProblem] {
        let offsets = anchors.indices.map { offset($0, anchors[$0]) }
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
