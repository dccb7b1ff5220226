// ldpub — MIT licence.

/// Collects the problems of one document in the order they are found, each distinct one once.
struct ProblemCollector {
    private(set) var problems: [ValidationProblem] = []
    private var seen: Set<ValidationProblem> = []

    mutating func error(_ message: String) { add(.error, message) }

    mutating func warning(_ message: String) { add(.warning, message) }

    mutating func add(_ severity: ValidationProblem.Severity, _ message: String) {
        let problem = ValidationProblem(severity: severity, message: message)
        if seen.insert(problem).inserted { problems.append(problem) }
    }
}
