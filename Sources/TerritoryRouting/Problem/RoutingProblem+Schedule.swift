extension RoutingProblem {
    /// Service start times of `route` (client nodes in visiting order) for a vehicle leaving the
    /// depot at `dayStart`, waiting for each client's next window; nil when a window is missed
    /// or the vehicle is back after `dayEnd`. Capacity is not checked. The depot's own windows,
    /// if any, are ignored.
    /// - Complexity: O(route length × windows per node).
    public func schedule(of route: [Int32]) -> [Int32]? {
        var starts: [Int32] = []
        starts.reserveCapacity(route.count)
        var time = Int64(dayStart)
        var prev = 0
        for node in route {
            let c = Int(node)
            guard c >= 1 && c <= clientCount else { return nil }
            let arrival = time + Int64(service[prev]) + Int64(travel(prev, c))
            var start: Int64? = windows[c].isEmpty ? arrival : nil
            for w in windows[c] where Int64(w.close) >= arrival {
                start = max(arrival, Int64(w.open))
                break
            }
            guard let s = start, s <= Int64(Int32.max) else { return nil }
            starts.append(Int32(s))
            time = s
            prev = c
        }
        let back = time + Int64(service[prev]) + Int64(travel(prev, 0))
        return back <= Int64(dayEnd) ? starts : nil
    }

    /// Total travel of `route` from the depot through its clients back to the depot, units.
    /// - Complexity: O(route length).
    public func travelCost(of route: [Int32]) -> Int64 {
        var total: Int64 = 0
        var prev = 0
        for node in route {
            total += Int64(travel(prev, Int(node)))
            prev = Int(node)
        }
        return route.isEmpty ? 0 : total + Int64(travel(prev, 0))
    }

    /// Total demand of `route`.
    public func load(of route: [Int32]) -> Int64 {
        route.reduce(0) { $0 + Int64(demand[Int($1)]) }
    }
}
