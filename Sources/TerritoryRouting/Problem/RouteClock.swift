/// The one simulator of a route in time: every feasibility check, start time and break the
/// solver, the planner and the benchmark use comes from here.
///
/// A route leaves the depot at `dayStart`, serves its clients in order, each at the earliest
/// moment inside one of its windows (waiting when early), and must be back by `dayEnd`. When the
/// problem has a break (a rep's lunch), the route must also hold one pause of `breakLength`
/// inside `[breakStart, breakEnd]`: taken at the depot before leaving, after a service before
/// travelling on, on arrival at a client before its service (overlapping any wait there), or at
/// the depot after returning. The
/// simulation carries two earliest times, before and after the break; since later never helps
/// (windows and the break only push times forward), earliest times decide feasibility exactly.
struct RouteClock: Sendable {
    /// Number of nodes including the depot.
    let nodeCount: Int
    /// Travel matrix, row-major `nodeCount²`, units.
    let travel: [Int32]
    /// Service duration per node, units.
    let service: [Int32]
    /// Offsets into `windowOpen`/`windowClose` per node, `nodeCount + 1` entries.
    let windowOffset: [Int32]
    /// Opening time (earliest service start) of every window, all nodes concatenated, units.
    let windowOpen: [Int32]
    /// Closing time (latest service start) of every window, units.
    let windowClose: [Int32]
    /// Departure time from the depot, units.
    let dayStart: Int64
    /// Latest return time, units.
    let dayEnd: Int64
    /// Whether a break must be held (`breakLength > 0`).
    let hasBreak: Bool
    /// Earliest start of the break, units.
    let breakStart: Int64
    /// Latest end of the break, units.
    let breakEnd: Int64
    /// Length of the break, units.
    let breakLength: Int64
    /// What a route's length and idle time cost.
    let timeCost: RouteTimeCost

    /// "Impossible" as a time.
    static let never = Int64.max

    init(
        nodeCount: Int, travel: [Int32], service: [Int32], windows: [[TimeWindow]], dayStart: Int32, dayEnd: Int32,
        breakWindow: TimeWindow?, breakLength: Int32, timeCost: RouteTimeCost = .none
    ) {
        self.nodeCount = nodeCount
        self.travel = travel
        self.service = service
        var offsets: [Int32] = [0]
        var opens: [Int32] = []
        var closes: [Int32] = []
        for (node, list) in windows.enumerated() {
            if node != 0 {
                for w in list {
                    opens.append(w.open)
                    closes.append(w.close)
                }
            }
            offsets.append(Int32(opens.count))
        }
        windowOffset = offsets
        windowOpen = opens
        windowClose = closes
        self.dayStart = Int64(dayStart)
        self.dayEnd = Int64(dayEnd)
        hasBreak = breakWindow != nil && breakLength > 0
        breakStart = Int64(breakWindow?.open ?? 0)
        breakEnd = Int64(breakWindow?.close ?? 0)
        self.breakLength = Int64(breakLength)
        self.timeCost = timeCost
    }

    /// Service start at `node` for an arrival at `arrival`, or nil when every window has closed.
    @inline(__always)
    func serviceStart(_ node: Int32, arrival: Int64) -> Int64? {
        let lo = Int(windowOffset[Int(node)])
        let hi = Int(windowOffset[Int(node) + 1])
        if lo == hi { return arrival }
        var w = lo
        while w < hi {
            if Int64(windowClose[w]) >= arrival { return max(arrival, Int64(windowOpen[w])) }
            w += 1
        }
        return nil
    }

    /// The depot's times before the first client: leaving at day start, or after a break at the depot.
    @inline(__always)
    var departure: (Int64, Int64) {
        guard hasBreak else { return (dayStart, Self.never) }
        let end = max(dayStart, breakStart) &+ breakLength
        return (dayStart, end <= breakEnd ? end : Self.never)
    }

