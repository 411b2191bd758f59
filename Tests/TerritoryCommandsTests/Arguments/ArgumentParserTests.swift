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
        "Usage errors say exactly what is wrong",
        arguments: [
            (["--formt", "csv"], #"unknown option "--formt"; did you mean "--format"?"#),
            (["--format", "xml"], #"invalid value "xml" for --format; expected one of table, csv, json"#),
            (["--rep"], "option --rep needs a value (ID)"),
            (["--rep", "--lang", "en"], "option --rep needs a value (ID)"),
            (["extra"], #"unexpected argument "extra""#),
            (["--help=yes"], "option --help takes no value"),
        ])
    func errors(arguments: [String], message: String) {
        #expect(throws: UsageError(message)) { try parser.parse(arguments) }
    }
}
