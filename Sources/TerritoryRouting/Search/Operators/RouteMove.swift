/// The shared contract of local-search moves (after PyVRP's operators): a move is evaluated as
/// an exact objective delta without changing the solution, then applied.
protocol RouteMove {
    /// The move's name in the literature.
    static var name: String { get }
    /// Exact change of the objective if applied, or nil when the result would be infeasible or the
    /// delta is not below `limit`; feasibility work (a route simulation under time windows) is
    /// skipped for such moves, since local search only wants improving ones.
    func evaluate(_ s: WorkingSolution, _ data: SearchData, below limit: Int64) -> Int64?
    /// Applies the move; only valid right after `evaluate` returned a delta for the same solution.
    func apply(to s: inout WorkingSolution, _ data: SearchData)
}

extension RouteMove {
    /// Exact change of the objective if applied, or nil when the result would be infeasible.
    func evaluate(_ s: WorkingSolution, _ data: SearchData) -> Int64? { evaluate(s, data, below: .max) }
}

extension WorkingSolution {
    /// The client before position `k` of route `r` (0 = depot when `k` is 0).
    @inline(__always)
    func node(_ r: Int, before k: Int) -> Int32 { k == 0 ? 0 : routeClients[r][k - 1] }

    /// The client at position `k` of route `r`, or the depot past the end.
    @inline(__always)
    func node(_ r: Int, at k: Int) -> Int32 { k < routeClients[r].count ? routeClients[r][k] : 0 }

    /// The change of route `r`'s time cost when a move reshapes it as `edit` (`client(p)` = its
    /// client at position `p`) with a travel change of `travelDelta`, a load change of `loadDelta`
    /// and a service change of `serviceDelta`; nil when the route would break its capacity, a
    /// window, the break or the day end. 0 when routes carry no time cost.
    /// - Complexity: O(1) without time windows; O(changed stretch) usually, O(route length) at
    ///   worst, with them. No allocation.
    @inline(__always)
    func timeDelta(
        route r: Int, travelDelta: Int64, loadDelta: Int32, serviceDelta: Int64, _ data: SearchData,
        edit: RouteEdit, client: (Int) -> Int32
    ) -> Int64? {
        if routeLoad[r] &+ loadDelta > data.capacity { return nil }
        guard data.hasTimeWindows else {
            return routeTravel[r] &+ travelDelta &+ routeService[r] &+ serviceDelta <= data.durationLimit ? 0 : nil
        }
        if edit.count == 0 { return -routeTimeCost[r] }
        guard
            let (s0, s1) = data.clock.endStates(
                edit, baseStates: routeStarts[r], tailStates: routeStarts[edit.tail],
                client: client)
        else { return nil }
        let last = client(edit.count - 1)
        if data.hasTimeCost {
            guard
                let cost = data.clock.endCost(
                    s0, s1, last: last, travel: routeTravel[r] &+ travelDelta,
                    service: routeService[r] &+ serviceDelta)
            else { return nil }
            return cost &- routeTimeCost[r]
        }
        return data.clock.finishes(s0, s1, last: last) ? 0 : nil
    }
}
