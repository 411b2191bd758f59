import Foundation
import TerritoryRouting

/// `territory-bench suite`: solve Cordeau instances and tabulate the gap to the best known.
enum SuiteCommand {
    static let help = """
        OVERVIEW: Solve Cordeau PVRP instances (all 42, or those named) and compare with bks.csv.

        USAGE: territory-bench suite [--time-limit S] [--iterations N] [--seeds K] [--dir DIR] [INSTANCE…]

        OPTIONS:
          --time-limit S     Wall-clock seconds per run (default 30).
          --iterations N     Run exactly N iterations per run instead.
          --seeds K          Runs per instance with seeds 1…K (default 1).
          --dir DIR          Benchmark folder holding instances/ and bks.csv
                             (default ../shared/benchmarks/pvrp).
          -h, --help         Show this help.

        Runs one instance at a time on one core. Every solution is checked independently; an
        invalid one stops the suite with exit code 1.
        """

    /// Prints a table row at once (stdout may be a pipe).
    private static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func run(_ words: [String]) throws(BenchmarkError) {
        let args = try Arguments(words, valued: ["time-limit", "iterations", "seeds", "dir"])
        if args.wantsHelp {
            print(help)
            return
        }
        let dir = args.options["dir"] ?? "../shared/benchmarks/pvrp"
        let seconds = try args.seconds("time-limit", default: 30)
        let iterations = try args.integer("iterations", default: 0)
        let seeds = max(1, try args.integer("seeds", default: 1))
        let bks = BestKnown.read(path: dir + "/bks.csv", valueColumn: 5)
        var names = args.positional
        if names.isEmpty {
            guard !bks.isEmpty else { throw BenchmarkError(exitCode: 66, "\(dir)/bks.csv: cannot read the instance list") }
            names = (1...32).map { String(format: "p%02d", $0) } + (1...10).map { String(format: "pr%02d", $0) }
        }
        emit("instance    n   t   m         BKS        best        mean   gap%  seconds")
        var gaps: [Double] = []
        var moves = 0
        var totalSeconds = 0.0
        for name in names {
            let instance = try CordeauReader.read(path: "\(dir)/instances/\(name)")
            var costs: [Double] = []
            var elapsed = 0.0
            for seed in 1...seeds {
                BenchmarkTool.error("\(name) seed \(seed)…")
                let run = try PVRPRun.solve(instance, options: PVRPRun.options(seed: UInt64(seed), seconds: seconds, iterations: iterations))
                guard run.report.isValid else {
                    throw BenchmarkError(exitCode: 1, "\(name) seed \(seed): invalid solution:\n  " + run.report.violations.joined(separator: "\n  "))
                }
                costs.append(run.report.cost)
                elapsed += run.solution.statistics.seconds
                moves += run.solution.statistics.movesEvaluated
            }
            totalSeconds += elapsed
            let best = costs.min()!
            let mean = costs.reduce(0, +) / Double(costs.count)
            var gapText = "     -"
            if let b = bks[name] {
                let gap = 100 * (best - b) / b
                gaps.append(gap)
                gapText = String(format: "%6.2f", gap)
            }
            let bksText = bks[name].map { String(format: "%11.2f", $0) } ?? "          -"
            emit(
                String(format: "%-8@ %4d %3d %3d ", name as NSString, instance.customerCount, instance.dayCount, instance.vehicles)
                    + bksText + String(format: " %11.2f %11.2f ", best, mean) + gapText
                    + String(format: " %8.1f", elapsed / Double(seeds)))
        }
        if !gaps.isEmpty {
            let worst = gaps.max()!
            emit(
                String(
                    format: "mean gap %.2f%%, worst %.2f%%, %.2fM moves/s", gaps.reduce(0, +) / Double(gaps.count), worst,
                    totalSeconds > 0 ? Double(moves) / totalSeconds / 1e6 : 0))
        }
    }
}