    /// Service starts at `c` coming from `prev` whose service started at `s0` (no break yet) or
    /// `s1` (break taken); `never` where impossible.
    @inline(__always)
    func advance(_ s0: Int64, _ s1: Int64, from prev: Int32, to c: Int32) -> (Int64, Int64) {
        let leg = Int64(service[Int(prev)]) &+ Int64(travel[Int(prev) &* nodeCount &+ Int(c)])
        var n0 = Self.never
        var n1 = Self.never
        if s1 != Self.never, let s = serviceStart(c, arrival: s1 &+ leg) { n1 = s }
        if s0 != Self.never {
            let a0 = s0 &+ leg
            if let s = serviceStart(c, arrival: a0) { n0 = s }
            // Taking the break on the way here cannot start this service before `rested`: skip it
            // when the state with the break behind it is already as early.
            let rested = max(a0, breakStart) &+ breakLength
            if hasBreak && rested < n1 {
                // On arrival (covering any wait); before setting off only helps when the break
                // window would close before arrival.
                if rested <= breakEnd {
                    if let s = serviceStart(c, arrival: rested), s < n1 { n1 = s }
                } else {
                    let early = max(s0 &+ Int64(service[Int(prev)]), breakStart) &+ breakLength
                    if early <= breakEnd, let s = serviceStart(c, arrival: early &+ leg &- Int64(service[Int(prev)])), s < n1 { n1 = s }
                }
            }
        }
        return (n0, n1)
    }

    /// Whether a route whose last client `last` started service at `s0`/`s1` gets home in time
    /// (with the break behind it, or still to take at home within its window).
    @inline(__always)
    func finishes(_ s0: Int64, _ s1: Int64, last: Int32) -> Bool {
        let leg = Int64(service[Int(last)]) &+ Int64(travel[Int(last) &* nodeCount])
        if !hasBreak { return s0 != Self.never && s0 &+ leg <= dayEnd }
        if s1 != Self.never && s1 &+ leg <= dayEnd { return true }
        guard s0 != Self.never else { return false }
        let home = s0 &+ leg
        if home <= dayEnd && max(home, breakStart) &+ breakLength <= breakEnd { return true }
        let early = max(s0 &+ Int64(service[Int(last)]), breakStart) &+ breakLength
        return early <= breakEnd && early &+ leg &- Int64(service[Int(last)]) <= dayEnd
    }

    /// The time cost of a route whose last client `last` started service at `s0`/`s1`, whose
    /// travel is `travel` and service `service`: the cheapest way home (the break behind it, still
    /// to take at home, or taken before the last leg), or nil when none gets home in time.
    /// - Complexity: O(1).
    @inline(__always)
    func endCost(_ s0: Int64, _ s1: Int64, last: Int32, travel: Int64, service: Int64) -> Int64? {
        let svc = Int64(self.service[Int(last)])
        let leg = svc &+ Int64(self.travel[Int(last) &* nodeCount])
        let busy = travel &+ service
        var best = Self.never
        func consider(home: Int64, breakInside: Bool) {
            guard home <= dayEnd else { return }
            let length = home &- dayStart
            let idle = length &- busy &- (breakInside ? breakLength : 0)
            best = min(best, timeCost.cost(length: length, idle: idle))
        }
        if !hasBreak {
            if s0 != Self.never { consider(home: s0 &+ leg, breakInside: false) }
        } else {
            if s1 != Self.never { consider(home: s1 &+ leg, breakInside: true) }
            if s0 != Self.never {
                let home = s0 &+ leg
                if max(home, breakStart) &+ breakLength <= breakEnd { consider(home: home, breakInside: false) }
                let early = max(s0 &+ svc, breakStart) &+ breakLength
                if early <= breakEnd { consider(home: early &+ leg &- svc, breakInside: true) }
            }
        }
        return best == Self.never ? nil : best
    }

    /// The time cost of a route whose `states` (see `states(_:)`) and last client are given, with
    /// the given travel and service totals; 0 for an empty route, nil when it cannot get home.
    /// - Complexity: O(1).
    func cost(ofStates states: [Int64], last: Int32, travel: Int64, service: Int64) -> Int64? {
        let n = states.count / 2
        return n == 0 ? 0 : endCost(states[2 * n - 2], states[2 * n - 1], last: last, travel: travel, service: service)
    }

