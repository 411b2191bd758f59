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
    /// What the program is for in Chinese; nil for a program whose help is English only (`territory-bench`).
    public var overviewZH: String?

    /// Creates a program.
    public init(name: String, overview: String, overviewZH: String? = nil, version: String, commands: [any Command]) {
        self.name = name
        self.overview = overview
        self.overviewZH = overviewZH
        self.version = version
        self.commands = commands
    }

    /// `NAME --help` in English.
    public var help: String { help(language: .en) }

    /// `NAME --help`: Chinese by default when the program has a Chinese overview, English with `--lang en`.
    public func help(language: Language) -> String {
        let width = commands.map(\.name.count).max() ?? 0
        guard let overviewZH, language == .zh else {
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
        let list = commands.map { "  " + $0.name.padding(to: width) + "  " + $0.summaryZH + "\n" }.joined()
        return """
            \(name)：\(overviewZH)

            用法：\(name) <命令> [选项]

            命令：
            \(list)
            选项：
              -h, --help     显示本帮助
                  --version  显示版本
                  --lang en  英文界面（默认中文）

            运行 '\(name) <命令> --help' 查看各命令的选项。

            """
    }

    /// Runs the command line (`arguments[0]` is the program name); returns the exit code. Messages are in
    /// the language `--lang` asks for, else LANG's (`Language.of(environment:)`); English for a program with
    /// no Chinese overview.
    public func main(arguments: [String], context: CommandContext) -> Int32 {
        let args = Array(arguments.dropFirst())
        var context = context
        context.language = overviewZH == nil ? .en : Language.requested(in: args, fallback: context.language)
        guard let first = args.first else {
            context.stderr.write(help(language: context.language))
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help", "help", "--lang", "--lang=en", "--lang=zh":
            if first == "help", args.count > 1, let c = commands.first(where: { $0.name == args[1] }) {
                context.stdout.write(c.help(language: context.language))
                return ExitCode.success
            }
            // `--lang en --help` asks for help in English; `--lang` alone is no command.
            if first.hasPrefix("--lang") && !args.contains("--help") && !args.contains("-h") { break }
            context.stdout.write(help(language: context.language))
            return ExitCode.success
        case "--version":
            context.stdout.write("\(name) \(version)\n")
            return ExitCode.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let hint = Phrases.didYouMean(Suggestion.closest(to: first, among: commands.map(\.name)))
            let option = first.hasPrefix("-")
            context.stderr.write(
                context.language.pick(
                    "错误：未知\(option ? "选项" : "命令") \"\(first)\"\(hint.zh)\n运行 '\(name) --help' 查看命令。\n",
                    "error: unknown \(option ? "option" : "command") \"\(first)\"\(hint.en)\nSee '\(name) --help'.\n"
                ))
            return ExitCode.usage
        }
        return command.run(arguments: Array(args.dropFirst()), context: context)
    }
}
