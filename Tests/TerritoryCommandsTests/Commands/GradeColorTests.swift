import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Colour only on a terminal and only without NO_COLOR (checked in-process with a captured context).
@Suite("grade colours")
struct GradeColorTests {
    func run(terminal: Bool, environment: [String: String]) throws -> String {
        let f = try Fixture()
        let context = CommandContext.captured(environment: environment, stdoutIsTerminal: terminal)
        #expect(TerritoryCLI.main(arguments: ["territory", "grade", "--territory", f.directory.path, "--rep", "R1"], context: context) == 0)
        return context.stdout.text
    }

    @Test("On a terminal the counts and cells take their zone's colour")
    func terminal() throws {
        let text = try run(terminal: true, environment: [:])
        #expect(text.contains("A          \u{1B}[1;38;2;217;83;79m1\u{1B}[0m"))  // red #d9534f
        #expect(text.contains("\u{1B}[1;38;2;91;155;213mC3\u{1B}[0m"))  // blue #5b9bd5
    }

    @Test("NO_COLOR or a pipe: plain text", arguments: [(true, ["NO_COLOR": "1"]), (false, [:])])
    func plain(terminal: Bool, environment: [String: String]) throws {
        #expect(try !run(terminal: terminal, environment: environment).contains("\u{1B}"))
    }
}
