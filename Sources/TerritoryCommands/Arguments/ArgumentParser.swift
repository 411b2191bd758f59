import TerritoryFormats
import TerritoryModel

/// A command-line option a command accepts.
public struct OptionSpec: Sendable, Hashable {
    /// The long name with dashes, e.g. `--format`.
    public var name: String
    /// A one-letter alias with a dash, e.g. `-o`; nil when none.
    public var shortName: String?
    /// The value's placeholder in help (`DIR`, `ID`); nil for a flag that takes no value.
    public var valueName: String?
    /// The accepted values, when the option is a choice (e.g. table, csv, json).
    public var choices: [String]?
    /// One line of help.
    public var help: String

    /// A flag (no value).
    public static func flag(_ name: String, short: String? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: nil, choices: nil, help: help)
    }

    /// An option with a value.
    public static func value(_ name: String, short: String? = nil, valueName: String, help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: valueName, choices: nil, help: help)
    }

    /// An option whose value is one of `choices`.
    public static func choice(_ name: String, short: String? = nil, _ choices: [String], help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: choices.joined(separator: "|"), choices: choices, help: help)
    }

    /// The line of help in `language` (Chinese from `OptionHelp.chinese`, English where it has none).
    public func help(in language: Language) -> String { language == .zh ? OptionHelp.chinese[help] ?? help : help }

    /// `--format table|csv|json` / `--help`.
    var synopsis: String { valueName.map { "\(name) \($0)" } ?? name }
}

/// A command line that does not fit the command's options (exit code 64).
public struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong in English, e.g. `unknown option "--formt"; did you mean "--format"?`.
    public var message: String
    /// The same in Chinese (shown by default), e.g. `未知选项 "--formt"；是不是 "--format"？`.
    public var chinese: String
    /// Creates a usage error from its English and Chinese texts.
    public init(_ message: String, zh chinese: String) {
        self.message = message
        self.chinese = chinese
    }
    /// A usage error in English only, for `territory-bench` (a tool for developers, English only).
    public init(english message: String) { self.init(message, zh: message) }
    /// The message in `language`.
    public func text(in language: Language) -> String { language.pick(chinese, message) }
    /// The English message.
    public var description: String { message }
}

/// The options found on a command line.
public struct ParsedArguments: Sendable, Hashable {
    /// The last value given for each option, by long name.
    public var values: [String: String] = [:]
    /// Every value given for each option, in order (for options that may be repeated).
    public var repeatedValues: [String: [String]] = [:]
    /// Flags that were given, by long name.
    public var flags: Set<String> = []
    /// Arguments that are not options, in order.
    public var positionals: [String] = []

    /// The value of an option, or nil when absent.
    public func value(_ name: String) -> String? { values[name] }
    /// Every value of a repeatable option in command-line order (`--rep R01 --rep R02`); empty when absent.
    public func allValues(_ name: String) -> [String] { repeatedValues[name] ?? [] }
    /// The values of a repeatable, comma-separated option (`--rep R01,R02 --rep R03`), each trimmed;
    /// empty when absent.
    public func listValues(_ name: String) -> [String] {
        allValues(name).flatMap { $0.split(separator: ",").map { String($0).trimmingWhitespace() } }
    }
    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// The value of a choice option as a `RawRepresentable` (e.g. `Language`), or `default` when absent.
    public func choice<T: RawRepresentable>(_ name: String, default value: T) -> T where T.RawValue == String {
        values[name].flatMap(T.init(rawValue:)) ?? value
    }
}

/// Our own small argument parser: long options with values (`--out FILE` or `--out=FILE`), flags, short
/// aliases, choices checked against their list, `--` ending options, and suggestions for misspellings.
public struct ArgumentParser: Sendable {
    /// The options accepted (`--help`/`-h` is always accepted).
    public var options: [OptionSpec]
    /// How many positional arguments are allowed.
    public var maxPositionals: Int

    /// Creates a parser.
    public init(options: [OptionSpec], maxPositionals: Int = 0) {
        self.options = options
        self.maxPositionals = maxPositionals
    }

    /// The `--help` option every command has.
    public static let help = OptionSpec.flag("--help", short: "-h", help: "Show this help")

    /// Parses the arguments after the command name.
    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        let all = options.contains(where: { $0.name == "--help" }) ? options : options + [Self.help]
        var result = ParsedArguments()
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                guard result.positionals.count < maxPositionals else {
                    throw UsageError("unexpected argument \"\(arg)\"", zh: "多余的参数 \"\(arg)\"")
                }
                result.positionals.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositionals = true
                continue
            }
            var name = arg
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let spec = all.first(where: { $0.name == name || $0.shortName == name }) else {
                let names = all.map(\.name)
                let hint = Phrases.didYouMean(Suggestion.closestOption(to: name, among: names))
                throw UsageError("unknown option \"\(name)\"" + hint.en, zh: "未知选项 \"\(name)\"" + hint.zh)
            }
            guard spec.valueName != nil else {
                if inline != nil { throw UsageError("option \(spec.name) takes no value", zh: "选项 \(spec.name) 不带值") }
                result.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard i < arguments.count, !(arguments[i].hasPrefix("--") && arguments[i].count > 2) else {
                    throw UsageError("option \(spec.name) needs a value (\(spec.valueName!))", zh: "选项 \(spec.name) 需要一个值（\(spec.valueName!)）")
                }
                value = arguments[i]
                i += 1
            }
            if let choices = spec.choices, !choices.contains(value) {
                throw UsageError(
                    "invalid value \"\(value)\" for \(spec.name); expected one of \(choices.joined(separator: ", "))",
                    zh: "\(spec.name) 的值 \"\(value)\" 无效；应为 \(choices.joined(separator: "、")) 之一")
            }
            if value.isEmpty { throw UsageError("option \(spec.name) needs a value (\(spec.valueName!))", zh: "选项 \(spec.name) 需要一个值（\(spec.valueName!)）") }
            result.values[spec.name] = value
            result.repeatedValues[spec.name, default: []].append(value)
        }
        return result
    }

    /// `[--territory DIR] [--format table|csv|json] …` for a usage line.
    public var synopsis: String {
        options.filter { $0.name != "--help" }.map { "[\($0.synopsis)]" }.joined(separator: " ")
    }

    /// The OPTIONS section of help: one line per option, help texts aligned.
    public var optionsHelp: String { optionsHelp(language: .en) }

    /// The OPTIONS section of help in `language`: in Chinese each option's line from `OptionHelp.chinese`
    /// (the English one where the catalogue has none).
    public func optionsHelp(language: Language) -> String {
        let all = options.contains(where: { $0.name == "--help" }) ? options : options + [Self.help]
        let left = all.map { ($0.shortName.map { "\($0), " } ?? "    ") + $0.synopsis }
        let width = left.map(DisplayWidth.of).max() ?? 0
        return zip(left, all).map { "  " + DisplayWidth.pad($0, to: width) + "  " + $1.help(in: language) + "\n" }.joined()
    }
}

extension Suggestion {
    /// The closest option name to a misspelt one (`--formt` → `--format`), ignoring the leading dashes.
    static func closestOption(to name: String, among names: [String]) -> String? {
        let bare = String(name.drop { $0 == "-" })
        let map = Dictionary(names.map { (String($0.drop { $0 == "-" }), $0) }, uniquingKeysWith: { a, _ in a })
        return closest(to: bare, among: Array(map.keys).sorted()).flatMap { map[$0] }
    }
}