    /// The last client's two service starts of a route that differs from existing routes only in
    /// its middle (see `RouteEdit`), or nil when a window or the break is missed on the way.
    /// Simulates from the end of the unchanged prefix and stops as soon as a position of the
    /// unchanged suffix has the times it had in its old route, returning that route's end states.
    /// Whether the route still gets home is left to `finishes` or `endCost`.
    /// - Complexity: O(changed stretch) when the times converge, O(route length) at worst; no allocation.
    @inline(__always)
    func endStates(_ edit: RouteEdit, baseStates: [Int64], tailStates: [Int64], client: (Int) -> Int32) -> (Int64, Int64)? {
        var (s0, s1) = edit.prefix == 0 ? departure : (baseStates[2 * (edit.prefix - 1)], baseStates[2 * (edit.prefix - 1) + 1])
        var prev: Int32 = edit.prefix == 0 ? 0 : client(edit.prefix - 1)
        var p = edit.prefix
        while p < edit.count {
            let c = client(p)
            (s0, s1) = advance(s0, s1, from: prev, to: c)
            if s0 == Self.never && s1 == Self.never { return nil }
            if p >= edit.suffixFrom {
                let q = 2 * (p + edit.shift)
                if s0 == tailStates[q] && s1 == tailStates[q + 1] {
                    let end = tailStates.count
                    return (tailStates[end - 2], tailStates[end - 1])
                }
            }
            prev = c
            p += 1
        }
        return (s0, s1)
    }

    /// Both earliest service starts per position (`[s0, s1]` pairs, flattened), or nil when the
    /// route does not fit.
    func states(_ clients: [Int32]) -> [Int64]? {
        var out: [Int64] = []
        return write(statesOf: clients, into: &out) ? out : nil
    }

    /// `states(_:)` written over `out` (reusing its storage): true when the route fits; when it
    /// does not, `out` holds the states up to where it failed.
    /// - Complexity: O(route length); no allocation when `out` is unique and large enough.
    func write(statesOf clients: [Int32], into out: inout [Int64]) -> Bool {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(2 * clients.count)
        var (s0, s1) = departure
        var prev: Int32 = 0
        for c in clients {
            (s0, s1) = advance(s0, s1, from: prev, to: c)
            if s0 == Self.never && s1 == Self.never { return false }
            out.append(s0)
            out.append(s1)
            prev = c
        }
        return clients.isEmpty || finishes(s0, s1, last: prev)
    }

    /// Whether inserting `c` at position `k` of `clients` (whose `states` are given) keeps the
    /// route feasible (`endStates` of the insertion, then the way home).
    /// - Complexity: O(route length) in the worst case, usually a few clients.
    func allowsInsertion(of c: Int32, into clients: [Int32], states: [Int64], at k: Int) -> Bool {
        guard
            let (s0, s1) = endStates(
                .insertion(at: k, into: clients.count, route: 0), baseStates: states, tailStates: states,
                client: { p in p < k ? clients[p] : p == k ? c : clients[p - 1] })
        else { return false }
        return finishes(s0, s1, last: k == clients.count ? c : clients[clients.count - 1])
    }

