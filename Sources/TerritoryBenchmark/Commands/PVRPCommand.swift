import Foundation
import TerritoryFormats
import TerritoryRouting

/// `territory-bench pvrp FILE`: solve one Cordeau instance, check it, print its cost.
enum PVRPCommand {
    static let help = """
        OVERVIEW: Solve one Cordeau PVRP instance and print its independently checked cost.

        USAGE: territory-bench pvrp FILE [--time-limit S] [--iterations N] [--seed N] [--solution OUT.json]

        OPTIONS:
          --time-limit S     Wall-clock seconds (default 30).
          --iterations N     Run exactly N iterations instead (reproducible on any machine).
          --seed N           Random seed (default 1).
          --solution FILE    Write the routes as JSON (days and vehicles numbered from 1).
          -h, --help         Show this help.

        Prints 'NAME COST SECONDS' on standard output; exits 1 (printing no cost) when the
        solution fails the check.
        """

    static func run(_ words: [String]) throws(BenchmarkError) {
        let args = try Arguments(words, valued: ["time-limit", "iterations", "seed", "solution"])
        if args.wantsHelp {
            print(help)
            return
        }
        guard args.positional.count == 1 else { throw .usage("pvrp needs exactly one instance FILE; see --help") }
        let instance = try CordeauReader.read(path: args.positional[0])
        let seconds = try args.seconds("time-limit", default: 30)
        let iterations = try args.integer("iterations", default: 0)
        let seed = UInt64(try args.integer("seed", default: 1))
        if let out = args.options["solution"] {  // before solving, so a bad --solution fails at once
            do { try AtomicFileWriter.check(out, option: "--solution") } catch { throw BenchmarkError(exitCode: 73, error.description) }
        }
        BenchmarkTool.error("\(instance.name): n=\(instance.customerCount) t=\(instance.dayCount) m=\(instance.vehicles), solving…")
        let run = try PVRPRun.solve(instance, options: PVRPRun.options(seed: seed, seconds: seconds, iterations: iterations))
        guard run.report.isValid else {
            throw BenchmarkError(exitCode: 1, "\(instance.name): invalid solution:\n  " + run.report.violations.joined(separator: "\n  "))
        }
        if let out = args.options["solution"] {
            do { try AtomicFileWriter.write(run.json(instance: instance.name), to: out, option: "--solution") } catch {
                throw BenchmarkError(exitCode: 73, error.description)
            }
        }
        let stats = run.solution.statistics
        BenchmarkTool.error("\(stats.iterations) iterations, \(BenchmarkTool.fixed(stats.movesPerSecond / 1e6, 2))M moves/s")
        print("\(instance.name) \(BenchmarkTool.fixed(run.report.cost, 2)) \(BenchmarkTool.fixed(stats.seconds, 1))")
    }
}
