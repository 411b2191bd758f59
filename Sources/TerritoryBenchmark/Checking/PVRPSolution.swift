import TerritoryRouting

/// One route of a benchmark solution, numbered as in the literature.
public struct BenchmarkRoute: Sendable, Equatable {
    /// Day, 1-based.
    public let day: Int
    /// Vehicle within the day, 1-based.
    public let vehicle: Int
    /// Customer numbers as in the instance file, in visiting order.
    public let customers: [Int]

    /// Creates a route.
    public init(day: Int, vehicle: Int, customers: [Int]) {
        self.day = day
        self.vehicle = vehicle
        self.customers = customers
    }
}

extension RoutingSolution {
    /// The non-empty routes as benchmark routes (days and vehicles renumbered from 1).
    public func benchmarkRoutes() -> [BenchmarkRoute] {
        var result: [BenchmarkRoute] = []
        for (d, day) in routes.enumerated() {
            var vehicle = 0
            for route in day where !route.isEmpty {
                vehicle += 1
                result.append(BenchmarkRoute(day: d + 1, vehicle: vehicle, customers: route.map { Int($0) }))
            }
        }
        return result
    }
}
