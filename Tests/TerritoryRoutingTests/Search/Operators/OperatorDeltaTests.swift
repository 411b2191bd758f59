import Testing

@testable import TerritoryRouting

@Suite("Local-search operators")
struct OperatorDeltaTests {
    /// Constraint settings of the fixture. Each admits the fixture's start solution; the tight ones only
    /// just, so that some moves break them.
    enum Variant: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// Capacity 10, no day end, no windows: every move is feasible.
        case loose
        /// Capacity 4: day 0's route [1, 2, 3] is full.
        case tightCapacity = "tight capacity"
        /// Day end 37: day 1's route [6, 5, 1] needs exactly 31 travel + 6 service.
        case dayEnd = "day end"
        /// Windows met by the start's service times: client 1 at 7 on day 0 and at 29 (its close) on day 1,
        /// client 2 at 11 in the first of its two windows, client 3 waiting from 21 to 25, client 4 at 18 (its close).
        case timeWindows = "time windows"
        /// The time windows above with a time cost (0.3 per unit of length, 0.8 per unit of idle
        /// time): moves that shorten a wait pay even when they add travel.
        case timeCost = "time cost"

        var problem: RoutingProblem {
            switch self {
            case .loose: OperatorFixture.problem(capacity: 10)
            case .tightCapacity: OperatorFixture.problem(capacity: 4)
            case .dayEnd: OperatorFixture.problem(capacity: 10, dayEnd: 37)
            case .timeWindows:
                OperatorFixture.problem(
                    capacity: 10,
                    windows: [
                        [], [TimeWindow(open: 0, close: 10), TimeWindow(open: 25, close: 29)],
                        [TimeWindow(open: 5, close: 12), TimeWindow(open: 40, close: 60)], [TimeWindow(open: 25, close: 30)],
                        [TimeWindow(open: 0, close: 18)], [], [],
                    ])
            case .timeCost:
                OperatorFixture.problem(
                    capacity: 10, windows: Variant.timeWindows.problem.windows,
                    timeCost: RouteTimeCost(dayPerMille: 300, idlePerMille: 800))
            }
        }

        var testDescription: String { rawValue }
    }

    @Test(
        "Each operator's evaluated delta equals the objective after apply minus before, and feasible moves stay feasible",
        arguments: Variant.allCases, ["relocate", "swap", "2-opt", "2-opt*", "change-pattern"])
    func exactDeltas(variant: Variant, name: String) throws {
        let problem = variant.problem
        let data = SearchData(problem)
        let start = OperatorFixture.solution(data)
        try #require(OperatorFixture.isConsistent(start, problem, data))
        if variant == .timeCost { try #require(start.timeCost > 0) }
        let before = OperatorFixture.objective(start, problem)
        var checked = 0
        for move in OperatorFixture.allMoves(start, data) where type(of: move).name == name {
            guard let delta = move.evaluate(start, data) else { continue }
            var after = start
            move.apply(to: &after, data)
            #expect(OperatorFixture.objective(after, problem) - before == delta, "\(move)")
            #expect(after.objective - start.objective == delta, "\(move)")
            #expect(OperatorFixture.isConsistent(after, problem, data), "\(move)")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test(
        "Moves judged infeasible would break capacity, a window or the day end, and the tight variants have some",
        arguments: Variant.allCases)
    func infeasibleMovesAreReallyInfeasible(variant: Variant) throws {
        let problem = variant.problem
        let data = SearchData(problem)
        let start = OperatorFixture.solution(data)
        try #require(OperatorFixture.isConsistent(start, problem, data))
        var infeasible = 0
        for move in OperatorFixture.allMoves(start, data) where !(move is ChangePattern) && move.evaluate(start, data) == nil {
            var after = start
            move.apply(to: &after, data)
            // Moving a visit to where it already is, or exchanging two empty tails, is rejected as a no-op.
            if after.routeClients == start.routeClients { continue }
            #expect(!OperatorFixture.isConsistent(after, problem, data), "\(move)")
            infeasible += 1
        }
        if variant == .loose {
            #expect(infeasible == 0)
        } else {
            #expect(infeasible > 0)
        }
    }

    @Test(
        "The cheapest insertion of a visit is the cheapest of all positions tried one by one, time cost included",
        arguments: Variant.allCases)
    func cheapestInsertionIsCheapest(variant: Variant) throws {
        let problem = variant.problem
        let data = SearchData(problem)
        var start = OperatorFixture.solution(data)
        try #require(OperatorFixture.isConsistent(start, problem, data))
        // Take client 4 out of day 0 (its only visit) and look for its best place on day 0 again.
        start.remove(client: 4, data)
        var rng = RandomSource(seed: 1)
        var evaluations = 0
        let found = start.cheapestInsertion(of: 4, day: 0, data, blinkThreshold: 0, &rng, evaluations: &evaluations)
        var best = Int64.max
        for r in Int(data.firstRoute[0])..<Int(data.firstRoute[1]) {
            for k in 0...start.routeClients[r].count {
                var after = start
                after.routeClients[r].insert(4, at: k)
                after.refreshRoute(r, data)
                guard OperatorFixture.isConsistent(after, problem, data) else { continue }
                best = min(best, OperatorFixture.objective(after, problem) - OperatorFixture.objective(start, problem))
            }
        }
        #expect(found.delta == best)
    }

    @Test(
        "ChangePattern.best, sharing each day's delta across patterns, finds the pattern and delta that evaluating every pattern alone finds",
        arguments: Variant.allCases)
    func changePatternBestMatchesEachPattern(variant: Variant) throws {
        let problem = variant.problem
        let data = SearchData(problem)
        let s = OperatorFixture.solution(data)
        try #require(OperatorFixture.isConsistent(s, problem, data))
        var dayDelta = [Int64](repeating: 0, count: data.dayCount)
        var choice = PatternChoice()
        var evaluations = 0
        var found = 0
        for c in 1...6 {
            var bestDelta: Int64 = 0
            var bestPattern: VisitPattern?
            for p in problem.patternGroups[0] {
                if let delta = ChangePattern(client: Int32(c), days: p.days, penalty: p.penalty).evaluate(s, data), delta < bestDelta {
                    bestDelta = delta
                    bestPattern = p
                }
            }
            let best = ChangePattern.best(for: Int32(c), in: s, data, dayDelta: &dayDelta, choice: &choice, evaluations: &evaluations)
            #expect(best.map { VisitPattern(days: $0.move.days, penalty: $0.move.penalty) } == bestPattern, "client \(c)")
            #expect(best?.delta ?? 0 == bestDelta, "client \(c)")
            if best != nil { found += 1 }
        }
        #expect(found > 0)
    }

    @Test("Local search never worsens a solution and keeps it consistent")
    func localSearchImproves() throws {
        let problem = OperatorFixture.problem(capacity: 10)
        let data = SearchData(problem)
        var s = OperatorFixture.solution(data)
        try #require(OperatorFixture.isConsistent(s, problem, data))
        let before = s.objective
        var ls = LocalSearch()
        var rng = RandomSource(seed: 1)
        ls.improve(&s, data, &rng)
        #expect(s.objective < before)
        #expect(OperatorFixture.isConsistent(s, problem, data))
        #expect(OperatorFixture.objective(s, problem) == s.objective)
    }
}
