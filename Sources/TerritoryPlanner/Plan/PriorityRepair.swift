import TerritoryModel
import TerritoryRouting

/// The final pass that makes zone priority and the shortfall policy hold by construction.
///
/// The solver weighs a missing red visit far above any travel, but it is a heuristic: on an
/// overloaded, window-constrained month it can end with a red doctor short while a yellow call
/// sits on a day the red doctor could have used. This pass removes every such case. Repeatedly,
/// for a doctor missing visits (highest zone first, then the largest missing share, then score),
/// it looks for a set of one more visit days that satisfies the spacing rule, where each day
/// either has room or holds a visit of a lower zone that can give way (exact dynamic programming
/// over the spacing rule's gaps, every day's route re-timed exactly). Displaced doctors are
/// re-patterned onto the room that is left. With `shortfall: spread`, a doctor may also take a
/// visit from a doctor of its own zone that is missing clearly less of its month.
///
/// Every accepted step strictly lowers a lexicographic potential (per zone in priority order:
/// missing visits, then the shortfall measure), so the pass ends. At its end no doctor could get
/// one more visit from room or a lower-zone call on any spacing-valid day set — the property
/// `PlanChecker` verifies independently.
struct PriorityRepair {
    let month: RepMonth
    let problem: RoutingProblem
    /// Zone priority rank per node (0 = highest; index 0 unused).
    let rank: [Int]
    /// Potential score per node.
    let score: [Int]
    /// Visits wanted per node: min(visits per month, available days); 0 when no call window exists.
    let target: [Int]
    /// Penalty of one missing visit per node: what displacing one of its visits costs.
    let weight: [Int64]
    /// The shortfall policy.
    let policy: ShortfallPolicy
    /// Number of available days.
    let dayCount: Int

    /// Routes per day (one vehicle a day).
    var routes: [[Int32]]
    /// Visit days per node as a bit set.
    var days: [UInt64]

    init(month: RepMonth, rules: Rules, routes: [[Int32]]) {
        self.month = month
        problem = month.problem
        dayCount = month.days.count
        policy = rules.shortfall
        rank = [0] + month.doctors.map { rules.priorityRank(ofZone: $0.zone.id) }
        score = [0] + month.doctors.map(\.score)
        target = [0] + month.doctors.indices.map { i in month.callWindows[i + 1].isEmpty ? 0 : min(month.visitsWanted[i], month.days.count) }
        weight = month.missingVisitPenalty
        self.routes = routes
        var days = [UInt64](repeating: 0, count: month.doctors.count + 1)
        for (d, route) in routes.enumerated() {
            for c in route { days[Int(c)] |= UInt64(1) << UInt64(d) }
        }
        self.days = days
    }

    /// Visits of node `c` now.
    func count(_ c: Int) -> Int { days[c].nonzeroBitCount }

    /// Runs steps until none applies (bounded by the potential, and by a generous step cap).
    mutating func run() {
        guard dayCount > 0 else { return }
        var steps = 0
        let cap = 4 * (target.reduce(0, +) + 1)
        while steps < cap {
            if sweep(sameZone: false) {
                steps += 1
                continue
            }
            if sweep(sameZone: true) {
                steps += 1
                continue
            }
            break
        }
    }

    /// Tries one step for each doctor missing visits, in priority order; true when any succeeded.
    private mutating func sweep(sameZone: Bool) -> Bool {
        var order: [Int] = []
        for c in 1..<target.count where count(c) < target[c] { order.append(c) }
        order.sort { a, b in
            if rank[a] != rank[b] { return rank[a] < rank[b] }
            let sa = (target[a] - count(a)) * target[b]
            let sb = (target[b] - count(b)) * target[a]
            if sa != sb { return sa > sb }
            return score[a] != score[b] ? score[a] > score[b] : a < b
        }
        var any = false
        for c in order where count(c) < target[c] {
            if step(c, sameZone: sameZone) { any = true }
        }
        return any
    }

    /// One more visit for `c`, displacing lower-zone visits (and, with `sameZone`, visits of its
    /// own zone under the shortfall policy); kept only when the potential falls.
    private mutating func step(_ c: Int, sameZone: Bool) -> Bool {
        let k = count(c)
        var trial = self
        trial.removeAll(c)
        var victimAllowed = [Bool](repeating: false, count: target.count)
        for e in 1..<target.count where e != c && count(e) > 0 {
            if rank[e] > rank[c] { victimAllowed[e] = true } else if sameZone && rank[e] == rank[c] && gives(e, to: c) { victimAllowed[e] = true }
        }
        guard let choice = trial.bestDays(for: c, size: k + 1, victimAllowed: victimAllowed, limitCalls: true) else { return false }
        var displaced: [(node: Int, visits: Int)] = []
        for (d, option) in choice {
            if option.victim > 0 {
                let e = option.victim
                if !displaced.contains(where: { $0.node == e }) { displaced.append((e, trial.count(e))) }
                trial.removeVisit(e, day: d)
            }
            trial.routes[d].insert(Int32(c), at: option.position)
            trial.days[c] |= UInt64(1) << UInt64(d)
        }
        for (e, visits) in displaced { trial.repattern(e, from: visits) }
        guard trial.potential.lexicographicallyPrecedes(potential) else { return false }
        self = trial
        return true
    }

