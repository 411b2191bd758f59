import Testing

@testable import TerritoryRouting

/// The cheapest pattern of a spaced group, found by dynamic programming over the days, against
/// every day set of the month tried one by one.
@Suite("Pattern choice")
struct PatternChoiceTests {
    /// A problem of `days` days whose one client group is `group` (client 1), on a line.
    static func problem(days: Int, group: SpacedPatterns, clients: Int = 1) -> RoutingProblem {
        let nodes = clients + 1
        var travel = [Int32](repeating: 0, count: nodes * nodes)
        for i in 0..<nodes { for j in 0..<nodes { travel[i * nodes + j] = Int32(abs(i - j) * 3) } }
        return try! RoutingProblem(
            clientCount: clients, dayCount: days, travel: travel, service: Array(repeating: 0, count: nodes),
            demand: [0] + Array(repeating: 1, count: clients), vehiclesPerDay: Array(repeating: 1, count: days),
            capacity: 100, patternGroups: [[VisitPattern(days: 0)]], spacedGroups: [group],
            patternGroupOfNode: [0] + Array(repeating: 1, count: clients))
    }

    /// Random tiers: a full one, one with a visit fewer at a penalty, and the empty set.
    static func randomGroup(days: Int, _ rng: inout RandomSource) -> SpacedPatterns {
        let visits = 1 + rng.below(min(5, days))
        var tiers: [SpacedPatterns.Tier] = []
        for (k, penalty) in [(visits, Int64(0)), (visits - 1, Int64(40 + rng.below(60)))] where k > 0 {
            let minGap = 1 + rng.below(2)
            let maxGap = minGap + rng.below(4)
            tiers.append(
                SpacedPatterns.Tier(
                    visits: k, minGap: minGap, maxGap: maxGap, firstEarliest: rng.below(2), firstLimit: 1 + rng.below(days),
                    lastFrom: rng.below(days), penalty: penalty))
        }
        tiers.append(SpacedPatterns.Tier(visits: 0, minGap: 1, maxGap: 1, firstEarliest: 0, firstLimit: 0, lastFrom: 0, penalty: 500))
        return SpacedPatterns(tiers: tiers)
    }

    @Test("The cheapest spaced pattern costs what the cheapest of every allowed day set costs, over 400 random groups and day costs")
    func dynamicProgrammingMatchesEnumeration() throws {
        var rng = RandomSource(seed: 17)
        var choice = PatternChoice()
        for _ in 0..<400 {
            let days = 4 + rng.below(9)
            let group = Self.randomGroup(days: days, &rng)
            let data = SearchData(Self.problem(days: days, group: group))
            // Costs may be negative (ChangePattern's kept days) or forbid a day.
            let cost: [Int64] = (0..<days).map { _ in rng.below(6) == 0 ? .max : Int64(rng.below(60)) - 15 }
            var best = Int64.max
            for mask in 0..<(UInt64(1) << UInt64(days)) {
                guard let penalty = group.penalty(of: mask) else { continue }
                var total = penalty
                var rest = mask
                while rest != 0 {
                    let d = rest.trailingZeroBitCount
                    rest &= rest &- 1
                    if cost[d] == .max {
                        total = .max
                        break
                    }
                    total += cost[d]
                }
                best = min(best, total)
            }
            let answer = choice.cheapest(group: 1, dayCost: cost, data)
            let found = try #require(answer)
            #expect(found.cost == best)
            #expect(group.penalty(of: found.days) == found.penalty)
            var recomputed = found.penalty
            var rest = found.days
            while rest != 0 {
                recomputed += cost[rest.trailingZeroBitCount]
                rest &= rest &- 1
            }
            #expect(recomputed == found.cost)
        }
    }

    @Test("Ties go to the gap nearest an even spread of the visits, then to the earliest days")
    func tiesGoToEvenSpread() throws {
        // 2 visits in 8 days: an even spread is 4 days apart. The last visit may be day 5 at the
        // earliest and the first must be before day 3, so {1, 5} (gap 4) beats {0, 5} and {2, 5}.
        let group = SpacedPatterns(tiers: [
            SpacedPatterns.Tier(visits: 2, minGap: 1, maxGap: 5, firstEarliest: 0, firstLimit: 3, lastFrom: 5, penalty: 0)
        ])
        var choice = PatternChoice()
        let answer = choice.cheapest(group: 1, dayCost: Array(repeating: 5, count: 8), SearchData(Self.problem(days: 8, group: group)))
        let found = try #require(answer)
        #expect(found.days == 0b10_0010)
        #expect(found.cost == 10)
    }

    @Test("ChangePattern.best on a spaced group finds the delta that trying every allowed day set finds")
    func changePatternOnSpacedGroups() throws {
        var rng = RandomSource(seed: 5)
        var checked = 0
        for trial in 0..<30 {
            let days = 5 + rng.below(4)
            let group = Self.randomGroup(days: days, &rng)
            let problem = Self.problem(days: days, group: group, clients: 4)
            let data = SearchData(problem)
            var driver = RuinAndRecreate(data: data, seed: UInt64(trial))
            let s = driver.construct()
            var dayDelta = [Int64](repeating: 0, count: days)
            var choice = PatternChoice()
            var evaluations = 0
            for c in 1...4 where s.isPlaced(Int32(c)) {
                var best: Int64 = 0
                for mask in 0..<(UInt64(1) << UInt64(days)) {
                    guard let penalty = group.penalty(of: mask),
                        let delta = ChangePattern(client: Int32(c), days: mask, penalty: penalty).evaluate(s, data), delta < best
                    else { continue }
                    best = delta
                }
                let found = ChangePattern.best(for: Int32(c), in: s, data, dayDelta: &dayDelta, choice: &choice, evaluations: &evaluations)
                #expect(found?.delta ?? 0 == best, "trial \(trial) client \(c)")
                checked += 1
            }
        }
        #expect(checked > 60)
    }

    @Test("A month of spaced groups is solved to routes that keep every rule, each client on a day set its group allows")
    func solvesSpacedMonths() {
        var rng = RandomSource(seed: 3)
        let clients = 24
        let days = 10
        let nodes = clients + 1
        let xs = (0..<nodes).map { _ in rng.unit() * 50 }
        let ys = (0..<nodes).map { _ in rng.unit() * 50 }
        var travel = [Int32](repeating: 0, count: nodes * nodes)
        for i in 0..<nodes {
            for j in 0..<nodes { travel[i * nodes + j] = Int32(((xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j])).squareRoot()) }
        }
        let groups = (0..<3).map { _ in Self.randomGroup(days: days, &rng) }
        let problem = try! RoutingProblem(
            clientCount: clients, dayCount: days, travel: travel, service: Array(repeating: 0, count: nodes),
            demand: [0] + Array(repeating: 1, count: clients), vehiclesPerDay: Array(repeating: 1, count: days),
            capacity: 6, patternGroups: [[VisitPattern(days: 0)]], spacedGroups: groups,
            patternGroupOfNode: [0] + (1...clients).map { Int32(1 + $0 % 3) })
        let solution = Solver.solve(problem, options: SolverOptions(seed: 2, iterationLimit: 300))
        #expect(violations(of: solution, problem) == [])
        #expect(solution.patternOfClient.compactMap { $0 }.contains { $0.days != 0 })
    }
}
