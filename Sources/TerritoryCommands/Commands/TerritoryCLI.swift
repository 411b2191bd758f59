import Foundation
import TerritoryFormats
import TerritoryModel

/// The `territory` command line: dispatches to the subcommands and answers `--help` and `--version`.
public enum TerritoryCLI {
    /// The version printed by `territory --version`.
    public static let version = ToolVersion.current

    /// The subcommands, in the order `territory --help` lists them. Add new commands here.
    public static let commands: [any Command] = [
        GradeCommand(), PlanCommand(), CheckCommand(), ProgressCommand(), ReplanCommand(), BalanceCommand(),
        RegradeCommand(), ReportCommand(), ExportCommand(),
    ]

    /// `territory --help`.
    public static func help(commands: [any Command] = commands) -> String {
        let width = commands.map(\.name.count).max() ?? 0
        let list = commands.map { "  " + $0.name.padding(to: width) + "  " + $0.summary + "\n" }.joined()
        return """
            territory: nine-grid doctor grading and monthly visit planning for pharmaceutical field sales

            usage: territory <command> [options]

            COMMANDS:
            \(list)
            OPTIONS:
              -h, --help     Show this help
                  --version  Show the version

            Run 'territory <command> --help' for a command's options.

            """
    }

    /// Runs the command line (`arguments[0]` is the program name) in the real process; returns the exit code.
    public static func main(arguments: [String]) -> Int32 {
        unblockTerminationSignals()
        return main(arguments: arguments, context: .process())
    }

    /// Unblocks SIGTERM, SIGINT and SIGHUP, which a parent may have blocked and a child inherits (a test
    /// runner's or scheduler's threads do), so they stop a run; what it writes goes through
    /// `AtomicFileWriter`, so a stopped run leaves the old files or the new ones, never a part.
    /// Ignored signals stay ignored (`nohup` keeps working).
    static func unblockTerminationSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for s in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&set, s) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Runs the command line with a given context (tests capture its output).
    public static func main(arguments: [String], context: CommandContext, commands: [any Command] = commands) -> Int32 {
        let args = Array(arguments.dropFirst())
        guard let first = args.first else {
            context.stderr.write(help(commands: commands))
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help", "help":
            if first == "help", args.count > 1, let c = commands.first(where: { $0.name == args[1] }) {
                context.stdout.write(c.help)
            } else {
                context.stdout.write(help(commands: commands))
            }
            return ExitCode.success
        case "--version":
            context.stdout.write("territory \(version)\n")
            return ExitCode.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let hint = Suggestion.closest(to: first, among: commands.map(\.name)).map { "; did you mean \"\($0)\"?" } ?? ""
            let what = first.hasPrefix("-") ? "unknown option" : "unknown command"
            context.stderr.write("error: \(what) \"\(first)\"\(hint)\nSee 'territory --help'.\n")
            return ExitCode.usage
        }
        return command.run(arguments: Array(args.dropFirst()), context: context)
    }
}

extension String {
    /// Padded with spaces to `width` display columns.
    func padding(to width: Int) -> String { DisplayWidth.pad(self, to: width) }
}