    /// Whether doctor `e` of the same zone may give a visit to `c` under the shortfall policy.
    private func gives(_ e: Int, to c: Int) -> Bool {
        switch policy {
        case .spread:
            // Moving one visit lowers Σ missing²/target: (2·m_e + 1)/t_e < (2·m_c − 1)/t_c.
            let me = target[e] - count(e)
            let mc = target[c] - count(c)
            return (2 * me + 1) * target[c] < (2 * mc - 1) * target[e]
        case .dropLowestScore:
            return score[e] < score[c]
        }
    }

    /// Lexicographic measure of the plan's shortfall: per zone in priority order, the missing visits,
    /// then the policy's measure (spread: Σ missing² ÷ target, scaled; drop lowest score: the missing
    /// visits of each score level from the highest down).
    var potential: [Int64] {
        let ranks = Set(rank.dropFirst()).sorted()
        var out: [Int64] = []
        for r in ranks {
            var missing: Int64 = 0
            var spread: Int64 = 0
            var byScore = [Int64](repeating: 0, count: 64)
            for c in 1..<target.count where rank[c] == r && target[c] > 0 {
                let m = Int64(target[c] - count(c))
                missing += m
                spread += m * m * 720_720 / Int64(target[c])
                byScore[max(0, 63 - min(63, score[c]))] += m
            }
            out.append(missing)
            if policy == .spread { out.append(spread) } else { out += byScore }
        }
        return out
    }

    /// In a re-plan: moves visits back to the doctor's previous days where that keeps the spacing
    /// rule, the day has room and is still timed, and costs less extra travel than the move penalty
    /// (the solver is a heuristic; this makes "a visit that can stay on its day stays" exact for single
    /// swaps). Counts never change, so priority and the shortfall stay as the repair left them.
    mutating func restorePreviousDays() {
        guard month.movePenalty > 0 else { return }
        for c in 1..<target.count {
            let previous = month.previousDays[c - 1]
            var changed = true
            while changed {
                changed = false
                let current = days[c]
                guard current & ~previous != 0, previous & ~current != 0 else { break }
                var best: (from: Int, to: Int, position: Int, gain: Int64)?
                for to in bits(previous & ~current) where routes[to].count < Int(problem.capacity) {
                    guard let (position, added) = cheapestInsertion(c, into: routes[to]) else { continue }
                    for from in bits(current & ~previous) {
                        let candidate = (current & ~(UInt64(1) << UInt64(from))) | (UInt64(1) << UInt64(to))
                        guard month.spacingRule(node: c, visits: candidate.nonzeroBitCount).allows(bits(candidate)) else { continue }
                        var rest = routes[from]
                        guard let i = rest.firstIndex(of: Int32(c)) else { continue }
                        let a = i == 0 ? 0 : Int(rest[i - 1])
                        let b = i == rest.count - 1 ? 0 : Int(rest[i + 1])
                        let saved = Int64(problem.travel(a, c)) + Int64(problem.travel(c, b)) - Int64(problem.travel(a, b))
                        rest.remove(at: i)
                        guard rest.isEmpty || problem.schedule(of: rest) != nil else { continue }
                        let gain = month.movePenalty - (added - saved)
                        if gain > 0 && (best == nil || gain > best!.gain) { best = (from, to, position, gain) }
                    }
                }
                if let m = best {
                    removeVisit(c, day: m.from)
                    routes[m.to].insert(Int32(c), at: m.position)
                    days[c] |= UInt64(1) << UInt64(m.to)
                    changed = true
                }
            }
        }
    }

    /// The set bits of a day mask, ascending.
    private func bits(_ mask: UInt64) -> [Int] {
        var out: [Int] = []
        var m = mask
        while m != 0 {
            out.append(m.trailingZeroBitCount)
            m &= m &- 1
        }
        return out
    }

    // MARK: Routes

    /// Takes doctor `c` off every day it is on.
    mutating func removeAll(_ c: Int) {
        var mask = days[c]
        while mask != 0 {
            let d = mask.trailingZeroBitCount
            mask &= mask &- 1
            routes[d].removeAll { $0 == Int32(c) }
        }
        days[c] = 0
    }

    private mutating func removeVisit(_ c: Int, day d: Int) {
        routes[d].removeAll { $0 == Int32(c) }
        days[c] &= ~(UInt64(1) << UInt64(d))
    }

