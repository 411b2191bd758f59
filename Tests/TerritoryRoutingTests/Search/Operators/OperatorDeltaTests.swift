import Testing
@testable import TerritoryRouting

@Suite("Local-search operators")
struct OperatorDeltaTests {
    static let variants: [(String, RoutingProblem)] = [
        ("loose", OperatorFixture.problem(capacity: 10)),
        ("tight capacity", OperatorFixture.problem(capacity: 3)),
        ("day end", OperatorFixture.problem(capacity: 10, dayEnd: 45)),
        ("time windows", OperatorFixture.problem(capacity: 10, windows: [[], [TimeWindow(open: 0, close: 30)],
            [TimeWindow(open: 5, close: 12), TimeWindow(open: 40, close: 60)], [], [TimeWindow(open: 0, close: 15)], [], []])),
    ]

    @Test("Each operator's evaluated delta equals the objective after apply minus before, and feasible moves stay feasible",
          arguments: ["relocate", "swap", "2-opt", "2-opt*", "change-pattern"])
    func exactDeltas(name: String) {
        for (_, problem) in Self.variants {
            let data = SearchData(problem)
            let start = OperatorFixture.solution(data)
            guard OperatorFixture.isConsistent(start, problem, data) else { continue }
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
    }

    @Test("Moves judged infeasible would break capacity, a window or the day end")
    func infeasibleMovesAreReallyInfeasible() {
        for (_, problem) in Self.variants {
            let data = SearchData(problem)
            let start = OperatorFixture.solution(data)
            guard OperatorFixture.isConsistent(start, problem, data) else { continue }
            for move in OperatorFixture.allMoves(start, data) where !(move is ChangePattern) && move.evaluate(start, data) == nil {
                var after = start
                move.apply(to: &after, data)
                let unchanged = after.routeClients == start.routeClients
                #expect(unchanged || !OperatorFixture.isConsistent(after, problem, data), "\(move)")
            }
        }
    }

    @Test("Local search never worsens a solution and keeps it consistent")
    func localSearchImproves() {
        let problem = OperatorFixture.problem(capacity: 10)
        let data = SearchData(problem)
        var s = OperatorFixture.solution(data)
        let before = s.objective
        var ls = LocalSearch()
        var rng = RandomSource(seed: 1)
        ls.improve(&s, data, &rng)
        #expect(s.objective < before)
        #expect(OperatorFixture.isConsistent(s, problem, data))
        #expect(OperatorFixture.objective(s, problem) == s.objective)
    }
}
