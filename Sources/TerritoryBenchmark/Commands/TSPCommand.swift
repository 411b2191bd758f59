import Foundation
import TerritoryCommands
import TerritoryRouting

/// `territory-bench tsp FILE`: the daily-route part alone, on a TSPLIB instance.
struct TSPCommand: BenchmarkCommand {
    let name = "tsp"
    let summary = "Solve one TSPLIB EUC_2D instance as one day, one vehicle, and print its length"

    static let parser = ArgumentParser(options: SolveOptions.specs(defaultSeconds: 5), maxPositionals: 1)

    var synopsis: String { "FILE \(Self.parser.synopsis)" }

    var help: String {
        help(details: "Prints 'NAME LENGTH OPTIMUM GAP% SECONDS' (optimum from optima.csv next to FILE, '-' if absent).")
    }

    /// The options of `territory-bench tsp`.
    struct Options: CommandOptions {
        /// The instance file.
        var file: String
        /// `--time-limit`, `--iterations`, `--seed`.
        var solve: SolveOptions

        init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard let file = parsed.positionals.first else { throw UsageError(english: "missing FILE: name the TSPLIB instance to solve") }
            self.file = file
            solve = try SolveOptions(parsed, defaultSeconds: 5)
        }
    }

    func perform(_ options: Options, context: CommandContext) throws(BenchmarkError) {
        let path = options.file
        let instance = try TSPInstance.read(path: path)
        let problem: RoutingProblem
        do { problem = try instance.routingProblem() } catch { throw BenchmarkError(exitCode: 65, "\(path): \(error.description)") }
        let solve = options.solve
        let solution = Solver.solve(problem, options: PVRPRun.options(seed: solve.seed, seconds: solve.seconds, iterations: solve.iterations))
        let tour = [0] + (solution.routes.first?.first ?? []).map { Int($0) }
        guard solution.unplaced.isEmpty, Set(tour).count == instance.x.count, tour.count == instance.x.count else {
            throw BenchmarkError(exitCode: 1, "\(instance.name): the tour does not visit every city exactly once")
        }
        let length = instance.length(ofTour: tour)
        let directory = (path as NSString).deletingLastPathComponent
        let optimum = BestKnown.read(path: (directory as NSString).appendingPathComponent("optima.csv"), valueColumn: 2)[instance.name]
        let gap = optimum.map { BenchmarkTool.fixed(100 * (Double(length) - $0) / $0, 2) + "%" } ?? "-"
        let stats = solution.statistics
        context.stderr.write("\(stats.iterations) iterations, \(BenchmarkTool.fixed(stats.movesPerSecond / 1e6, 2))M moves/s\n")
        context.stdout.write("\(instance.name) \(length) \(optimum.map { String(Int($0)) } ?? "-") \(gap) \(BenchmarkTool.fixed(stats.seconds, 1))\n")
    }
}
