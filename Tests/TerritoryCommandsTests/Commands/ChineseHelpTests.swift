import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Issue 12, item 1: every command's `--help` is Chinese by default, English with `--lang en` or LANG=en_…, in
/// one layout, with every option's line translated.
@Suite("Chinese help", .serialized)
struct ChineseHelpTests {
    /// The options of a command.
    static func options<C: OptionsCommand>(_ command: C) -> [OptionSpec] { C.parser.options }

    @Test("every option of every territory command has a Chinese line of help", arguments: TerritoryCLI.commands.map(\.name))
    func optionsTranslated(name: String) throws {
        let command = try #require(TerritoryCLI.commands.first { $0.name == name } as? any OptionsCommand)
        for option in Self.options(command) + [ArgumentParser.help] {
            #expect(OptionHelp.chinese[option.help] != nil, "\(name) \(option.name): \(option.help)")
        }
    }

    @Test("every territory command has a Chinese help in the English layout", arguments: TerritoryCLI.commands.map(\.name))
    func helpInChinese(name: String) throws {
        let command = try #require(TerritoryCLI.commands.first { $0.name == name })
        let zh = try #require(command.helpZH)
        let title = name == "export" ? "territory export ics：" : "territory \(name)："
        #expect(zh.hasPrefix(title))
        #expect(zh.contains("\n用法：territory \(name)"))
        #expect(zh.contains("\n选项：\n"))
        #expect(zh.contains("\n退出码：0 "))
        #expect(zh.hasSuffix("\n"))
        #expect(command.help(language: .zh) == zh)
        #expect(command.help(language: .en) == command.help)
    }

    @Test("territory plan --help is Chinese by default, English with --lang en or LANG=en_US.UTF-8; help plan too")
    func planHelpThroughTheBinary() throws {
        let zh = try BuiltBinary.run(["plan", "--help"])
        #expect(zh == .init(stdout: PlanCommand().helpZH!, stderr: "", status: 0))
        #expect(zh.stdout.contains("\n  -m, --month YYYY-MM "))
        #expect(zh.stdout.contains("要规划的月份（默认：下个自然月）\n"))
        #expect(try BuiltBinary.run(["help", "plan"]).stdout == PlanCommand().helpZH!)
        #expect(try BuiltBinary.run(["plan", "--help", "--lang", "en"]).stdout == PlanCommand().help)
        #expect(try BuiltBinary.run(["plan", "--help"], environment: ["LANG": "en_US.UTF-8"]).stdout == PlanCommand().help)
        #expect(try BuiltBinary.run(["plan", "--help", "--lang", "zh"], environment: ["LANG": "en_US.UTF-8"]).stdout == PlanCommand().helpZH!)
    }

    @Test("balance's two usage lines stay aligned under 用法：")
    func balanceUsage() throws {
        let zh = try #require(BalanceCommand().helpZH)
        #expect(zh.contains("\n      territory balance --compare OLD/plan.json NEW/plan.json [--format table|csv|json] [--out FILE] [--lang zh|en]\n"))
    }
}
