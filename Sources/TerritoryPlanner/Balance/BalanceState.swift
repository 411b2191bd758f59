/// An assignment of every unit to a rep, with each rep's load and travel estimate kept up to date so a
/// move (relocate, swap, chain) is evaluated exactly from the reps it touches alone.
public struct BalanceState: Sendable {
    /// The problem.
    public let problem: BalanceProblem
    /// The rep holding each unit.
    public private(set) var owner: [Int]
    /// Visits per month per rep.
    public private(set) var load: [Int]
    /// Travel estimate per rep, metres a month.
    public private(set) var travel: [Int64]
    /// The units each rep holds, in no particular order.
    private(set) var members: [[Int]]
    /// The cost of the assignment.
    public private(set) var cost: BalanceCost
    /// Per-mille district utilisation, for the deviation level.
    private let districtPerMille: Int64

    /// The assignment of today: every unit with its owner.
    public init(problem: BalanceProblem) {
        self.init(problem: problem, owner: problem.units.map(\.owner))
    }

    /// A given assignment (each unit's rep).
    public init(problem: BalanceProblem, owner: [Int]) {
        self.problem = problem
        self.owner = owner
        var members = [[Int]](repeating: [], count: problem.repCount)
        var load = [Int](repeating: 0, count: problem.repCount)
        for (u, r) in owner.enumerated() {
            members[r].append(u)
            load[r] += problem.units[u].visits
        }
        self.members = members
        self.load = load
        self.districtPerMille = Int64((problem.districtUtilisation * 1000).rounded())
        self.travel = (0..<problem.repCount).map { BalanceState.travelEstimate(problem, rep: $0, units: members[$0]) }
        self.cost = BalanceCost(overload: 0, underload: 0, redMoves: 0, moves: 0, travel: 0, deviation: 0)
        self.cost = total()
    }

    /// The cost recomputed from scratch (tests compare it with the incremental one).
    public func total() -> BalanceCost {
        var c = BalanceCost(overload: 0, underload: 0, redMoves: 0, moves: 0, travel: 0, deviation: 0)
        for r in 0..<problem.repCount {
            let p = part(r, load: load[r])
            c.overload += p.over
            c.underload += p.under
            c.deviation += p.deviation
            c.travel += BalanceState.travelEstimate(problem, rep: r, units: members[r])
        }
        for (u, r) in owner.enumerated() where r != problem.units[u].owner {
            c.moves += 1
            if problem.units[u].isRed { c.redMoves += 1 }
        }
        return c
    }

    /// A rep's share of the load levels at a given load.
    func part(_ r: Int, load: Int) -> (over: Int64, under: Int64, deviation: Int64) {
        let over = Int64(max(0, load - problem.upperLoad[r]))
        let under = Int64(max(0, problem.lowerLoad[r] - load))
        let cap = problem.capacity[r]
        let perMille = cap == 0 ? (load == 0 ? districtPerMille : 10_000) : Int64((Double(load) * 1000 / Double(cap)).rounded())
        let d = perMille - districtPerMille
        return (over, under, d * d)
    }

    /// The cost had each unit in `moved` gone to the rep beside it. At most three reps change; each is
    /// re-estimated from its units with the change applied.
    public func evaluate(_ moved: [(unit: Int, to: Int)]) -> BalanceCost { evaluate(moved, unlessWorseThan: nil)! }

