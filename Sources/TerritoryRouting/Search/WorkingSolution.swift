/// The search's mutable solution: every day's routes as client arrays plus the bookkeeping that
/// makes a move cheap to evaluate (route loads, travel, service start times, where each visit is).
///
/// A client is either placed (a pattern and one visit on each of its days), removed (during a
/// ruin, penalty -1, listed nowhere) or unplaced (penalty -1, listed in `unplaced`: no pattern fits).
struct WorkingSolution {
    /// Clients of each route in visiting order (depot excluded), indexed by global route.
    var routeClients: [[Int32]]
    /// Total demand of each route.
    var routeLoad: [Int32]
    /// Travel of each route including both depot legs, units.
    var routeTravel: [Int64]
    /// Total service duration of each route, units.
    var routeService: [Int64]
    /// Earliest service starts per position of each route, before and after the break (`[s0, s1]`
    /// pairs, flattened); only kept when the problem has time windows or a break.
    var routeStarts: [[Int64]]
    /// Route of each visit, `day * nodeCount + client`; -1 when the client is not visited that day.
    var visitRoute: [Int32]
    /// Position of each visit in its route, same indexing as `visitRoute`.
    var visitPosition: [Int32]
    /// Days of the chosen pattern per node; 0 when removed or unplaced (or on the empty pattern).
    var daysOfClient: [UInt64]
    /// Penalty of the chosen pattern per node; -1 when removed or unplaced.
    var penaltyOfClient: [Int64]
    /// Clients no pattern could be found for.
    var unplaced: [Int32]
    /// Σ route travel, units.
    var travelCost: Int64
    /// Σ penalties of the chosen patterns.
    var penaltyCost: Int64
    /// Time cost (length and idle time, see `RouteTimeCost`) of each route; all 0 without one.
    var routeTimeCost: [Int64]
    /// Σ route time costs.
    var timeCost: Int64
    /// When set, route moves are skipped unsimulated unless their travel alone improves
    /// (`maxTimeGain` counts as 0): the cheap mode of the polish after each recreate step, which
    /// leaves moves that pay only through time cost to the full local search.
    var prunesOnTravel = false

    /// Objective weight of one unplaced client: large enough to dominate any travel.
    static let unplacedWeight: Int64 = 1_000_000_000_000

    /// The minimised objective: unplaced clients first, then travel plus penalties plus time cost.
    var objective: Int64 {
        travelCost &+ penaltyCost &+ timeCost &+ Int64(unplaced.count) &* Self.unplacedWeight
    }

    /// An empty solution: every route empty, every client removed.
    init(_ data: SearchData) {
        let r = data.routeCount
        routeClients = Array(repeating: [], count: r)
        routeLoad = Array(repeating: 0, count: r)
        routeTravel = Array(repeating: 0, count: r)
        routeService = Array(repeating: 0, count: r)
        routeStarts = Array(repeating: [], count: data.hasTimeWindows ? r : 0)
        visitRoute = Array(repeating: -1, count: data.dayCount * data.nodeCount)
        visitPosition = Array(repeating: -1, count: data.dayCount * data.nodeCount)
        daysOfClient = Array(repeating: 0, count: data.nodeCount)
        penaltyOfClient = Array(repeating: -1, count: data.nodeCount)
        unplaced = []
        travelCost = 0
        penaltyCost = 0
        routeTimeCost = Array(repeating: 0, count: r)
        timeCost = 0
    }

    /// Recomputes route `r`'s load, travel, service, positions and start times.
    /// - Complexity: O(length of the route).
    mutating func refreshRoute(_ r: Int, _ data: SearchData) {
        let base = Int(data.routeDay[r]) &* data.nodeCount
        var load: Int32 = 0
        var travel: Int64 = 0
        var service: Int64 = 0
        var prev: Int32 = 0
        routeClients[r].withUnsafeBufferPointer { clients in
            for i in 0..<clients.count {
                let c = clients[i]
                load &+= data.demand[Int(c)]
                travel &+= data.travel(prev, c)
                service &+= Int64(data.service[Int(c)])
                visitRoute[base &+ Int(c)] = Int32(r)
                visitPosition[base &+ Int(c)] = Int32(i)
                prev = c
            }
        }
        if prev != 0 { travel &+= data.travel(prev, 0) }
        travelCost &+= travel &- routeTravel[r]
        routeLoad[r] = load
        routeTravel[r] = travel
        routeService[r] = service
        if data.hasTimeWindows && !data.clock.write(statesOf: routeClients[r], into: &routeStarts[r]) {
            routeStarts[r].removeAll()
        }
        if data.hasTimeCost {
            // An infeasible route (only while a move is being built) has no states, and costs 0.
            let cost = data.clock.cost(ofStates: routeStarts[r], last: prev, travel: travel, service: service) ?? 0
            timeCost &+= cost &- routeTimeCost[r]
            routeTimeCost[r] = cost
        }
    }

