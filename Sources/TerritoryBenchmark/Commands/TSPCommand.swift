import Foundation
import TerritoryRouting

/// `territory-bench tsp FILE`: the daily-route part alone, on a TSPLIB instance.
enum TSPCommand {
    static let help = """
        OVERVIEW: Solve one TSPLIB EUC_2D instance as one day, one vehicle, and print its length.

        USAGE: territory-bench tsp FILE [--time-limit S] [--iterations N] [--seed N]

        OPTIONS:
          --time-limit S     Wall-clock seconds (default 5).
          --iterations N     Run exactly N iterations instead.
          --seed N           Random seed (default 1).
          -h, --help         Show this help.

        Prints 'NAME LENGTH OPTIMUM GAP% SECONDS' (optimum from optima.csv next to FILE, '-' if absent).
        """

    static func run(_ words: [String]) throws(BenchmarkError) {
        let args = try Arguments(words, valued: ["time-limit", "iterations", "seed"])
        if args.wantsHelp {
            print(help)
            return
        }
        guard args.positional.count == 1 else { throw .usage("tsp needs exactly one instance FILE; see --help") }
        let path = args.positional[0]
        let instance = try TSPInstance.read(path: path)
        let seconds = try args.seconds("time-limit", default: 5)
        let iterations = try args.integer("iterations", default: 0)
        let seed = UInt64(try args.integer("seed", default: 1))
        let problem: RoutingProblem
        do { problem = try instance.routingProblem() } catch { throw BenchmarkError(exitCode: 65, "\(path): \(error.description)") }
        let solution = Solver.solve(problem, options: PVRPRun.options(seed: seed, seconds: seconds, iterations: iterations))
        let tour = [0] + (solution.routes.first?.first ?? []).map { Int($0) }
        guard solution.unplaced.isEmpty, Set(tour).count == instance.x.count, tour.count == instance.x.count else {
            throw BenchmarkError(exitCode: 1, "\(instance.name): the tour does not visit every city exactly once")
        }
        let length = instance.length(ofTour: tour)
        let directory = (path as NSString).deletingLastPathComponent
        let optimum = BestKnown.read(path: (directory as NSString).appendingPathComponent("optima.csv"), valueColumn: 2)[instance.name]
        let gap = optimum.map { BenchmarkTool.fixed(100 * (Double(length) - $0) / $0, 2) + "%" } ?? "-"
        let stats = solution.statistics
        BenchmarkTool.error("\(stats.iterations) iterations, \(BenchmarkTool.fixed(stats.movesPerSecond / 1e6, 2))M moves/s")
        print("\(instance.name) \(length) \(optimum.map { String(Int($0)) } ?? "-") \(gap) \(BenchmarkTool.fixed(stats.seconds, 1))")
    }
}
