import TerritoryFormats
import TerritoryModel

/// A program made of commands (`territory`, `territory-bench`): one dialect for both — the same help layout,
/// `--help` and `--version`, usage errors (`error: …`, the usage line, `See '… --help'.`, exit 64) and
/// suggestions for a misspelt command.
public struct CommandLineTool: Sendable {
    /// The program's name, e.g. `territory`.
    public var name: String
    /// One line saying what the program is for.
    public var overview: String
    /// The version `--version` prints.
    public var version: String
    /// The commands, in the order help lists them.
    public var commands: [any Command]

    /// Creates a program.
    public init(name: String, overview: String, version: String, commands: [any Command]) {
        self.name = name
        self.overview = overview
        self.version = version
        self.commands = commands
    }

    /// `NAME --help`.
    public var help: String {
        let width = commands.map(\.name.count).max() ?? 0
        let list = commands.map { "  " + $0.name.padding(to: width) + "  " + $0.summary + "\n" }.joined()
        return """
            \(name): \(overview)

            usage: \(name) <command> [options]

            COMMANDS:
            \(list)
            OPTIONS:
              -h, --help     Show this help
                  --version  Show the version

            Run '\(name) <command> --help' for a command's options.

            """
    }

    /// Runs the command line (`arguments[0]` is the program name); returns the exit code.
    public func main(arguments: [String], context: CommandContext) -> Int32 {
        let args = Array(arguments.dropFirst())
        guard let first = args.first else {
            context.stderr.write(help)
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help", "help":
            if first == "help", args.count > 1, let c = commands.first(where: { $0.name == args[1] }) {
                context.stdout.write(c.help)
            } else {
                context.stdout.write(help)
            }
            return ExitCode.success
        case "--version":
            context.stdout.write("\(name) \(version)\n")
            return ExitCode.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let hint = Suggestion.closest(to: first, among: commands.map(\.name)).map { "; did you mean \"\($0)\"?" } ?? ""
            let what = first.hasPrefix("-") ? "unknown option" : "unknown command"
            context.stderr.write("error: \(what) \"\(first)\"\(hint)\nSee '\(name) --help'.\n")
            return ExitCode.usage
        }
        return command.run(arguments: Array(args.dropFirst()), context: context)
    }
}
