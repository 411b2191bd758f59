extension WorkingSolution {
    /// Cheapest feasible insertion of the absent client `c` into one of day `d`'s routes, or
    /// `delta == Int64.max` when none fits. Each position is skipped when a random draw falls
    /// below `blinkThreshold` (0 = never). Only the first empty route of a day is tried: empty
    /// routes of a day are interchangeable.
    /// - Complexity: O(visits on day `d`), plus a short time simulation per improving position
    ///   when the problem has time windows.
    func cheapestInsertion(of c: Int32, day d: Int, _ data: SearchData, blinkThreshold blink: UInt64,
                           _ rng: inout RandomSource, evaluations: inout Int) -> (delta: Int64, route: Int32, position: Int32) {
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
                        let delta = Int64(t[prev &* n &+ ci]) &+ Int64(t[ci &* n &+ next]) &- Int64(t[prev &* n &+ next])
                        if delta >= best || delta > slack { continue }
                        if data.hasTimeWindows && !windowsAllowInsertion(of: c, route: r, position: k, data) { continue }
                        best = delta
                        bestRoute = Int32(r)
                        bestPosition = Int32(k)
                    }
                }
            }
        }
        return (best, bestRoute, bestPosition)
    }

    /// Objective change of taking client `c`'s visit on day `d` out of its route, or nil when the
    /// route would become infeasible (possible only with travel times that break the triangle rule).
    func removalDelta(of c: Int32, day d: Int, _ data: SearchData) -> Int64? {
        let v = d * data.nodeCount + Int(c)
        let r = Int(visitRoute[v]), i = Int(visitPosition[v])
        let a = node(r, before: i), b = node(r, at: i + 1)
        let delta = (a == 0 && b == 0 ? 0 : data.travel(a, b)) &- data.travel(a, c) &- data.travel(c, b)
        guard allows(route: r, travelDelta: delta, loadDelta: -data.demand[Int(c)],
                     serviceDelta: -Int64(data.service[Int(c)]), data,
                     clients: { var x = routeClients[r]; x.remove(at: i); return x }) else { return nil }
        return delta
    }
}
