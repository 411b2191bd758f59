extension RoutingProblem {
    /// Service start times of `route` (client nodes in visiting order) for a vehicle leaving the
    /// depot at `dayStart`, waiting for each client's next window and holding the break if the
    /// problem has one; nil when a window, the break or the day end is missed. Capacity is not
    /// checked. The depot's own windows, if any, are ignored.
    /// - Complexity: O(route length × windows per node).
    public func schedule(of route: [Int32]) -> [Int32]? {
        guard route.allSatisfy({ $0 >= 1 && Int($0) <= clientCount }) else { return nil }
        return clock.timing(route)?.starts.map { Int32(clamping: $0) }
    }

    /// The full timing of `route`: service starts and where the break falls; nil when it does not fit.
    /// - Complexity: O(route length × windows per node).
    public func timing(of route: [Int32]) -> RouteTiming? {
        guard route.allSatisfy({ $0 >= 1 && Int($0) <= clientCount }) else { return nil }
        return clock.timing(route)
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
