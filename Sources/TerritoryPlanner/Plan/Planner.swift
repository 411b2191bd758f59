import TerritoryModel
import TerritoryRouting

/// Plans rep-months with the routing core: capacity first, then patterns and routes together.
public enum Planner {
    /// How hard the solver works on one rep-month.
    public struct Effort: Sendable {
        /// Random seed; the same seed and inputs give the same plan.
        public var seed: UInt64
        /// Solver iterations per rep (the deterministic default effort).
        public var iterations: Int
        /// Optional wall-clock cap per rep.
        public var timeLimit: Duration?
        /// Stops every rep's search early when raised (Ctrl-C); nil: none.
        public var cancellation: SolverCancellation?

        /// Creates an effort setting.
        public init(seed: UInt64 = 1, iterations: Int = SolverOptions.defaultIterations, timeLimit: Duration? = nil) {
            self.seed = seed
            self.iterations = iterations
            self.timeLimit = timeLimit
        }
    }

    /// Builds the rep-month of one rep.
    public static func repMonth(
        territory: Territory, repID: String, workingDays: [CalendarDate], leave: [Leave],
        travel: TravelModel
    ) throws(RoutingProblemError) -> RepMonth {
        guard let rep = territory.rep(id: repID) else { throw RoutingProblemError(problems: ["unknown rep \(repID)"]) }
        let doctors = territory.gradedDoctors(ofRep: repID)
        return try RepMonth(rep: rep, doctors: doctors, workingDays: workingDays, leave: leave, rules: territory.rules, travel: travel)
    }

    /// A stable 64-bit seed for one rep from the run's seed and the rep's id (FNV-1a; never Swift's per-process hash).
    public static func seed(_ seed: UInt64, repID: String) -> UInt64 {
        StableHash.fnv1a64(repID) ^ (seed &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Plans one rep-month.
    ///
    /// - Complexity: the solver's: `effort.iterations` ruin-and-recreate steps with local search.
    public static func plan(_ month: RepMonth, rules: Rules, effort: Effort) -> RepPlan {
        let problem = month.problem
        let options = SolverOptions(
            seed: seed(effort.seed, repID: month.rep.id), iterationLimit: effort.iterations, timeLimit: effort.timeLimit,
            cancellation: effort.cancellation)
        let solution = Solver.solve(problem, options: options)

        // One vehicle a day: the day's route, then the pass that makes priority and the shortfall
        // policy hold by construction.
        var repair = PriorityRepair(
            month: month, rules: rules,
            routes: (0..<month.days.count).map { d in d < solution.routes.count ? solution.routes[d].first ?? [] : [] })
        repair.run()
        repair.restorePreviousDays()

        var visits: [PlannedVisit] = []
        var visitCount = [Int](repeating: 0, count: month.doctors.count + 1)
        var travelMinutes = 0
        var travelKm = 0.0
        for (d, date) in month.days.enumerated() {
            let route = repair.routes[d]
            guard !route.isEmpty, let starts = problem.schedule(of: route) else { continue }
            var previous = 0
            for (k, node) in route.enumerated() {
                let i = Int(node)
                let g = month.doctors[i - 1]
                visits.append(
                    PlannedVisit(
                        repID: month.rep.id, date: date, seq: k + 1, hospitalID: g.hospital.id, doctorID: g.doctor.id,
                        arrival: ClockTime(minutes: Int(starts[k])),
                        departure: ClockTime(minutes: Int(starts[k]) + rules.serviceMinutes)))
                visitCount[i] += 1
                travelMinutes += Int(problem.travel(previous, i))
                travelKm += month.km(previous, i)
                previous = i
            }
            travelMinutes += Int(problem.travel(previous, 0))
            travelKm += month.km(previous, 0)
        }

        var unplaced: [(UnplacedVisits, Int, Int)] = []
        for (k, g) in month.doctors.enumerated() {
            let missing = month.visitsWanted[k] - visitCount[k + 1]
            guard missing > 0 else { continue }
            let reason = unplacedReason(month: month, node: k + 1, rules: rules, repair: repair)
            unplaced.append(
                (
                    UnplacedVisits(doctorID: g.doctor.id, repID: month.rep.id, missing: missing, reason: reason),
                    rules.priorityRank(ofZone: g.zone.id), -g.score
                ))
        }
        unplaced.sort { ($0.1, $0.2, $0.0.doctorID) < ($1.1, $1.2, $1.0.doctorID) }

        var byZone: [String: Int] = [:]
        let doctorIndex = Dictionary(uniqueKeysWithValues: month.doctors.enumerated().map { ($1.doctor.id, $0) })
        for v in visits { byZone[month.doctors[doctorIndex[v.doctorID]!].zone.id, default: 0] += 1 }

        return RepPlan(
            repID: month.rep.id, workingDays: month.workingDays.count, leaveDays: month.leaveDays.count,
            capacity: month.capacity, required: month.required, visits: visits, unplaced: unplaced.map(\.0),
            plannedByZone: rules.zones.map { ($0.id, byZone[$0.id] ?? 0) },
            travelKm: travelKm, travelMinutes: travelMinutes,
            solveSeconds: solution.statistics.seconds, iterations: solution.statistics.iterations)
    }

    /// The binding reason a doctor's visits are missing: no call window at its hospital, more visits
    /// than working days (spacing) or than days left after leave, else capacity when one more visit
    /// would fit in time on some spacing-valid set of days if the rep's calls per day allowed it,
    /// otherwise the hospital's reception windows (or, at a hospital open all day, capacity).
    static func unplacedReason(month: RepMonth, node: Int, rules: Rules, repair: PriorityRepair) -> UnplacedReason {
        let g = month.doctors[node - 1]
        if month.callWindows[node].isEmpty { return .receptionWindows }
        let wanted = month.visitsWanted[node - 1]
        if wanted > month.workingDays.count { return .spacing }
        if wanted > month.days.count { return .leave }
        if g.hospital.visitWindows.isEmpty { return .capacity }
        var trial = repair
        let planned = trial.count(node)
        let none = [Bool](repeating: false, count: month.doctors.count + 1)
        trial.removeAll(node)
        return trial.bestDays(for: node, size: planned + 1, victimAllowed: none, limitCalls: false) == nil ? .receptionWindows : .capacity
    }
}
