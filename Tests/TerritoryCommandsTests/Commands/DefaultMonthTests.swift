import Foundation
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// The README's quick start (`territory plan` with no month) must work on any day of the year.
@Suite("the default month", .serialized)
struct DefaultMonthTests {
    /// Runs `territory plan` in-process on the fixture, as if the clock read `today` (Beijing time).
    func plan(today: String, month: String? = nil) throws -> (Int32, String, [String: Any]?) {
        let f = try Fixture()
        var context = CommandContext.captured(currentDirectory: f.directory.path)
        context.executablePath = BuiltBinary.executable.url?.path
        context.now = Date(timeIntervalSince1970: Double(CalendarDate(parsing: today)!.daysSinceEpoch) * 86_400)
        let out = f.directory.appendingPathComponent("out")
        let status = TerritoryCLI.main(
            arguments: ["territory", "plan", "--territory", f.directory.path, "--iterations", "30", "--out", out.path]
                + (month.map { ["--month", $0] } ?? []), context: context)
        let json = (try? Data(contentsOf: out.appendingPathComponent("plan.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        return (status, context.stderr.text, json)
    }

    @Test("in November the default is next month, December, without a note")
    func november() throws {
        let (status, stderr, json) = try plan(today: "2026-11-23")
        #expect(status == 0)
        #expect(json?["month"] as? String == "2026-12")
        #expect(!stderr.contains("注意"))
    }

    @Test("in December, when next year's holidays are not published, it falls back to December with one clear line")
    func december() throws {
        let (status, stderr, json) = try plan(today: "2026-12-10")
        #expect(status == 0)
        #expect(json?["month"] as? String == "2026-12")
        #expect(
            stderr.components(separatedBy: "\n").filter { $0.hasPrefix("注意：") } == [
                "注意：2027 年的法定节假日尚未公布，默认改为规划 2026-12；要规划 2027-01，请加 --month 2027-01 和 --holidays FILE 或 --weekdays-only"
            ])
    }

    @Test("an explicit unpublished month is still refused, never guessed")
    func explicit() throws {
        let (status, _, json) = try plan(today: "2026-12-10", month: "2027-01")
        #expect(status == 65)
        #expect(json == nil)
    }
}
