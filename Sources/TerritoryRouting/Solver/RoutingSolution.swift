/// The solver's answer: routes per day, the pattern chosen for each client, and costs.
public struct RoutingSolution: Sendable {
    /// `routes[day][vehicle]` = client nodes in visiting order; every day has exactly
    /// `vehiclesPerDay[day]` entries, unused vehicles as empty arrays.
    public let routes: [[[Int32]]]
    /// Chosen pattern per node (its days and penalty, one of the client's group); nil for the
    /// depot (index 0) and for an unplaced client.
    public let patternOfClient: [VisitPattern?]
    /// Σ travel over all routes, units.
    public let travelCost: Int64
    /// Σ penalties of the chosen patterns (unplaced clients excluded).
    public let penaltyCost: Int64
    /// Σ route time costs (length and idle time, see `RouteTimeCost`); 0 when the problem has none.
    public let timeCost: Int64
    /// Clients no feasible pattern could be found for, in increasing order.
    public let unplaced: [Int32]
    /// Effort and speed figures.
    public let statistics: SolverStatistics

    /// Travel plus penalties plus time cost: the objective once every client is assigned.
    public var cost: Int64 { travelCost + penaltyCost + timeCost }

    /// Creates a solution from its parts.
    public init(
        routes: [[[Int32]]], patternOfClient: [VisitPattern?], travelCost: Int64, penaltyCost: Int64,
        timeCost: Int64 = 0, unplaced: [Int32], statistics: SolverStatistics
    ) {
        self.timeCost = timeCost
        self.routes = routes
        self.patternOfClient = patternOfClient
        self.travelCost = travelCost
        self.penaltyCost = penaltyCost
        self.unplaced = unplaced
        self.statistics = statistics
    }
}
