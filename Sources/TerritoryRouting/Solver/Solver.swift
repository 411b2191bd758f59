/// The periodic vehicle routing solver shared by the monthly planner and the benchmark.
public enum Solver {
    /// Minimises travel plus pattern penalties (plus route time costs, when it has them) of `problem`, leaving out only clients no feasible
    /// pattern exists for (reported in `unplaced`).
    ///
    /// Ruin-and-recreate with string removals and best-pattern blink insertion under simulated
    /// annealing (SISR, Christiaens & Vanden Berghe 2020, adapted to periodic routing as whole-client
    /// removal and pattern choice at insertion, in the spirit of Vidal et al. 2012).
    /// Deterministic for a given seed and iteration limit unless the time limit stops it first.
    /// - Parameters:
    ///   - problem: the validated problem.
    ///   - options: seed, iteration limit and optional time limit.
    ///   - progress: called on the solving thread whenever the best solution improves.
    /// - Complexity: O(iterations × (removed clients × visits on their days)) plus O(n² log n)
    ///   set-up for neighbour lists.
    public static func solve(
        _ problem: RoutingProblem, options: SolverOptions = SolverOptions(),
        progress: ((SolverProgress) -> Void)? = nil
    ) -> RoutingSolution {
        let clock = ContinuousClock()
        let start = clock.now
        let data = SearchData(problem)
        let stop = StoppingCriterion(
            iterationLimit: options.iterationLimit, timeLimit: options.timeLimit, start: start,
            cancellation: options.cancellation)
        var driver = RuinAndRecreate(data: data, seed: options.seed)
        let initial = driver.construct()
        let result = driver.run(from: initial, stop: stop, progress: progress)
        let best = result.best
        var routes: [[[Int32]]] = []
        for d in 0..<data.dayCount {
            routes.append((Int(data.firstRoute[d])..<Int(data.firstRoute[d + 1])).map { best.routeClients[$0] })
        }
        let patterns: [VisitPattern?] = (0..<data.nodeCount).map { c in
            c == 0 || !best.isPlaced(Int32(c)) ? nil : VisitPattern(days: best.daysOfClient[c], penalty: best.penaltyOfClient[c])
        }
        let statistics = SolverStatistics(
            iterations: result.iterations,
            movesEvaluated: driver.recreate.evaluations + driver.localSearch.evaluations,
            acceptedIterations: result.accepted,
            bestIteration: result.bestIteration,
            seconds: stop.elapsed())
        return RoutingSolution(
            routes: routes, patternOfClient: patterns, travelCost: best.travelCost,
            penaltyCost: best.penaltyCost, timeCost: best.timeCost, unplaced: best.unplaced.sorted(),
            statistics: statistics)
    }
}
