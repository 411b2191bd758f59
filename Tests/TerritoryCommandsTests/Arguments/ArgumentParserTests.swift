import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

@Suite("Argument parsing")
struct ArgumentParserTests {
    let parser = GradeCommand.parser

    @Test("Options with values, = form, short aliases and flags")
    func values() throws {
        let p = try parser.parse(["--territory", "x", "--format=json", "-o", "out.json", "--lang", "en"])
        #expect(p.value("--territory") == "x")
        #expect(p.value("--format") == "json")
        #expect(p.value("--out") == "out.json")
        #expect(p.choice("--lang", default: Language.zh) == .en)
        #expect(try parser.parse(["-h"]).flag("--help"))
    }

    @Test("A repeated option keeps every value in order; value() gives the last")
    func repeated() throws {
        let p = try PlanCommand.parser.parse(["--rep", "R01", "-r", "R02,R03", "--rep=R04"])
        #expect(p.allValues("--rep") == ["R01", "R02,R03", "R04"])
        #expect(p.value("--rep") == "R04")
        #expect(p.allValues("--month") == [])
    }

    @Test(
        "Usage errors say exactly what is wrong, in English and in Chinese",
        arguments: [
            (["--formt", "csv"], #"unknown option "--formt"; did you mean "--format"?"#, #"未知选项 "--formt"；是不是 "--format"？"#),
            (
                ["--format", "xml"], #"invalid value "xml" for --format; expected one of table, csv, json"#,
                #"--format 的值 "xml" 无效；应为 table、csv、json 之一"#
            ),
            (["--rep"], "option --rep needs a value (ID)", "选项 --rep 需要一个值（ID）"),
            (["--rep", "--lang", "en"], "option --rep needs a value (ID)", "选项 --rep 需要一个值（ID）"),
            (["extra"], #"unexpected argument "extra""#, #"多余的参数 "extra""#),
            (["--help=yes"], "option --help takes no value", "选项 --help 不带值"),
        ])
    func errors(arguments: [String], message: String, chinese: String) {
        #expect(throws: UsageError(message, zh: chinese)) { try parser.parse(arguments) }
    }
}
