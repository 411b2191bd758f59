@testable import TerritoryRouting

/// A 6-client, 2-day, 2-vehicle instance with an asymmetric travel matrix and three patterns
/// (day 0, day 1, both days with a penalty), small enough to enumerate every move.
enum OperatorFixture {
    static func problem(
        capacity: Int32 = 4, dayEnd: Int32 = .max, windows: [[TimeWindow]]? = nil,
        timeCost: RouteTimeCost = .none
    ) -> RoutingProblem {
        let n = 7
        var rng = RandomSource(seed: 99)
        var travel = [Int32](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n where i != j { travel[i * n + j] = Int32(1 + rng.below(20)) } }
        return try! RoutingProblem(
            clientCount: 6, dayCount: 2, travel: travel, service: [0, 2, 2, 2, 2, 2, 2],
            demand: [0, 1, 1, 2, 1, 1, 1], vehiclesPerDay: [2, 2], capacity: capacity,
            dayStart: 0, dayEnd: dayEnd, windows: windows, timeCost: timeCost,
            patternGroups: [[VisitPattern(days: 0b01), VisitPattern(days: 0b10), VisitPattern(days: 0b11, penalty: 3)]],
            patternGroupOfNode: Array(repeating: 0, count: n))
    }

    /// Day 0: routes 0 = [1, 2, 3], 1 = [4]; day 1: routes 2 = [6, 5, 1], 3 = [] (client 1 on both days).
    /// Loads 4, 1, 3, 0; travel 21, 32, 31, 0; with service 2 a call, durations 27, 34, 37, 0;
    /// service starts without windows [7, 11, 21], [18], [5, 26, 29]. Route 2 is day 1's shortest
    /// single route, so under a day end of 37 rearranging it is infeasible.
    static func solution(_ data: SearchData) -> WorkingSolution {
        var s = WorkingSolution(data)
        let routes: [[Int32]] = [[1, 2, 3], [4], [6, 5, 1], []]
        for r in 0..<routes.count {
            s.routeClients[r] = routes[r]
            s.refreshRoute(r, data)
        }
        s.daysOfClient = [0, 0b11, 0b01, 0b01, 0b01, 0b10, 0b10]
        s.penaltyOfClient = [-1, 3, 0, 0, 0, 0, 0]
        s.penaltyCost = 3
        return s
    }

    /// Objective recomputed from the routes alone.
    static func objective(_ s: WorkingSolution, _ p: RoutingProblem) -> Int64 {
        var total: Int64 = 0
        for route in s.routeClients {
            total += p.travelCost(of: route)
            // Time cost from the schedule: length from day start (0) to the return, idle = length
            // less travel and service (the fixture has no break).
            if p.timeCost.isActive, let starts = p.schedule(of: route), let last = route.last {
                let home = Int64(starts[starts.count - 1]) + Int64(p.service[Int(last)]) + Int64(p.travel(Int(last), 0))
                let busy = p.travelCost(of: route) + route.reduce(0) { $0 + Int64(p.service[Int($1)]) }
                total += p.timeCost.cost(length: home - Int64(p.dayStart), idle: home - Int64(p.dayStart) - busy)
            }
        }
        for c in 1...p.clientCount where s.penaltyOfClient[c] >= 0 {
            total += s.penaltyOfClient[c]
        }
        return total
    }

    /// Whether every route meets capacity, windows and the day end, and the bookkeeping matches.
    static func isConsistent(_ s: WorkingSolution, _ p: RoutingProblem, _ data: SearchData) -> Bool {
        for (r, route) in s.routeClients.enumerated() {
            if p.load(of: route) > Int64(p.capacity) || p.schedule(of: route) == nil { return false }
            if s.routeTravel[r] != p.travelCost(of: route) { return false }
            for (i, c) in route.enumerated() {
                let v = Int(data.routeDay[r]) * data.nodeCount + Int(c)
                if s.visitRoute[v] != Int32(r) || s.visitPosition[v] != Int32(i) { return false }
            }
        }
        return s.travelCost == s.routeTravel.reduce(0, +) && s.timeCost == s.routeTimeCost.reduce(0, +)
    }

    /// Every move of each kind that can be formed on the fixture.
    static func allMoves(_ s: WorkingSolution, _ data: SearchData) -> [any RouteMove] {
        var moves: [any RouteMove] = []
        for d in 0..<2 {
            let routes = Int(data.firstRoute[d])..<Int(data.firstRoute[d + 1])
            let visited = (1...6).map { Int32($0) }.filter { s.visitRoute[d * data.nodeCount + Int($0)] >= 0 }
            for u in visited {
                for r in routes { for k in 0...s.routeClients[r].count { moves.append(Relocate(u: u, day: d, route: r, position: k)) } }
                for v in visited where v != u { moves.append(Swap(u: u, v: v, day: d)) }
            }
            for r in routes where s.routeClients[r].count >= 2 {
                for i in 0..<s.routeClients[r].count { for j in (i + 1)..<s.routeClients[r].count { moves.append(TwoOpt(route: r, i: i, j: j)) } }
            }
            for a in routes {
                for b in routes where a != b {
                    for i in 0...s.routeClients[a].count { for j in 0...s.routeClients[b].count { moves.append(TwoOptStar(a: a, i: i, b: b, j: j)) } }
                }
            }
        }
        for c in 1...6 {
            for (days, penalty) in [(0b01, 0), (0b10, 0), (0b11, 3)] as [(UInt64, Int64)] {
                moves.append(ChangePattern(client: Int32(c), days: days, penalty: penalty))
            }
        }
        return moves
    }
}
