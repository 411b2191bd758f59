/// How long and with which random stream the solver searches.
public struct SolverOptions: Sendable {
    /// Seed of the solver's single random generator (xoshiro256** seeded by SplitMix64).
    public var seed: UInt64
    /// Number of ruin-and-recreate iterations; the default effort. The same seed and iteration
    /// limit give the same result on any machine (when `timeLimit` does not cut the run short).
    public var iterationLimit: Int
    /// Wall-clock cap; the search stops when it is reached, so results may then depend on speed.
    public var timeLimit: Duration?

    /// Creates options; the defaults give a deterministic run of 20,000 iterations.
    public init(seed: UInt64 = 1, iterationLimit: Int = 20_000, timeLimit: Duration? = nil) {
        self.seed = seed
        self.iterationLimit = iterationLimit
        self.timeLimit = timeLimit
    }
}

/// What the search did: effort and speed figures.
public struct SolverStatistics: Sendable {
    /// Ruin-and-recreate iterations performed.
    public let iterations: Int
    /// Insertion positions and local-search moves evaluated.
    public let movesEvaluated: Int
    /// Iterations whose result the acceptance criterion kept.
    public let acceptedIterations: Int
    /// Iteration at which the returned solution was first found.
    public let bestIteration: Int
    /// Wall-clock seconds spent in `Solver.solve`.
    public let seconds: Double

    /// Moves evaluated per second of wall-clock time (0 for an instant run).
    public var movesPerSecond: Double { seconds > 0 ? Double(movesEvaluated) / seconds : 0 }
}

/// A snapshot sent to the progress callback whenever the best solution improves.
public struct SolverProgress: Sendable {
    /// Iterations done so far.
    public let iteration: Int
    /// Travel plus penalties plus time cost of the best solution so far.
    public let bestCost: Int64
    /// Clients the best solution so far cannot place.
    public let unassignedCount: Int
    /// Seconds since the solver started.
    public let seconds: Double
}
