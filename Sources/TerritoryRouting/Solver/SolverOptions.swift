/// How long and with which random stream the solver searches.
public struct SolverOptions: Sendable {
    /// Seed of the solver's single random generator (xoshiro256** seeded by SplitMix64).
    public var seed: UInt64
    /// Number of ruin-and-recreate iterations; the default effort. The same seed and iteration
    /// limit give the same result on any machine (when `timeLimit` does not cut the run short).
    public var iterationLimit: Int
    /// Wall-clock cap; the search stops when it is reached, so results may then depend on speed.
    public var timeLimit: Duration?
    /// Stops the search early when raised (nil: runs to its limits).
    public var cancellation: SolverCancellation?

    /// The default effort, shared by the planner (`territory plan`) and the solver's own default:
    /// 16,000 iterations, about 1–2 s for a 60–70-doctor rep-month in a release build.
    public static let defaultIterations = 16_000

    /// Creates options; the defaults give a deterministic run of `defaultIterations` iterations.
    public init(
        seed: UInt64 = 1, iterationLimit: Int = SolverOptions.defaultIterations, timeLimit: Duration? = nil,
        cancellation: SolverCancellation? = nil
    ) {
        self.cancellation = cancellation
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
    public let unplacedCount: Int
    /// Seconds since the solver started.
    public let seconds: Double
}
