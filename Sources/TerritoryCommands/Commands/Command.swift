import TerritoryFormats

/// A `territory` subcommand (`grade`, `plan`, `check`, `progress`, `replan`, `balance`, `regrade`, `report`, `export`).
///
/// A command parses its own arguments, prints its help for `--help`, writes through the context, and returns the
/// process exit code. Every command is an `OptionsCommand`: parse, then check the options into a typed struct,
/// then run on it.
public protocol Command: Sendable {
    /// The program the command belongs to (`territory` unless it says otherwise), for usage errors.
    var toolName: String { get }
    /// The word after the program's name, e.g. `grade`.
    var name: String { get }
    /// One line for `territory --help` (English).
    var summary: String { get }
    /// The same line in Chinese (the default language of `territory --help`).
    var summaryZH: String { get }
    /// The full `territory <name> --help` text in English, ending with a line break.
    var help: String { get }
    /// The same in Chinese, the default language; nil for a command whose help is English only (`territory-bench`'s).
    var helpZH: String? { get }
    /// Runs with the arguments after the command name; returns the exit code.
    func run(arguments: [String], context: CommandContext) -> Int32
}

extension Command {
    /// `territory`.
    public var toolName: String { "territory" }

    /// The English summary, for commands with no Chinese one (`territory-bench`'s, for developers).
    public var summaryZH: String { summary }

    /// No Chinese help (`territory-bench`'s commands, for developers).
    public var helpZH: String? { nil }

    /// `--help` in `language`: Chinese when the command has a Chinese help and `language` is zh.
    public func help(language: Language) -> String { language == .zh ? helpZH ?? help : help }

    /// Prints a usage error the standard way, in the context's language, and returns 64:
    /// `error: MESSAGE`, then `usage: …` and `See 'TOOL NAME --help'.`
    /// (`错误：MESSAGE`, `用法：…`, `运行 'TOOL NAME --help' 查看帮助。`).
    public func usageError(_ error: UsageError, usage: String, context: CommandContext) -> Int32 {
        let language = context.language
        context.stderr.write(Phrases.severity(.error, in: language) + error.text(in: language) + "\n" + usageAndHelp(usage, language: language))
        return ExitCode.usage
    }

    /// The usage line, then where help is: `usage: …` and `See 'TOOL NAME --help'.` (`用法：…` and
    /// `运行 'TOOL NAME --help' 查看帮助。`), each ending with a line break.
    public func usageAndHelp(_ usage: String, language: Language) -> String {
        language.pick(
            "\(Self.usageLine(usage, language: .zh))\n运行 '\(toolName) \(name) --help' 查看帮助。\n", "\(usage)\nSee '\(toolName) \(name) --help'.\n")
    }

    /// A `usage: …` line in `language` (`用法：…` in Chinese; the synopsis itself stays as typed).
    public static func usageLine(_ usage: String, language: Language) -> String {
        guard language == .zh, usage.hasPrefix("usage: ") else { return usage }
        return "用法：" + usage.dropFirst(7).replacingOccurrences(of: "\n       ", with: "\n      ")
    }

    /// Prints `text` on standard output, or with `--out FILE` writes it atomically and says `wrote WHAT to FILE`
    /// (`已写入 FILE：WHAT` in Chinese; `what` is the pair of both) on standard error; returns 0, or 73 when the file
    /// cannot be written.
    public func emit(_ text: String, out: String?, wrote what: (zh: String, en: String), language: Language, context: CommandContext) -> Int32 {
        guard let out else {
            context.stdout.write(text)
            return ExitCode.success
        }
        do {
            try AtomicFileWriter.write(text, to: out, relativeTo: context.currentDirectory)
        } catch {
            DiagnosticPrinter.print([error.diagnostic], language: language, to: context)
            return ExitCode.cannotCreate
        }
        context.stderr.write(language.pick("已写入 \(out)：\(what.zh)\n", "wrote \(what.en) to \(out)\n"))
        return ExitCode.success
    }
}

/// The typed options of a command: every option read, converted and checked once, before the command runs.
public protocol CommandOptions: Sendable {
    /// The options of a parsed command line; a usage error (64) when one is malformed or they conflict.
    init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError)
}

/// A command in three steps, as swift-argument-parser shapes them: `parser` parses the words, `Options` checks
/// them into typed values, `run(_:context:)` works only on those values.
public protocol OptionsCommand: Command {
    /// The command's options.
    associatedtype Options: CommandOptions
    /// The options accepted on the command line.
    static var parser: ArgumentParser { get }
    /// `usage: territory NAME [options]`.
    var usage: String { get }
    /// Runs on checked options; returns the exit code.
    func run(_ options: Options, context: CommandContext) -> Int32
}

extension OptionsCommand {
    /// Parses and checks the arguments, answers `--help`, and runs; a usage error exits 64.
    public func run(arguments: [String], context: CommandContext) -> Int32 {
        var context = context
        context.language = Language.requested(in: arguments, fallback: context.language)
        let options: Options
        do {
            let parsed = try Self.parser.parse(arguments)
            if parsed.flag("--help") {
                context.stdout.write(help(language: context.language))
                return ExitCode.success
            }
            options = try Options(parsed, context: context)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        return run(options, context: context)
    }
}

/// `--format table|csv|json`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Terminal tables (the default).
    case table
    /// Excel-ready CSV.
    case csv
    /// JSON with English keys.
    case json
}
