import Foundation
import TerritoryCommands
import TerritoryFormats
import TerritoryRouting

/// `territory-bench pvrp FILE`: solve one Cordeau instance, check it, print its cost.
struct PVRPCommand: BenchmarkCommand {
    let name = "pvrp"
    let summary = "Solve one Cordeau PVRP instance and print its independently checked cost"

    static let parser = ArgumentParser(
        options: SolveOptions.specs(defaultSeconds: 30) + [
            .value("--solution", valueName: "FILE", help: "Write the routes as JSON (days and vehicles numbered from 1)")
        ], maxPositionals: 1)

    var synopsis: String { "FILE \(Self.parser.synopsis)" }

    var help: String {
        help(
            details: """
                Prints 'NAME COST SECONDS' on standard output; exits 1 (printing no cost) when the
                solution fails the check.
                """)
    }

    /// The options of `territory-bench pvrp`.
    struct Options: CommandOptions {
        /// The instance file.
        var file: String
        /// `--time-limit`, `--iterations`, `--seed`.
        var solve: SolveOptions
        /// `--solution FILE`.
        var solution: String?

        init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard let file = parsed.positionals.first else { throw UsageError(english: "missing FILE: name the Cordeau instance to solve") }
            self.file = file
            solve = try SolveOptions(parsed, defaultSeconds: 30)
            solution = parsed.value("--solution")
        }
    }

    func perform(_ options: Options, context: CommandContext) throws(BenchmarkError) {
        let instance = try CordeauReader.read(path: options.file)
        if let out = options.solution {  // before solving, so a bad --solution fails at once
            do { try AtomicFileWriter.check(out, option: "--solution") } catch { throw BenchmarkError(exitCode: 73, error.description) }
        }
        context.stderr.write("\(instance.name): n=\(instance.customerCount) t=\(instance.dayCount) m=\(instance.vehicles), solving…\n")
        let solve = options.solve
        let run = try PVRPRun.solve(instance, options: PVRPRun.options(seed: solve.seed, seconds: solve.seconds, iterations: solve.iterations))
        guard run.report.isValid else {
            throw BenchmarkError(exitCode: 1, "\(instance.name): invalid solution:\n  " + run.report.violations.joined(separator: "\n  "))
        }
        if let out = options.solution {
            do { try AtomicFileWriter.write(run.json(instance: instance.name), to: out, option: "--solution") } catch {
                throw BenchmarkError(exitCode: 73, error.description)
            }
        }
        let stats = run.solution.statistics
        context.stderr.write("\(stats.iterations) iterations, \(BenchmarkTool.fixed(stats.movesPerSecond / 1e6, 2))M moves/s\n")
        context.stdout.write("\(instance.name) \(BenchmarkTool.fixed(run.report.cost, 2)) \(BenchmarkTool.fixed(stats.seconds, 1))\n")
    }
}
