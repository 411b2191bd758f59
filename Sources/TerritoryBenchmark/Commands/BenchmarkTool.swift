import Foundation

/// The `territory-bench` command line: dispatches to `pvrp`, `suite` and `tsp`.
public enum BenchmarkTool {
    /// Top-level help text.
    public static let help = """
        OVERVIEW: Measure the Territory routing solver on published benchmarks.

        USAGE: territory-bench <subcommand> [options]

        SUBCOMMANDS:
          pvrp FILE    Solve one Cordeau PVRP instance and print its checked cost.
          suite        Solve the Cordeau PVRP instances and print a table against the best known.
          tsp FILE     Solve one TSPLIB EUC_2D instance (one day, one vehicle).
          generate     Write a seeded sales district as a territory folder.

          Run 'territory-bench <subcommand> --help' for the options of each.
        """

    /// Runs the tool with `arguments` (without the program name); returns the exit code.
    public static func run(_ arguments: [String]) -> Int32 {
        guard let sub = arguments.first else {
            FileHandle.standardError.write(Data((help + "\n").utf8))
            return 64
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch sub {
            case "pvrp": try PVRPCommand.run(rest)
            case "suite": try SuiteCommand.run(rest)
            case "tsp": try TSPCommand.run(rest)
            case "generate": try GenerateCommand.run(rest)
            case "--help", "-h", "help": print(help)
            default: throw BenchmarkError.usage("unknown subcommand '\(sub)'; see 'territory-bench --help'")
            }
            return 0
        } catch let error as BenchmarkError {
            Self.error("error: \(error.message)")
            return error.exitCode
        } catch {
            Self.error("error: \(error)")
            return 1
        }
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Formats `value` with `places` decimals.
    static func fixed(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