    /// The most route `r`'s time cost could fall if its travel and service changed by the given
    /// amounts: a bound that lets a move whose travel delta exceeds it be skipped unsimulated.
    /// (A route is at least as long as its travel and service, and its idle time is never negative.)
    @inline(__always)
    func maxTimeGain(route r: Int, travelDelta: Int64, serviceDelta: Int64, _ data: SearchData) -> Int64 {
        guard data.hasTimeCost && !prunesOnTravel else { return 0 }
        return timeGainBound(route: r, travelDelta: travelDelta, serviceDelta: serviceDelta, data)
    }

    /// `maxTimeGain` regardless of `prunesOnTravel`.
    @inline(__always)
    func timeGainBound(route r: Int, travelDelta: Int64, serviceDelta: Int64, _ data: SearchData) -> Int64 {
        guard data.hasTimeCost else { return 0 }
        let floor = data.clock.timeCost.cost(length: routeTravel[r] &+ travelDelta &+ routeService[r] &+ serviceDelta, idle: 0)
        return max(0, routeTimeCost[r] &- floor)
    }

    /// Whether inserting `c` at position `k` of route `r` keeps every time window, the break and
    /// the day end (simulated from the insertion point until the route's times are as before).
    /// - Complexity: O(route length) in the worst case, usually a few clients.
    func windowsAllowInsertion(of c: Int32, route r: Int, position k: Int, _ data: SearchData) -> Bool {
        data.clock.allowsInsertion(of: c, into: routeClients[r], states: routeStarts[r], at: k)
    }

    /// Days of the pattern client `c` currently follows (0 when removed or unplaced).
    @inline(__always)
    func days(of c: Int32, _ data: SearchData) -> UInt64 { daysOfClient[Int(c)] }

    /// Whether client `c` follows a pattern (possibly the empty one).
    @inline(__always)
    func isPlaced(_ c: Int32) -> Bool { penaltyOfClient[Int(c)] >= 0 }

    /// Takes client `c` out of every route it is on; it loses its pattern and its penalty is dropped.
    /// - Complexity: O(Σ lengths of its routes).
    mutating func remove(client c: Int32, _ data: SearchData) {
        let penalty = penaltyOfClient[Int(c)]
        guard penalty >= 0 else { return }
        var days = daysOfClient[Int(c)]
        while days != 0 {
            let d = days.trailingZeroBitCount
            days &= days &- 1
            let v = d &* data.nodeCount &+ Int(c)
            let r = Int(visitRoute[v])
            routeClients[r].remove(at: Int(visitPosition[v]))
            visitRoute[v] = -1
            visitPosition[v] = -1
            refreshRoute(r, data)
        }
        penaltyCost &-= penalty
        daysOfClient[Int(c)] = 0
        penaltyOfClient[Int(c)] = -1
    }

    /// Puts a removed client `c` on the pattern of `days` with `penalty`, visiting route `routes[i]`
    /// at `positions[i]` for the i-th day of the pattern in increasing day order.
    mutating func place(client c: Int32, days: UInt64, penalty: Int64, routes: [Int32], positions: [Int32], _ data: SearchData) {
        for i in 0..<routes.count {
            let r = Int(routes[i])
            routeClients[r].insert(c, at: Int(positions[i]))
            refreshRoute(r, data)
        }
        penaltyCost &+= penalty
        daysOfClient[Int(c)] = days
        penaltyOfClient[Int(c)] = penalty
    }
}
