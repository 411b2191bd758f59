/// Read-only data the search derives once from a `RoutingProblem`: flat arrays for hot loops.
///
/// Routes are numbered globally: day `d` owns routes `firstRoute[d] ..< firstRoute[d + 1]`.
/// A visit of client `c` on day `d` is indexed `d * nodeCount + c`.
struct SearchData {
    /// Number of nodes including the depot.
    let nodeCount: Int
    /// Number of clients (nodes `1...clientCount`).
    let clientCount: Int
    /// Number of days.
    let dayCount: Int
    /// Travel matrix, row-major `nodeCount²`, units.
    let travel: [Int32]
    /// Service duration per node, units.
    let service: [Int32]
    /// Load per visit per node.
    let demand: [Int32]
    /// Load limit of every route.
    let capacity: Int32
    /// Route start time, units.
    let dayStart: Int32
    /// Latest return time, units.
    let dayEnd: Int32
    /// Longest allowed travel + service of a route without time windows, units (`Int64.max` = none).
    let durationLimit: Int64
    /// Whether routes must be simulated in time (windows, a break or a time cost).
    let hasTimeWindows: Bool
    /// The route simulator (windows, break, day end, time cost).
    let clock: RouteClock
    /// Whether routes carry a time cost (length and idle time) in the objective.
    let hasTimeCost: Bool
    /// The most any detour beats a direct leg, `max(travel(i, j) - travel(i, k) - travel(k, j), 0)`
    /// over all nodes (0 for travel that keeps the triangle rule); computed only with a time cost.
    let triangleExcess: Int64
    /// Day of each route.
    let routeDay: [Int32]
    /// First route of each day; `dayCount + 1` entries, the last equals the route count.
    let firstRoute: [Int32]
    /// Number of neighbours kept per client in `neighbours`.
    let neighbourCount: Int
    /// For each client, the other clients by increasing symmetric travel, `neighbourCount` per node
    /// (row `c` at `c * neighbourCount`; row 0 unused).
    let neighbours: [Int32]
    /// Days of every pattern, all groups concatenated.
    let patternDays: [UInt64]
    /// Penalty of every pattern, all groups concatenated.
    let patternPenalty: [Int64]
    /// First pattern of each group in `patternDays`; `groupCount + 1` entries (a spaced group lists none).
    let patternOffset: [Int32]
    /// For each group, its index in `spaced`, or -1 for a listed group.
    let spacedOfGroup: [Int32]
    /// The groups given by spacing bounds (`RoutingProblem.spacedGroups`).
    let spaced: [SpacedPatterns]
    /// Most visits of any pattern of each group.
    let mostVisits: [Int]
    /// Pattern group of each node.
    let groupOfNode: [Int32]
    /// Union of the days of a group's patterns, restricted to days with vehicles.
    let groupDays: [UInt64]
    /// Days that have at least one vehicle.
    let workingDays: UInt64
    /// Whether `travel(i, j) == travel(j, i)` for all nodes (reversing a path keeps its cost).
    let isSymmetric: Bool
    /// What one missing visit of each node costs: its group's costliest pattern penalty ÷ the
    /// group's most visits (the planner's red > yellow > blue weight); 0 when no pattern has a penalty.
    let priority: [Int64]
    /// Whether any pattern carries a penalty (the planner's case; never the benchmark's).
    let hasPenalties: Bool

    /// Total number of routes over all days.
    var routeCount: Int { routeDay.count }

    /// Whether every day has at most one route (a rep's month, a TSP) and some day has one.
    var hasSingleRouteDays: Bool {
        routeCount > 0 && (0..<dayCount).allSatisfy { firstRoute[$0 + 1] - firstRoute[$0] <= 1 }
    }

