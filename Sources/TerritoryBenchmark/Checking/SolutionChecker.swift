/// Checks a PVRP solution against the instance file's data, independently of the solver's
/// bookkeeping, and recomputes its cost in unrounded Euclidean distance.
public enum SolutionChecker {
    /// The verdict on a solution.
    public struct Report: Sendable {
        /// Every rule broken, one sentence each; empty when the solution is valid.
        public let violations: [String]
        /// Σ unrounded Euclidean travel over all routes.
        public let cost: Double
        /// Whether no rule is broken.
        public var isValid: Bool { violations.isEmpty }
    }

    /// Checks that each customer is visited on exactly the days of one allowed combination, once
    /// per day; that each day uses at most `m` vehicles; that each route's load is at most Q; and,
    /// when D > 0, that travel plus service is at most D. A customer located on the depot (p01's
    /// dummy) may be left out, as Cordeau's own solution does.
    /// - Complexity: O(visits + customers × combinations).
    public static func check(_ routes: [BenchmarkRoute], of instance: PVRPInstance) -> Report {
        var violations: [String] = []
        let n = instance.customerCount
        var visitDays = [UInt64](repeating: 0, count: n + 1)
        var vehiclesUsed = [Set<Int>](repeating: [], count: instance.dayCount + 1)
        var cost = 0.0
        for route in routes {
            let label = "day \(route.day) vehicle \(route.vehicle)"
            guard (1...instance.dayCount).contains(route.day) else {
                violations.append("\(label): day is outside 1...\(instance.dayCount)")
                continue
            }
            if !(1...instance.vehicles).contains(route.vehicle) {
                violations.append("\(label): vehicle is outside 1...\(instance.vehicles)")
            }
            if !vehiclesUsed[route.day].insert(route.vehicle).inserted {
                violations.append("\(label): the vehicle has two routes that day")
            }
            var load = 0
            var travel = 0.0
            var service = 0.0
            var prev = 0
            for c in route.customers {
                guard (1...n).contains(c) else {
                    violations.append("\(label): customer \(c) does not exist")
                    continue
                }
                let bit = UInt64(1) << UInt64(route.day - 1)
                if visitDays[c] & bit != 0 { violations.append("customer \(c) is visited twice on day \(route.day)") }
                visitDays[c] |= bit
                load += instance.demand[c]
                service += instance.service[c]
                travel += instance.distance(prev, c)
                prev = c
            }
            if !route.customers.isEmpty { travel += instance.distance(prev, 0) }
            cost += travel
            if load > instance.capacity { violations.append("\(label): load \(load) exceeds Q = \(instance.capacity)") }
            if instance.durationLimit > 0 && travel + service > instance.durationLimit + 1e-9 {
                violations.append("\(label): duration \(travel + service) exceeds D = \(instance.durationLimit)")
            }
        }
        for d in 1...instance.dayCount where vehiclesUsed[d].count > instance.vehicles {
            violations.append("day \(d) uses \(vehiclesUsed[d].count) vehicles, more than m = \(instance.vehicles)")
        }
        for c in 1...max(1, n) where c <= n && !instance.combinations[c].contains(visitDays[c]) {
            // p01's dummy customer sits on the depot and takes a whole vehicle; Cordeau leaves it out.
            if visitDays[c] == 0 && instance.distance(0, c) == 0 { continue }
            violations.append("customer \(c) is visited on days \(dayList(visitDays[c])), not an allowed combination")
        }
        return Report(violations: violations, cost: cost)
    }

    /// Days of a day set, 1-based, e.g. "{1, 3}".
    static func dayList(_ days: UInt64) -> String {
        "{" + (0..<64).filter { days & (UInt64(1) << UInt64($0)) != 0 }.map { String($0 + 1) }.joined(separator: ", ") + "}"
    }
}