    /// Gives a displaced doctor the most visits (up to `visits`) the remaining room allows.
    private mutating func repattern(_ e: Int, from visits: Int) {
        removeAll(e)
        let none = [Bool](repeating: false, count: target.count)
        var k = min(visits, target[e])
        while k > 0 {
            if let choice = bestDays(for: e, size: k, victimAllowed: none, limitCalls: true) {
                for (d, option) in choice {
                    routes[d].insert(Int32(e), at: option.position)
                    days[e] |= UInt64(1) << UInt64(d)
                }
                return
            }
            k -= 1
        }
    }

    /// What putting `c` on one day takes: the position, the visit that gives way (0 = none), the cost.
    struct DayOption {
        var position: Int
        var victim: Int
        var cost: Int64
    }

    /// The cheapest way to put `c` on day `d`: room first, else the cheapest allowed victim.
    func option(for c: Int, day d: Int, victimAllowed: [Bool], limitCalls: Bool) -> DayOption? {
        let route = routes[d]
        if !limitCalls || route.count < Int(problem.capacity) {
            if let (p, delta) = cheapestInsertion(c, into: route) { return DayOption(position: p, victim: 0, cost: delta) }
        }
        var best: DayOption?
        for (i, e) in route.enumerated() where victimAllowed[Int(e)] {
            var rest = route
            rest.remove(at: i)
            guard let (p, delta) = cheapestInsertion(c, into: rest) else { continue }
            let cost = weight[Int(e)] &* 1_000 &+ delta
            if best == nil || cost < best!.cost { best = DayOption(position: p, victim: Int(e), cost: cost) }
        }
        return best
    }

    /// The cheapest time-feasible position for `c` in `route` and its travel delta.
    func cheapestInsertion(_ c: Int, into route: [Int32]) -> (Int, Int64)? {
        var best: (Int, Int64)?
        var candidate = route
        for p in 0...route.count {
            let a = p == 0 ? 0 : Int(route[p - 1])
            let b = p == route.count ? 0 : Int(route[p])
            let delta = Int64(problem.travel(a, c)) + Int64(problem.travel(c, b)) - Int64(problem.travel(a, b))
            if let current = best, delta >= current.1 { continue }
            candidate.insert(Int32(c), at: p)
            if problem.schedule(of: candidate) != nil { best = (p, delta) }
            candidate.remove(at: p)
        }
        return best
    }

    /// The cheapest set of `size` days for `c` that satisfies the spacing rule, each day with its
    /// option; nil when none exists. Exact dynamic programming over the rule's gap bounds.
    /// - Complexity: O(days × (insertion options + size × largest gap)).
    func bestDays(for c: Int, size: Int, victimAllowed: [Bool], limitCalls: Bool) -> [(Int, DayOption)]? {
        let w = dayCount
        guard size >= 1, size <= w else { return nil }
        // In a re-plan a day off the doctor's previous days costs the move penalty, so repairs keep visits where they were.
        let previous = month.previousDays[c - 1]
        let options = (0..<w).map { d -> DayOption? in
            guard var o = option(for: c, day: d, victimAllowed: victimAllowed, limitCalls: limitCalls) else { return nil }
            if previous & (UInt64(1) << UInt64(d)) == 0 { o.cost &+= month.movePenalty }
            return o
        }
        let rule = month.spacingRule(node: c, visits: size)
        let inf = Int64.max
        var cost = [Int64](repeating: inf, count: size * w)
        var parent = [Int](repeating: -1, count: size * w)
        for d in rule.firstEarliest..<max(rule.firstEarliest, min(w, rule.firstLimit)) { if let o = options[d] { cost[d] = o.cost } }
        if size > 1 {
            for j in 1..<size {
                for d in 0..<w {
                    guard let o = options[d] else { continue }
                    var best = inf
                    var from = -1
                    let lo = max(0, d - rule.maxGap)
                    let hi = d - rule.minGap
                    if hi < lo { continue }
                    for e in lo...hi where cost[(j - 1) * w + e] < best {
                        best = cost[(j - 1) * w + e]
                        from = e
                    }
                    if from >= 0 {
                        cost[j * w + d] = best &+ o.cost
                        parent[j * w + d] = from
                    }
                }
            }
        }
        var end = -1
        var best = inf
        for d in max(0, w - rule.maxGap)..<w where cost[(size - 1) * w + d] < best {
            best = cost[(size - 1) * w + d]
            end = d
        }
        guard end >= 0 else { return nil }
        var out: [(Int, DayOption)] = []
        var d = end
        for j in stride(from: size - 1, through: 0, by: -1) {
            out.append((d, options[d]!))
            d = parent[j * w + d]
        }
        return out.reversed()
    }
}
