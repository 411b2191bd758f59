/// When the search stops, and how far along it is (for the annealing schedule).
///
/// Progress is the larger of the iteration fraction and, when a time limit is set, the elapsed
/// time fraction; without a time limit it depends on iterations only, which keeps runs
/// reproducible.
struct StoppingCriterion {
    /// Iterations allowed.
    let iterationLimit: Int
    /// Wall-clock cap, if any.
    let timeLimit: Duration?
    /// When the search started.
    let start: ContinuousClock.Instant
    /// The time limit in seconds (`.infinity` when none).
    private let limitSeconds: Double
    /// Raised to stop early.
    let cancellation: SolverCancellation?

    init(iterationLimit: Int, timeLimit: Duration?, start: ContinuousClock.Instant, cancellation: SolverCancellation? = nil) {
        self.cancellation = cancellation
        self.iterationLimit = max(0, iterationLimit)
        self.timeLimit = timeLimit
        self.start = start
        limitSeconds = timeLimit.map(Self.seconds) ?? .infinity
    }

    /// Seconds elapsed since `start`.
    func elapsed() -> Double { Self.seconds(ContinuousClock.now - start) }

    /// Fraction of the effort used after `iteration` iterations, in `0...1`.
    func progress(iteration: Int) -> Double {
        var p = iterationLimit == 0 ? 1 : Double(iteration) / Double(iterationLimit)
        if timeLimit != nil { p = max(p, elapsed() / limitSeconds) }
        return min(1, p)
    }

    /// Whether to stop before iteration `iteration` (0-based).
    func shouldStop(iteration: Int) -> Bool {
        if iteration >= iterationLimit { return true }
        if timeLimit != nil && elapsed() >= limitSeconds { return true }
        return cancellation?.isCancelled ?? false
    }

    /// A duration in seconds.
    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }
}
