import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `--help` of `report` and `export`, through the built binary: exact text, exit 0, nothing on stderr.
@Suite("report and export help", .serialized)
struct ReportHelpTests {
    @Test("territory report --help prints the full help")
    func reportHelp() throws {
        let r = try BuiltBinary.run(["report", "--help", "--lang", "en"])
        #expect(r == .init(stdout: ReportCommand().help, stderr: "", status: 0))
        #expect(
            r.stdout.hasPrefix(
                """
                territory report: the month as one self-contained HTML report

                usage: territory report [--territory DIR] [--lang zh|en] [--plan FILE] [--rep ID] [--manager ID] [--out FILE] [--calls FILE] [--as-of DATE] [--before DIR_OR_GRADES] [--month YYYY-MM] [--seed N] [--iterations N] [--time-limit SECONDS] [--holidays FILE] [--weekdays-only]

                Writes one self-contained HTML file
                """))
        #expect(r.stdout.contains("\n  -r, --rep ID "))
        #expect(r.stdout.contains("\n      --manager ID "))
    }

    @Test("territory export --help prints the full help, with --rep or --manager required in the usage")
    func exportHelp() throws {
        let r = try BuiltBinary.run(["export", "--help", "--lang", "en"])
        #expect(r == .init(stdout: ExportCommand().help, stderr: "", status: 0))
        #expect(
            r.stdout.hasPrefix(
                "territory export ics: one rep's month, or one manager's co-visit days, as a phone calendar\n\nusage: territory export ics --rep ID|--manager ID [--territory DIR] [--lang zh|en] [--plan FILE] [--previous FILE] [--remind MINUTES] [--booking-reminders] [--out FILE] [--month YYYY-MM] "
            ))
        #expect(r.stdout.contains("\n  -r, --rep ID "))
    }

    @Test("territory --help lists report and export")
    func listed() throws {
        let r = try BuiltBinary.run(["--lang", "en", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("  report    Write the month's HTML report: nine-grids, workload, calendars, route maps, coaching\n"))
        #expect(r.stdout.contains("  export    Export a rep's month, or a manager's co-visit days, as an iCalendar (.ics) file for phone calendars\n"))
    }
}