    /// Derives the search data.
    /// - Complexity: O(n² log n) for the neighbour lists.
    init(_ problem: RoutingProblem, neighbourLimit: Int = 100) {
        nodeCount = problem.nodeCount
        clientCount = problem.clientCount
        dayCount = problem.dayCount
        travel = problem.travel
        service = problem.service
        demand = problem.demand
        capacity = problem.capacity
        dayStart = problem.dayStart
        dayEnd = problem.dayEnd
        hasTimeWindows = problem.hasTimeWindows
        durationLimit = problem.dayEnd == .max ? .max : Int64(problem.dayEnd) - Int64(problem.dayStart)

        clock = problem.clock
        hasTimeCost = problem.timeCost.isActive
        var excess: Int32 = 0
        if hasTimeCost {
            let n = problem.nodeCount
            problem.travel.withUnsafeBufferPointer { t in
                for i in 0..<n {
                    for k in 0..<n where k != i {
                        let ik = t[i * n + k]
                        for j in 0..<n where j != i && j != k {
                            excess = max(excess, t[i * n + j] - ik - t[k * n + j])
                        }
                    }
                }
            }
        }
        triangleExcess = Int64(excess)

        var days: [Int32] = []
        var first: [Int32] = []
        var working: UInt64 = 0
        for d in 0..<problem.dayCount {
            first.append(Int32(days.count))
            let m = max(0, Int(problem.vehiclesPerDay[d]))
            if m > 0 { working |= UInt64(1) << UInt64(d) }
            for _ in 0..<m { days.append(Int32(d)) }
        }
        first.append(Int32(days.count))
        routeDay = days
        firstRoute = first
        workingDays = working

        var pDays: [UInt64] = []
        var pPenalty: [Int64] = []
        var pOffset: [Int32] = [0]
        var gDays: [UInt64] = []
        for group in problem.patternGroups {
            var union: UInt64 = 0
            for p in group {
                pDays.append(p.days)
                pPenalty.append(p.penalty)
                union |= p.days
            }
            pOffset.append(Int32(pDays.count))
            gDays.append(union & working)
        }
        let allDays: UInt64 = problem.dayCount >= 64 ? ~0 : (UInt64(1) << UInt64(problem.dayCount)) - 1
        for _ in problem.spacedGroups {
            pOffset.append(Int32(pDays.count))
            gDays.append(allDays & working)
        }
        spaced = problem.spacedGroups
        spacedOfGroup =
            (0..<problem.patternGroups.count).map { _ in Int32(-1) } + (0..<problem.spacedGroups.count).map { Int32($0) }
        mostVisits =
            problem.patternGroups.map { $0.map(\.visitCount).max() ?? 0 } + problem.spacedGroups.map(\.mostVisits)
        patternDays = pDays
        patternPenalty = pPenalty
        patternOffset = pOffset
        groupDays = gDays
        groupOfNode = problem.patternGroupOfNode

        let n = problem.nodeCount
        var symmetric = true
        outer: for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where problem.travel[i * n + j] != problem.travel[j * n + i] {
                symmetric = false
                break outer
            }
        }
        isSymmetric = symmetric
        var groupPriority: [Int64] = []
        for group in problem.patternGroups {
            let worst = group.map(\.penalty).max() ?? 0
            let visits = group.map(\.visitCount).max() ?? 0
            groupPriority.append(worst / Int64(max(1, visits)))
        }
        for group in problem.spacedGroups {
            groupPriority.append((group.tiers.map(\.penalty).max() ?? 0) / Int64(max(1, group.mostVisits)))
        }
        priority = problem.patternGroupOfNode.enumerated().map { node, g in node == 0 ? 0 : groupPriority[Int(g)] }
        hasPenalties = pPenalty.contains { $0 > 0 } || problem.spacedGroups.contains { $0.tiers.contains { $0.penalty > 0 } }
        let k = max(0, min(neighbourLimit, problem.clientCount - 1))
        neighbourCount = k
        var table = [Int32](repeating: 0, count: n * k)
        if k > 0 {
            var others: [(Int64, Int32)] = []
            others.reserveCapacity(n)
            for c in 1..<n {
                others.removeAll(keepingCapacity: true)
                for o in 1..<n where o != c {
                    let t = Int64(problem.travel[c * n + o]) + Int64(problem.travel[o * n + c])
                    others.append((t, Int32(o)))
                }
                others.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                for i in 0..<k { table[c * k + i] = others[i].1 }
            }
        }
        neighbours = table
    }

    /// Travel from `i` to `j`, units.
    @inline(__always)
    func travel(_ i: Int32, _ j: Int32) -> Int64 {
        Int64(travel[Int(i) &* nodeCount &+ Int(j)])
    }
}
