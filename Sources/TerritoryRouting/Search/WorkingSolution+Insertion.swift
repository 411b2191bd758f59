extension WorkingSolution {
    /// Cheapest feasible insertion of the absent client `c` into one of day `d`'s routes, or
    /// `delta == Int64.max` when none fits. Each position is skipped when a random draw falls
    /// below `blinkThreshold` (0 = never). Only the first empty route of a day is tried: empty
    /// routes of a day are interchangeable.
    /// - Complexity: O(visits on day `d`), plus a short time simulation per improving position
    ///   when the problem has time windows.
    func cheapestInsertion(
        of c: Int32, day d: Int, _ data: SearchData, blinkThreshold blink: UInt64,
        _ rng: inout RandomSource, evaluations: inout Int
    ) -> (delta: Int64, route: Int32, position: Int32) {
        var best = Int64.max
        var bestRoute: Int32 = -1
        var bestPosition: Int32 = -1
        var triedEmpty = false
        let demand = data.demand[Int(c)]
        let extraService = Int64(data.service[Int(c)])
        let n = data.nodeCount
        let ci = Int(c)
        for r in Int(data.firstRoute[d])..<Int(data.firstRoute[d + 1]) {
            if routeLoad[r] &+ demand > data.capacity { continue }
            let count = routeClients[r].count
            if count == 0 {
                if triedEmpty { continue }
                triedEmpty = true
            }
            let slack = data.durationLimit &- routeTravel[r] &- routeService[r] &- extraService
            if slack < 0 { continue }
            evaluations &+= count &+ 1
            routeClients[r].withUnsafeBufferPointer { clients in
                data.travel.withUnsafeBufferPointer { t in
                    var prev = 0
                    for k in 0...count {
                        let next = k < count ? Int(clients[k]) : 0
                        defer { prev = next }
                        if blink != 0 && rng.next() < blink { continue }
                        var delta = Int64(t[prev &* n &+ ci]) &+ Int64(t[ci &* n &+ next]) &- Int64(t[prev &* n &+ next])
                        if delta > slack { continue }
                        if data.hasTimeCost {
                            if delta &- insertionTimeGain(route: r, travelDelta: delta, service: extraService, data) >= best { continue }
                            guard let time = insertionTimeDelta(of: c, route: r, position: k, travelDelta: delta, data) else { continue }
                            delta &+= time
                            if delta >= best { continue }
                        } else {
                            if delta >= best { continue }
                            if data.hasTimeWindows && !windowsAllowInsertion(of: c, route: r, position: k, data) { continue }
                        }
                        best = delta
                        bestRoute = Int32(r)
                        bestPosition = Int32(k)
                    }
                }
            }
        }
        return (best, bestRoute, bestPosition)
    }

    /// The most route `r`'s time cost could fall when a client of service `service` is inserted
    /// with travel change `travelDelta`. An insertion never makes the route return earlier (less
    /// the travel's triangle excess), so idle time can fall only by what the new call and its
    /// detour fill, plus the break when it moves inside the route: much tighter than `maxTimeGain`.
    @inline(__always)
    func insertionTimeGain(route r: Int, travelDelta: Int64, service: Int64, _ data: SearchData) -> Int64 {
        guard data.hasTimeCost else { return 0 }
        let weights = data.clock.timeCost
        let v = data.triangleExcess
        let fill = v &+ travelDelta &+ service &+ data.clock.breakLength
        let bound = (weights.dayPerMille &* v &+ weights.idlePerMille &* max(0, fill)) / 1000 &+ 1
        return min(bound, timeGainBound(route: r, travelDelta: travelDelta, serviceDelta: service, data))
    }

    /// The change of route `r`'s time cost when `c` is inserted at position `k` with the given travel
    /// change, or nil when the route would break a window, the break or the day end.
    /// - Complexity: O(route length) in the worst case, usually a few clients.
    func insertionTimeDelta(of c: Int32, route r: Int, position k: Int, travelDelta: Int64, _ data: SearchData) -> Int64? {
        let clients = routeClients[r]
        guard
            let (s0, s1) = data.clock.endStates(
                .insertion(at: k, into: clients.count, route: r), baseStates: routeStarts[r],
                tailStates: routeStarts[r],
                client: { p in p < k ? clients[p] : p == k ? c : clients[p - 1] })
        else { return nil }
        let last = k == clients.count ? c : clients[clients.count - 1]
        guard
            let cost = data.clock.endCost(
                s0, s1, last: last, travel: routeTravel[r] &+ travelDelta,
                service: routeService[r] &+ Int64(data.service[Int(c)]))
        else { return nil }
        return cost &- routeTimeCost[r]
    }

    /// Objective change of taking client `c`'s visit on day `d` out of its route, or nil when the
    /// route would become infeasible (possible only with travel times that break the triangle rule).
    func removalDelta(of c: Int32, day d: Int, _ data: SearchData) -> Int64? {
        let v = d * data.nodeCount + Int(c)
        let r = Int(visitRoute[v])
        let i = Int(visitPosition[v])
        let a = node(r, before: i)
        let b = node(r, at: i + 1)
        let old = routeClients[r]
        let delta = (a == 0 && b == 0 ? 0 : data.travel(a, b)) &- data.travel(a, c) &- data.travel(c, b)
        guard
            let time = timeDelta(
                route: r, travelDelta: delta, loadDelta: -data.demand[Int(c)],
                serviceDelta: -Int64(data.service[Int(c)]), data,
                edit: .removal(at: i, from: old.count, route: r),
                client: { k in k < i ? old[k] : old[k + 1] })
        else { return nil }
        return delta &+ time
    }
}