    /// The cost of the move, or nil as soon as its first four levels (load, red moves, moves: all O(1))
    /// already make it worse than `bound`, before any travel is estimated.
    public func evaluate(_ moved: [(unit: Int, to: Int)], unlessWorseThan bound: BalanceCost?) -> BalanceCost? {
        var c = cost
        var reps: [Int] = []
        reps.reserveCapacity(4)
        for m in moved {
            let from = owner[m.unit]
            if !reps.contains(from) { reps.append(from) }
            if !reps.contains(m.to) { reps.append(m.to) }
            let unit = problem.units[m.unit]
            let wasMoved: Int64 = from != unit.owner ? 1 : 0
            let isMoved: Int64 = m.to != unit.owner ? 1 : 0
            c.moves += isMoved - wasMoved
            if unit.isRed { c.redMoves += isMoved - wasMoved }
        }
        var newLoads: [Int] = []
        newLoads.reserveCapacity(reps.count)
        for r in reps {
            var newLoad = load[r]
            for m in moved {
                if owner[m.unit] == r { newLoad -= problem.units[m.unit].visits }
                if m.to == r { newLoad += problem.units[m.unit].visits }
            }
            newLoads.append(newLoad)
            let before = part(r, load: load[r])
            let after = part(r, load: newLoad)
            c.overload += after.over - before.over
            c.underload += after.under - before.under
            c.deviation += after.deviation - before.deviation
        }
        if let bound {
            let mine = (c.overload, c.underload, c.redMoves, c.moves)
            let theirs = (bound.overload, bound.underload, bound.redMoves, bound.moves)
            if mine > theirs { return nil }
        }
        for r in reps {
            var units = members[r]
            for m in moved {
                if owner[m.unit] == r, let k = units.firstIndex(of: m.unit) { units.remove(at: k) }
                if m.to == r { units.append(m.unit) }
            }
            c.travel += BalanceState.travelEstimate(problem, rep: r, units: units) - travel[r]
        }
        return c
    }

    /// Moves the units; `cost` becomes what `evaluate` said.
    public mutating func apply(_ moved: [(unit: Int, to: Int)]) {
        let newCost = evaluate(moved)
        var touched: [Int] = []
        for m in moved {
            let from = owner[m.unit]
            if from == m.to { continue }
            if let k = members[from].firstIndex(of: m.unit) { members[from].remove(at: k) }
            members[m.to].append(m.unit)
            load[from] -= problem.units[m.unit].visits
            load[m.to] += problem.units[m.unit].visits
            owner[m.unit] = m.to
            touched.append(from)
            touched.append(m.to)
        }
        for r in touched { travel[r] = BalanceState.travelEstimate(problem, rep: r, units: members[r]) }
        cost = newCost
    }

    /// A rep's travel estimate for a month, in metres: for each hospital the rep holds doctors at, the days it
    /// is there × twice the detour to it from the nearest of the rep's points nearer its base (the base itself,
    /// or a hospital of the rep nearer the base), so a hospital beside one the rep already sees costs little and
    /// a lone far one its round trip. The days at a hospital are the most visits one of its doctors needs, or
    /// more when its visits fill more half-days (half a day's calls each: the planner visits a hospital in
    /// its morning or afternoon window), at most the rep's available days. Calibrated on the planner's routes:
    /// on the generated 20-rep districts it comes within a few per cent of the planned travel, where
    /// base round trips × the busiest doctor's visits fell about a fifth short.
    /// - Complexity: O(k²) for k units of the rep.
    public static func travelEstimate(_ problem: BalanceProblem, rep r: Int, units: [Int]) -> Int64 {
        var hospitals: [(h: Int, days: Int, visits: Int)] = []
        hospitals.reserveCapacity(units.count)
        for u in units {
            let unit = problem.units[u]
            if let k = hospitals.firstIndex(where: { $0.h == unit.hospital }) {
                hospitals[k].days = max(hospitals[k].days, unit.busiestDoctorVisits)
                hospitals[k].visits += unit.visits
            } else {
                hospitals.append((unit.hospital, unit.busiestDoctorVisits, unit.visits))
            }
        }
        let available = problem.availableDays[r]
        let perHalfDay = available == 0 ? 1 : max(1, problem.capacity[r] / available / 2)
        let n = problem.hospitalCount
        var total: Int64 = 0
        for a in hospitals {
            let out = Int64(problem.baseMetres[r * n + a.h])
            var from = out
            for b in hospitals where b.h != a.h {
                let bOut = Int64(problem.baseMetres[r * n + b.h])
                if (bOut, b.h) < (out, a.h) { from = min(from, Int64(problem.hospitalMetres[a.h * n + b.h])) }
            }
            let days = max(a.days, (a.visits + perHalfDay - 1) / perHalfDay)
            total += Int64(min(days, available)) * 2 * from
        }
        return total
    }
}
