import TerritoryRouting

/// One solver run on a PVRP instance, checked independently.
public struct PVRPRun: Sendable {
    /// The solver's answer.
    public let solution: RoutingSolution
    /// Its non-empty routes, numbered as in the literature.
    public let routes: [BenchmarkRoute]
    /// The independent checker's verdict and recomputed cost.
    public let report: SolutionChecker.Report

    /// Solves `instance` with `options` and checks the result.
    /// - Complexity: that of `Solver.solve`.
    public static func solve(_ instance: PVRPInstance, options: SolverOptions) throws(BenchmarkError) -> PVRPRun {
        let problem: RoutingProblem
        do { problem = try instance.routingProblem() } catch {
            throw BenchmarkError(exitCode: 65, "\(instance.name): \(error.description)")
        }
        let solution = Solver.solve(problem, options: options)
        let routes = solution.benchmarkRoutes()
        var report = SolutionChecker.check(routes, of: instance)
        if !solution.unplaced.isEmpty {
            report = SolutionChecker.Report(
                violations: report.violations + ["the solver left customers \(solution.unplaced) unplaced"],
                cost: report.cost)
        }
        return PVRPRun(solution: solution, routes: routes, report: report)
    }

    /// Solver options for a bench run: a time limit alone, or an iteration count alone.
    static func options(seed: UInt64, seconds: Double, iterations: Int) -> SolverOptions {
        if iterations > 0 { return SolverOptions(seed: seed, iterationLimit: iterations, timeLimit: nil) }
        return SolverOptions(seed: seed, iterationLimit: .max, timeLimit: .milliseconds(Int64(seconds * 1000)))
    }

    /// The solution file: `{"instance", "cost", "seconds", "routes": [{"day", "vehicle", "customers"}]}`.
    public func json(instance name: String) -> String {
        var out = "{\n  \"instance\": \"\(name)\",\n"
        out += "  \"cost\": \(BenchmarkTool.fixed(report.cost, 6)),\n"
        out += "  \"seconds\": \(BenchmarkTool.fixed(solution.statistics.seconds, 3)),\n"
        out += "  \"routes\": ["
        for (k, r) in routes.enumerated() {
            out += k == 0 ? "\n" : ",\n"
            out += "    {\"day\": \(r.day), \"vehicle\": \(r.vehicle), \"customers\": ["
            out += r.customers.map(String.init).joined(separator: ", ") + "]}"
        }
        out += routes.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
