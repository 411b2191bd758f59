import Foundation
import TestSupport

@testable import TerritoryCommands
@testable import TerritoryFormats

/// A small territory for report and export tests, with hostile text in names, planned for 2026-10
/// (the National Day holidays and a make-up Saturday) with a fixed seed and a small effort.
enum ReportFixture {
    /// The package root (holds territories/calendars).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The month planned.
    static let month = "2026-10"
    /// The effort options: fixed seed, small effort.
    static let effort = ["--seed", "7", "--iterations", "200"]

    /// A red-zone doctor (H1 三甲 30亿, 主任医师, 首选 → A1) whose name is a script tag.
    static let scriptName = "<script>alert(1)</script>"
    /// A red-zone doctor whose name holds every character HTML must escape and iCalendar TEXT must escape.
    static let quoteName = "O'Brien & \"Sons\"; a\\b, c"
    /// A department that would be an image tag with an event handler.
    static let imageDepartment = "<img src=x onerror=alert(2)>"

    /// The shared fixture's doctors plus two hostile red-zone doctors of R1.
    static let doctors =
        Fixture.doctors.trimmingCharacters(in: .newlines) + """

            D5,H1,\(scriptName),\(imageDepartment),主任医师,首选,60,R1
            D6,H3,"\(quoteName.replacingOccurrences(of: "\"", with: "\"\""))",肾内科,副主任医师,次选,30,R1

            """
    static let leave = """
        rep_id,date
        R2,2026-10-12

        """

    /// Writes the territory to a fresh temporary folder.
    static func territory(doctors: String = doctors) throws -> Fixture {
        try Fixture(["doctors.csv": doctors, "leave.csv": leave])
    }

    /// What a command run printed and returned.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `territory ARGUMENTS` in-process, in `directory`, with the bundled calendars found through TERRITORY_HOME.
    static func run(_ arguments: [String], in directory: URL) -> Run {
        let context = CommandContext.captured(environment: ["TERRITORY_HOME": packageRoot.path], currentDirectory: directory.path)
        let status = TerritoryCLI.main(arguments: ["territory"] + arguments, context: context)
        return Run(status: status, stdout: context.stdout.text, stderr: context.stderr.text)
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> URL {
        try TestScratch.folder("report")
    }

    /// The report with its own sorting script (`ReportScript`, once, at the end of the body) taken out: what is left
    /// must hold no `<script` at all, whatever hostile text the territory has.
    static func withoutOwnScript(_ html: String) -> String {
        html.replacingOccurrences(of: "<script>\n\(ReportScript.sortableRepTable)\n</script>\n", with: "")
    }

    /// Reads a file written by a command as UTF-8.
    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
}
