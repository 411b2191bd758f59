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

    /// Whether route `r` would stay feasible with a travel change of `travelDelta`, a load change
    /// of `loadDelta` and a service change of `serviceDelta`; `clients` builds the new client
    /// sequence, used only when the problem has time windows.
    func allows(route r: Int, travelDelta: Int64, loadDelta: Int32, serviceDelta: Int64,
                _ data: SearchData, clients: () -> [Int32]) -> Bool {
        if routeLoad[r] &+ loadDelta > data.capacity { return false }
        if data.hasTimeWindows { return WorkingSolution.fitsInTime(clients(), data) }
        return routeTravel[r] &+ travelDelta &+ routeService[r] &+ serviceDelta <= data.durationLimit
    }
}
