import Foundation
import TerritoryCommands
import TerritoryRouting

/// `territory-bench suite`: solve Cordeau instances and tabulate the gap to the best known.
struct SuiteCommand: BenchmarkCommand {
    let name = "suite"
    let summary = "Solve the Cordeau PVRP instances (all 42, or those named) and compare with bks.csv"

    static let parser = ArgumentParser(
        options: SolveOptions.specs(defaultSeconds: 30, seed: false) + [
            .value("--seeds", valueName: "K", help: "Runs per instance with seeds 1…K (default 1)"),
            .value("--dir", valueName: "DIR", help: "Benchmark folder holding instances/ and bks.csv (default ../shared/benchmarks/pvrp)"),
        ], maxPositionals: 64)

    var synopsis: String { "\(Self.parser.synopsis) [INSTANCE…]" }

    var help: String {
        help(
            details: """
                Runs one instance at a time on one core. Every solution is checked independently; an
                invalid one stops the suite with exit code 1.
                """)
    }

    /// The options of `territory-bench suite`.
    struct Options: CommandOptions {
        /// `--time-limit`, `--iterations` (the seeds are 1…`seeds`).
        var solve: SolveOptions
        /// `--seeds K`: runs per instance.
        var seeds: Int
        /// `--dir DIR`.
        var dir: String
        /// The instances named; empty: all 42.
        var instances: [String]

        init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            solve = try SolveOptions(parsed, defaultSeconds: 30)
            seeds = 1
            if let v = parsed.value("--seeds") {
                guard let k = Int(v), k >= 1 else { throw UsageError(english: "invalid --seeds \"\(v)\"; expected a whole number ≥ 1") }
                seeds = k
            }
            dir = parsed.value("--dir") ?? "../shared/benchmarks/pvrp"
            instances = parsed.positionals
        }
    }

    func perform(_ options: Options, context: CommandContext) throws(BenchmarkError) {
        let dir = options.dir
        let bks = BestKnown.read(path: dir + "/bks.csv", valueColumn: 5)
        var names = options.instances
        if names.isEmpty {
            guard !bks.isEmpty else { throw BenchmarkError(exitCode: 66, "\(dir)/bks.csv: cannot read the instance list") }
            names = (1...32).map { String(format: "p%02d", $0) } + (1...10).map { String(format: "pr%02d", $0) }
        }
        context.stdout.write("instance    n   t   m         BKS        best        mean   gap%  seconds\n")
        var gaps: [Double] = []
        var moves = 0
        var totalSeconds = 0.0
        for name in names {
            let instance = try CordeauReader.read(path: "\(dir)/instances/\(name)")
            var costs: [Double] = []
            var elapsed = 0.0
            for seed in 1...options.seeds {
                context.stderr.write("\(name) seed \(seed)…\n")
                let run = try PVRPRun.solve(
                    instance, options: PVRPRun.options(seed: UInt64(seed), seconds: options.solve.seconds, iterations: options.solve.iterations))
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
            context.stdout.write(
                String(format: "%-8@ %4d %3d %3d ", name as NSString, instance.customerCount, instance.dayCount, instance.vehicles)
                    + bksText + String(format: " %11.2f %11.2f ", best, mean) + gapText
                    + String(format: " %8.1f", elapsed / Double(options.seeds)) + "\n")
        }
        if !gaps.isEmpty {
            let worst = gaps.max()!
            context.stdout.write(
                String(
                    format: "mean gap %.2f%%, worst %.2f%%, %.2fM moves/s", gaps.reduce(0, +) / Double(gaps.count), worst,
                    totalSeconds > 0 ? Double(moves) / totalSeconds / 1e6 : 0) + "\n")
        }
    }
}
