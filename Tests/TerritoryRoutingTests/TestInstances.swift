@testable import TerritoryRouting

/// Small hand-built problems shared by the routing tests.
enum TestInstances {
    /// Clients on a line at x = 1…n (depot at 0), Manhattan travel, one pattern group per client.
    static func line(
        clients n: Int, days: Int = 1, vehicles: Int32 = 1, capacity: Int32 = 100,
        demand: Int32 = 1, patterns: [[VisitPattern]]? = nil, dayEnd: Int32 = .max,
        windows: [[TimeWindow]]? = nil, service: Int32 = 0
    ) -> RoutingProblem {
        let nodes = n + 1
        var travel = [Int32](repeating: 0, count: nodes * nodes)
        for i in 0..<nodes { for j in 0..<nodes { travel[i * nodes + j] = Int32(abs(i - j)) } }
        let groups = patterns ?? [[VisitPattern(days: 1)]]
        return try! RoutingProblem(
            clientCount: n, dayCount: days, travel: travel,
            service: [0] + Array(repeating: service, count: n),
            demand: [0] + Array(repeating: demand, count: n),
            vehiclesPerDay: Array(repeating: vehicles, count: days), capacity: capacity,
            dayStart: 0, dayEnd: dayEnd, windows: windows,
            patternGroups: groups,
            patternGroupOfNode: (0..<nodes).map { $0 == 0 ? 0 : Int32(min($0 - 1, groups.count - 1)) })
    }

    /// A seeded random Euclidean instance: `n` clients, `days` days, every client visited
    /// `frequency` times on any spread of days, travel ×100 rounded.
    static func random(
        clients n: Int, days: Int, vehicles: Int32, capacity: Int32, seed: UInt64,
        frequency: Int = 2
    ) -> RoutingProblem {
        var rng = RandomSource(seed: seed)
        let nodes = n + 1
        let xs = (0..<nodes).map { _ in rng.unit() * 100 }
        let ys = (0..<nodes).map { _ in rng.unit() * 100 }
        var travel = [Int32](repeating: 0, count: nodes * nodes)
        for i in 0..<nodes {
            for j in 0..<nodes {
                let dx = xs[i] - xs[j]
                let dy = ys[i] - ys[j]
                travel[i * nodes + j] = Int32(((dx * dx + dy * dy).squareRoot() * 100).rounded())
            }
        }
        var patterns: [VisitPattern] = []
        for mask in 1..<(UInt64(1) << UInt64(days)) where mask.nonzeroBitCount == frequency {
            patterns.append(VisitPattern(days: mask))
        }
        let demand = [Int32(0)] + (1...n).map { _ in Int32(1 + rng.below(9)) }
        return try! RoutingProblem(
            clientCount: n, dayCount: days, travel: travel,
            service: Array(repeating: 0, count: nodes), demand: demand,
            vehiclesPerDay: Array(repeating: vehicles, count: days), capacity: capacity,
            patternGroups: [patterns], patternGroupOfNode: Array(repeating: 0, count: nodes))
    }
}

/// Rules every solver answer must satisfy, checked from the problem alone.
func violations(of solution: RoutingSolution, _ problem: RoutingProblem) -> [String] {
    var found: [String] = []
    var seenDays = [UInt64](repeating: 0, count: problem.nodeCount)
    var travel: Int64 = 0
    for (d, day) in solution.routes.enumerated() {
        if day.count != Int(problem.vehiclesPerDay[d]) { found.append("day \(d) has \(day.count) routes") }
        for route in day where !route.isEmpty {
            for c in route {
                if seenDays[Int(c)] & (1 << UInt64(d)) != 0 { found.append("client \(c) twice on day \(d)") }
                seenDays[Int(c)] |= 1 << UInt64(d)
            }
            if problem.load(of: route) > Int64(problem.capacity) { found.append("day \(d) route over capacity") }
            if problem.schedule(of: route) == nil { found.append("day \(d) route \(route) misses a window or the day end") }
            travel += problem.travelCost(of: route)
        }
    }
    var penalty: Int64 = 0
    for c in 1..<problem.nodeCount {
        guard let pattern = solution.patternOfClient[c] else {
            if !solution.unplaced.contains(Int32(c)) { found.append("client \(c) has no pattern but is not unplaced") }
            if seenDays[c] != 0 { found.append("unplaced client \(c) is visited") }
            continue
        }
        let g = Int(problem.patternGroupOfNode[c])
        let allowed =
            g < problem.patternGroups.count
            ? problem.patternGroups[g].contains(pattern)
            : problem.spacedGroups[g - problem.patternGroups.count].penalty(of: pattern.days) == pattern.penalty
        if !allowed { found.append("client \(c) has days \(pattern.days) at penalty \(pattern.penalty), not a pattern of its group") }
        penalty += pattern.penalty
        if pattern.days != seenDays[c] { found.append("client \(c) visited on \(seenDays[c]), pattern says \(pattern.days)") }
    }
    if travel != solution.travelCost { found.append("travel \(solution.travelCost) reported, \(travel) recomputed") }
    if penalty != solution.penaltyCost { found.append("penalty \(solution.penaltyCost) reported, \(penalty) recomputed") }
    return found
}
