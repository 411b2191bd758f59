import Testing

@testable import TerritoryRouting

@Suite("Priority room (ruin for overloaded months)")
struct PriorityRoomTests {
    /// One day, one vehicle, room for one call: client 1 is blue (a missed visit costs 10),
    /// client 2 is yellow (a missed visit costs 100). Each may also take the empty pattern.
    func overloaded() -> RoutingProblem {
        TestInstances.line(
            clients: 2, days: 1, capacity: 1,
            patterns: [
                [VisitPattern(days: 1), VisitPattern(days: 0, penalty: 10)],
                [VisitPattern(days: 1), VisitPattern(days: 0, penalty: 100)],
            ])
    }

    @Test("priority is the costliest pattern's penalty per visit; none without penalties")
    func priorities() {
        let data = SearchData(overloaded())
        #expect(data.priority == [0, 10, 100])
        #expect(data.hasPenalties)
        #expect(!SearchData(TestInstances.line(clients: 3)).hasPenalties)
    }

    @Test("it removes the penalised client and the lower-priority client holding its day")
    func makesRoom() {
        let data = SearchData(overloaded())
        var s = WorkingSolution(data)
        s.place(client: 1, days: 1, penalty: 0, routes: [0], positions: [0], data)  // blue takes the only call
        s.place(client: 2, days: 0, penalty: 100, routes: [], positions: [], data)  // yellow is left out
        var rng = RandomSource(seed: 1)
        var room = PriorityRoom()
        let removed = room.ruin(&s, data, &rng)
        #expect(removed == [2, 1])
        #expect(s.routeClients[0].isEmpty)
    }

    @Test("recreate then inserts by priority, so the yellow client gets the call")
    func recreateByPriority() {
        let data = SearchData(overloaded())
        var s = WorkingSolution(data)
        var rng = RandomSource(seed: 3)
        var recreate = BestPatternInsertion(dayCount: 1, blinkRate: 0)
        for seed in 0..<8 {
            rng = RandomSource(seed: UInt64(seed))
            s = WorkingSolution(data)
            recreate.recreate([1, 2], into: &s, data, totalDemand: [0, 1, 1], &rng)
            #expect(s.routeClients[0] == [2])
            #expect(s.penaltyCost == 10)
        }
    }

    @Test("the solver trades a blue call for a yellow one in an overloaded month")
    func solver() {
        let solution = Solver.solve(overloaded(), options: SolverOptions(seed: 5, iterationLimit: 50))
        #expect(solution.routes[0][0] == [2])
        #expect(solution.penaltyCost == 10)
    }
}
