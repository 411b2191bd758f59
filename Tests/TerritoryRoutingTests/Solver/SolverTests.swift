import Testing

@testable import TerritoryRouting

@Suite("Solver")
struct SolverTests {
    @Test("Clients on a line are served out and back for twice the farthest distance")
    func lineIsOptimal() {
        let p = TestInstances.line(clients: 6)
        let s = Solver.solve(p, options: SolverOptions(seed: 3, iterationLimit: 200))
        #expect(violations(of: s, p) == [])
        #expect(s.travelCost == 12)
        #expect(s.unplaced == [])
    }

    @Test("Solutions of a random periodic instance are valid and the same seed repeats exactly")
    func validAndReproducible() {
        let p = TestInstances.random(clients: 30, days: 4, vehicles: 2, capacity: 40, seed: 11)
        let options = SolverOptions(seed: 5, iterationLimit: 200)
        let a = Solver.solve(p, options: options)
        let b = Solver.solve(p, options: options)
        #expect(violations(of: a, p) == [])
        #expect(a.routes == b.routes)
        #expect(a.patternOfClient == b.patternOfClient)
        #expect(a.travelCost == b.travelCost)
        #expect(a.statistics.iterations == 200)
    }

    @Test("A client too heavy for any vehicle is reported unplaced")
    func unassignedClient() {
        let nodes = 3
        var travel = [Int32](repeating: 1, count: nodes * nodes)
        for i in 0..<nodes { travel[i * nodes + i] = 0 }
        let p = try! RoutingProblem(
            clientCount: 2, dayCount: 1, travel: travel, service: [0, 0, 0], demand: [0, 1, 5],
            vehiclesPerDay: [1], capacity: 3, patternGroups: [[VisitPattern(days: 1)]],
            patternGroupOfNode: [0, 0, 0])
        let s = Solver.solve(p, options: SolverOptions(seed: 1, iterationLimit: 50))
        #expect(s.unplaced == [2])
        #expect(s.patternOfClient == [nil, VisitPattern(days: 1), nil])
        #expect(s.routes == [[[1]]])
        #expect(violations(of: s, p) == [])
    }

    @Test("The empty pattern is chosen when visiting costs more than its penalty, and a client that cannot fit is unplaced")
    func emptyPatternWhenCheaper() {
        let groups = [
            [VisitPattern(days: 1), VisitPattern(days: 0, penalty: 5)],
            [VisitPattern(days: 1), VisitPattern(days: 0, penalty: 100)],
        ]
        // Client 1 at x=1 is group 0 (skip costs 5, visit alone costs 2 extra); client 2 at x=2 is group 1.
        let p = TestInstances.line(clients: 2, patterns: groups)
        let s = Solver.solve(p, options: SolverOptions(seed: 1, iterationLimit: 100))
        #expect(s.patternOfClient == [nil, VisitPattern(days: 1), VisitPattern(days: 1)])
        #expect(s.travelCost == 4)
        // Day end 3: client 2's round trip (4) never fits, so it is unplaced; client 1's (2) fits
        // but costs more than skipping it (penalty 1), so it is skipped and the route stays empty.
        let far = TestInstances.line(
            clients: 2,
            patterns: [
                [VisitPattern(days: 1), VisitPattern(days: 0, penalty: 1)],
                [VisitPattern(days: 1)],
            ], dayEnd: 3)
        let t = Solver.solve(far, options: SolverOptions(seed: 1, iterationLimit: 100))
        #expect(violations(of: t, far) == [])
        #expect(t.unplaced == [2])
        #expect(t.patternOfClient == [nil, VisitPattern(days: 0, penalty: 1), nil])
        #expect(t.routes == [[[]]])
        #expect(t.travelCost == 0)
        #expect(t.penaltyCost == 1)
    }

    @Test("Time windows and the day end are respected")
    func timeWindows() {
        let windows: [[TimeWindow]] = [
            [], [TimeWindow(open: 20, close: 25)], [TimeWindow(open: 0, close: 3)],
            [TimeWindow(open: 10, close: 12)], [],
        ]
        let p = TestInstances.line(
            clients: 4, days: 2, patterns: [[VisitPattern(days: 1), VisitPattern(days: 2)]],
            dayEnd: 40, windows: windows, service: 1)
        let s = Solver.solve(p, options: SolverOptions(seed: 9, iterationLimit: 500))
        #expect(violations(of: s, p) == [])
        #expect(s.unplaced == [])
    }
}
