import Foundation
import TerritoryFormats
import TerritoryModel

/// The `territory` command line: dispatches to the subcommands and answers `--help` and `--version`.
public enum TerritoryCLI {
    /// The version printed by `territory --version`.
    public static let version = ToolVersion.current

    /// The subcommands, in the order `territory --help` lists them. Add new commands here.
    public static let commands: [any Command] = [
        GradeCommand(), PlanCommand(), CheckCommand(), MergeCommand(), ProgressCommand(), ReplanCommand(), BalanceCommand(),
        RegradeCommand(), ReportCommand(), ExportCommand(),
    ]

    /// The `territory` program: its commands under one dispatcher, shared with `territory-bench`.
    public static func tool(commands: [any Command] = commands) -> CommandLineTool {
        CommandLineTool(
            name: "territory", overview: "nine-grid doctor grading and monthly visit planning for pharmaceutical field sales",
            overviewZH: "医药代表的九宫格医生分级与月度拜访规划", version: version, commands: commands)
    }

    /// `territory --help` in `language` (Chinese by default).
    public static func help(commands: [any Command] = commands, language: Language = .zh) -> String {
        tool(commands: commands).help(language: language)
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
        tool(commands: commands).main(arguments: arguments, context: context)
    }
}

extension String {
    /// Padded with spaces to `width` display columns.
    func padding(to width: Int) -> String { DisplayWidth.pad(self, to: width) }
}
