import Foundation
import TerritoryCommands
import TerritoryFormats

/// The `territory-bench` command line: `pvrp`, `suite`, `tsp`, `generate` and `scale`, under the same dispatcher, help
/// layout and usage errors as `territory` (`CommandLineTool`).
public enum BenchmarkTool {
    /// The program.
    public static let tool = CommandLineTool(
        name: "territory-bench", overview: "measure the Territory routing solver on published benchmarks",
        version: ToolVersion.current, commands: [PVRPCommand(), SuiteCommand(), TSPCommand(), GenerateCommand(), ScaleCommand()])

    /// Runs the command line (`arguments[0]` is the program name) in the real process; returns the exit code.
    public static func main(arguments: [String]) -> Int32 {
        tool.main(arguments: arguments, context: .process())
    }

    /// Formats `value` with `places` decimals.
    static func fixed(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}

/// A `territory-bench` command: an `OptionsCommand` whose work may fail with a `BenchmarkError`.
protocol BenchmarkCommand: OptionsCommand {
    /// The synopsis after the command's name: its positional arguments and the options.
    var synopsis: String { get }
    /// Runs on checked options; a failure is printed as `error: …` with its exit code.
    func perform(_ options: Options, context: CommandContext) throws(BenchmarkError)
}

extension BenchmarkCommand {
    /// `territory-bench`.
    var toolName: String { "territory-bench" }

    /// `usage: territory-bench NAME …`.
    var usage: String { "usage: territory-bench \(name) \(synopsis)" }

    /// The options alone, for a command without positional arguments.
    var synopsis: String { Self.parser.synopsis }

    func run(_ options: Options, context: CommandContext) -> Int32 {
        do {
            try perform(options, context: context)
            return ExitCode.success
        } catch {
            context.stderr.write("error: \(error.message)\n")
            return error.exitCode
        }
    }

    /// `territory-bench NAME: SUMMARY`, the usage line, OPTIONS and `details`, the layout of `territory`'s help.
    func help(details: String) -> String {
        """
        territory-bench \(name): \(summary)

        \(usage)

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(details)

        """
    }
}

/// One reading of a whole-number option for the bench commands.
enum WholeNumber {
    /// `text` as a whole number ≥ `least`, else a usage error naming `option`.
    static func parse(_ text: String, option: String, least: Int) throws(UsageError) -> Int {
        guard let k = Int(text), k >= least else { throw UsageError(english: "invalid \(option) \"\(text)\"; expected a whole number ≥ \(least)") }
        return k
    }

    /// The value of `option` in `parsed` as a whole number ≥ `least`; nil when absent.
    static func value(_ parsed: ParsedArguments, _ option: String, least: Int) throws(UsageError) -> Int? {
        guard let text = parsed.value(option) else { return nil }
        return try parse(text, option: option, least: least)
    }
}

/// The options the solving commands share: `--time-limit`, `--iterations`, `--seed`.
struct SolveOptions: Sendable {
    /// Wall-clock seconds per run.
    var seconds: Double
    /// Exactly this many iterations instead of a time limit (0: use the time limit).
    var iterations: Int
    /// Random seed.
    var seed: UInt64

    /// The option specs, with `seconds` as the default time limit.
    static func specs(defaultSeconds: Double, seed: Bool = true) -> [OptionSpec] {
        [
            .value("--time-limit", valueName: "S", help: "Wall-clock seconds per run (default \(Int(defaultSeconds)))"),
            .value("--iterations", valueName: "N", help: "Run exactly N iterations instead (reproducible on any machine)"),
        ] + (seed ? [.value("--seed", valueName: "N", help: "Random seed (default 1)")] : [])
    }

    /// The values given, checked.
    init(_ parsed: ParsedArguments, defaultSeconds: Double) throws(UsageError) {
        seconds = defaultSeconds
        if let v = parsed.value("--time-limit") {
            guard let s = Double(v), s > 0, s.isFinite else { throw UsageError(english: "invalid --time-limit \"\(v)\"; expected seconds > 0, e.g. 30") }
            seconds = s
        }
        iterations = 0
        if let k = try WholeNumber.value(parsed, "--iterations", least: 0) { iterations = k }
        seed = 1
        if let v = parsed.value("--seed") {
            guard let k = UInt64(v) else { throw UsageError(english: "invalid --seed \"\(v)\"; expected a whole number ≥ 0") }
            seed = k
        }
    }
}
