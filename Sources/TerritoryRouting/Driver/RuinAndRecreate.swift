/// The search driver: ruin-and-recreate iterations under simulated-annealing acceptance.
///
/// Each iteration copies the current solution, removes strings of nearby clients (all their
/// visits), reinserts them on their cheapest patterns with blinks, and keeps the result if the
/// annealing criterion accepts it. The solution stays feasible throughout; clients that fit
/// nowhere are counted as unplaced and weigh more than any travel.
struct RuinAndRecreate {
    /// Fraction of the average arc cost used as the starting temperature (1.0 measured best among
    /// 0.5, 1.0 and 2.0 on p12, pr10: p12 4.8% -> 1.4% at 30 s).
    var initialTemperatureFactor = 1.0
    /// Fraction of the average arc cost used as the final temperature (0.01 measured best among
    /// 0.005, 0.01 and 0.02).
    var finalTemperatureFactor = 0.01

    let data: SearchData
    var rng: RandomSource
    var ruin = StringRemoval()
    /// Ruin used on a quarter of the iterations when patterns carry penalties (overloaded months).
    var priorityRoom = PriorityRoom()
    var recreate: BestPatternInsertion
    var localSearch = LocalSearch()
    /// Whether each recreated solution gets a local-search polish around the reinserted clients.
    var polish = true
    /// Demand × most visits of each node, for the "largest demand first" insertion order.
    let totalDemand: [Int64]

    init(data: SearchData, seed: UInt64) {
        self.data = data
        rng = RandomSource(seed: seed)
        recreate = BestPatternInsertion(dayCount: data.dayCount, blinkRate: 0.01)
        var totals = [Int64](repeating: 0, count: data.nodeCount)
        for c in 1..<max(1, data.nodeCount) {
            let visits = data.mostVisits[Int(data.groupOfNode[c])]
            totals[c] = Int64(data.demand[c]) * Int64(max(1, visits))
        }
        totalDemand = totals
        if !data.hasTimeWindows && data.hasSingleRouteDays {
            // One tour per day (a TSP per day): SISR's strings then all come from the same tour and
            // need a hotter schedule to leave 2-opt-deep optima (a280 at 5 s, seeds 1-8: worst
            // 2.48% -> 0.81%; p06 at 10 s 1.19% -> 0.00%). The planner's reps have one route a day
            // too, but with reception windows this schedule lengthened their months (6-seed mean
            // +29 km), so they keep the one above.
            initialTemperatureFactor = 5
            finalTemperatureFactor = 0.05
        }
    }

    /// A first solution: every client inserted by the recreate step into empty routes.
    mutating func construct() -> WorkingSolution {
        var s = WorkingSolution(data)
        let all = data.clientCount > 0 ? (1...data.clientCount).map { Int32($0) } : []
        recreate.recreate(all, into: &s, data, totalDemand: totalDemand, &rng)
        return s
    }

    /// Runs the search from `start` until `stop` says so; returns the best solution seen.
    mutating func run(
        from start: WorkingSolution, stop: StoppingCriterion,
        progress: ((SolverProgress) -> Void)?
    ) -> (best: WorkingSolution, iterations: Int, accepted: Int, bestIteration: Int) {
        var current = start
        var best = start
        var visits = 0
        var used = 0
        for r in 0..<data.routeCount where !start.routeClients[r].isEmpty {
            visits += start.routeClients[r].count
            used += 1
        }
        let arc = max(1, Double(start.travelCost) / Double(max(1, visits + used)))
        let annealing = SimulatedAnnealing(
            initialTemperature: arc * initialTemperatureFactor,
            finalTemperature: arc * finalTemperatureFactor)
        var iteration = 0
        var accepted = 0
        var bestIteration = 0
        while !stop.shouldStop(iteration: iteration) {
            let t = annealing.temperature(progress: stop.progress(iteration: iteration))
            iteration += 1
            var candidate = current
            var removed: [Int32] = []
            if data.hasPenalties && rng.below(4) == 0 { removed = priorityRoom.ruin(&candidate, data, &rng) }
            if removed.isEmpty { removed = ruin.ruin(&candidate, data, &rng) }
            recreate.recreate(removed, into: &candidate, data, totalDemand: totalDemand, &rng)
            if polish { localSearch.polish(removed, &candidate, data) }
            candidate.checkInvariants(data)
            if candidate.objective < best.objective {
                localSearch.improve(&candidate, data, &rng)
            }
            if annealing.accepts(candidate: candidate.objective, current: current.objective, temperature: t, &rng) {
                current = candidate
                accepted += 1
                if current.objective < best.objective {
                    best = current
                    bestIteration = iteration
                    progress?(
                        SolverProgress(
                            iteration: iteration, bestCost: best.travelCost + best.penaltyCost + best.timeCost,
                            unplacedCount: best.unplaced.count, seconds: stop.elapsed()))
                }
            }
        }
        return (best, iteration, accepted, bestIteration)
    }
}
