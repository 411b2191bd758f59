import TerritoryRouting

/// A periodic vehicle routing instance in Cordeau's format, as read from the file.
///
/// Customers are numbered `1...customerCount` as in the file; index 0 is the depot.
public struct PVRPInstance: Sendable {
    /// Instance name (the file name).
    public let name: String
    /// Vehicles available on each day.
    public let vehicles: Int
    /// Number of customers.
    public let customerCount: Int
    /// Days in the period.
    public let dayCount: Int
    /// Longest route duration (travel + service); 0 = no limit.
    public let durationLimit: Double
    /// Vehicle capacity.
    public let capacity: Int
    /// X coordinate per node.
    public let x: [Double]
    /// Y coordinate per node.
    public let y: [Double]
    /// Service duration per node.
    public let service: [Double]
    /// Demand per visit per node.
    public let demand: [Int]
    /// Visit frequency per node as written (p11 customer 131 says 0; its combinations decide).
    public let frequency: [Int]
    /// Allowed visit-day sets per node, bit `k` = day `k + 1` (converted from Cordeau's
    /// encoding where day 1 is the most significant of `t` bits).
    public let combinations: [[UInt64]]

    /// Scale from Euclidean distance to solver units.
    public static let unitsPerDistance = 10_000.0

    /// Creates an instance from its parts.
    public init(
        name: String, vehicles: Int, customerCount: Int, dayCount: Int, durationLimit: Double, capacity: Int,
        x: [Double], y: [Double], service: [Double], demand: [Int], frequency: [Int], combinations: [[UInt64]]
    ) {
        self.name = name
        self.vehicles = vehicles
        self.customerCount = customerCount
        self.dayCount = dayCount
        self.durationLimit = durationLimit
        self.capacity = capacity
        self.x = x
        self.y = y
        self.service = service
        self.demand = demand
        self.frequency = frequency
        self.combinations = combinations
    }

    /// Unrounded Euclidean distance between nodes `i` and `j`.
    public func distance(_ i: Int, _ j: Int) -> Double {
        let dx = x[i] - x[j]
        let dy = y[i] - y[j]
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Converts a Cordeau combination integer (day 1 = most significant of `t` bits) to a day
    /// set with day 1 in bit 0.
    public static func daySet(combination c: Int, dayCount t: Int) -> UInt64 {
        var days: UInt64 = 0
        for k in 1...t where (c >> (t - k)) & 1 == 1 { days |= UInt64(1) << UInt64(k - 1) }
        return days
    }

    /// The solver's problem: distances × 10,000 rounded *up* per edge (so a route within the
    /// duration limit in units is within it exactly), service scaled the same way, one pattern
    /// group per customer, and no duration limit when the file says 0.
    public func routingProblem() throws(RoutingProblemError) -> RoutingProblem {
        let n = customerCount + 1
        let scale = Self.unitsPerDistance
        var travel = [Int32](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                travel[i * n + j] = Int32((distance(i, j) * scale).rounded(.up))
            }
        }
        let groups = (0..<n).map { node in
            node == 0 ? [VisitPattern(days: 0)] : combinations[node].map { VisitPattern(days: $0) }
        }
        return try RoutingProblem(
            clientCount: customerCount,
            dayCount: dayCount,
            travel: travel,
            service: service.map { Int32(($0 * scale).rounded(.up)) },
            demand: demand.map { Int32($0) },
            vehiclesPerDay: Array(repeating: Int32(vehicles), count: dayCount),
            capacity: Int32(capacity),
            dayStart: 0,
            dayEnd: durationLimit > 0 ? Int32((durationLimit * scale).rounded(.down)) : .max,
            patternGroups: groups,
            patternGroupOfNode: (0..<n).map { Int32($0) })
    }
}