    /// The route's timing: each client's service start and when the break is taken (nil when the
    /// problem has none), or nil when the route does not fit. Earliest times throughout, on the
    /// path that gets home first; the break as early as that path allows.
    func timing(_ clients: [Int32]) -> RouteTiming? {
        guard let st = states(clients) else { return nil }
        let n = clients.count
        if !hasBreak || n == 0 {
            let starts = (0..<n).map { st[2 * $0] }
            return RouteTiming(starts: starts, breakStart: hasBreak ? max(dayStart, breakStart) : nil, breakBefore: 0)
        }
        let last = clients[n - 1]
        let leg = Int64(service[Int(last)]) &+ Int64(travel[Int(last) &* nodeCount])
        // The state that gets home first (its break behind it, or still to take at home).
        let home1 = st[2 * n - 1] != Self.never && st[2 * n - 1] &+ leg <= dayEnd ? st[2 * n - 1] &+ leg : Self.never
        let home0 = st[2 * n - 2] != Self.never && finishes(st[2 * n - 2], Self.never, last: last) ? st[2 * n - 2] &+ leg : Self.never
        var state = home1 <= home0 ? 1 : 0
        var starts = [Int64](repeating: 0, count: n)
        var breakAt: Int64 = 0
        var breakBefore = n  // after the last client: at home, or before the way home
        if state == 0 {
            let home = st[2 * n - 2] &+ leg
            breakAt =
                home <= dayEnd && max(home, breakStart) &+ breakLength <= breakEnd
                ? max(home, breakStart) : max(st[2 * n - 2] &+ Int64(service[Int(last)]), breakStart)
        }
        var j = n - 1
        while j >= 0 {
            let c = clients[j]
            let prev: Int32 = j == 0 ? 0 : clients[j - 1]
            let (p0, p1) = j == 0 ? departure : (st[2 * (j - 1)], st[2 * (j - 1) + 1])
            if state == 1 {
                starts[j] = st[2 * j + 1]
                let leg = Int64(service[Int(prev)]) &+ Int64(travel[Int(prev) &* nodeCount &+ Int(c)])
                if p1 != Self.never, let s = serviceStart(c, arrival: p1 &+ leg), s == starts[j] {
                    if j == 0 {
                        breakAt = max(dayStart, breakStart)
                        breakBefore = 0
                    }
                } else {
                    // The break was taken on the way here, coming from the no-break state: on
                    // arrival if that gives this start, else before setting off.
                    let rested = max(p0 &+ leg, breakStart) &+ breakLength
                    if rested <= breakEnd, let s = serviceStart(c, arrival: rested), s == starts[j] {
                        breakAt = max(p0 &+ leg, breakStart)
                    } else {
                        breakAt = max(p0 &+ Int64(service[Int(prev)]), breakStart)
                    }
                    breakBefore = j
                    state = 0
                }
            } else {
                starts[j] = st[2 * j]
            }
            j -= 1
        }
        return RouteTiming(starts: starts, breakStart: breakAt, breakBefore: breakBefore)
    }
}

/// The shape of a route a move builds from existing ones: `count` clients, of which positions
/// `..<prefix` are the route's own old clients at the same positions, and positions
/// `suffixFrom..<count` are the clients of route `tail` (the same route or another of the day)
/// at old positions `p + shift`, through to that route's end. The stretch in between is new.
struct RouteEdit {
    /// Clients in the new route.
    var count: Int
    /// Leading positions unchanged from the route's old client list.
    var prefix: Int
    /// First position of the unchanged tail (`count` when there is none).
    var suffixFrom: Int
    /// Offset from a tail position in the new route to its position in `tail`'s old list.
    var shift: Int
    /// The route the tail comes from.
    var tail: Int

    /// Route `route` of `count` clients with one more inserted at position `k`.
    static func insertion(at k: Int, into count: Int, route: Int) -> RouteEdit {
        RouteEdit(count: count + 1, prefix: k, suffixFrom: k + 1, shift: -1, tail: route)
    }

    /// Route `route` of `count` clients with the one at position `k` taken out.
    static func removal(at k: Int, from count: Int, route: Int) -> RouteEdit {
        RouteEdit(count: count - 1, prefix: k, suffixFrom: k, shift: 1, tail: route)
    }
}

/// When a route's clients are served and when its break falls.
public struct RouteTiming: Sendable, Hashable {
    /// Service start per client, in route order, units.
    public let starts: [Int64]
    /// Start of the break, units; nil when the problem has no break.
    public let breakStart: Int64?
    /// The break is taken before the service of this client (0 = at the depot before leaving or
    /// on arrival at the first client; the route's length = at the depot after returning).
    public let breakBefore: Int
}
