import Foundation
import Testing
@testable import TerritoryCommands

/// The README's quick start (`territory plan` with no month) must work on any day of the year.
@Suite("the default month", .serialized)
struct DefaultMonthTests {
    /// Runs `territory plan` in-process on the fixture, as if the clock read `today` (Beijing time).
    func plan(today: String, month: String? = nil) throws -> (Int32, String, [String: Any]?) {
        let f = try Fixture()
        var context = CommandContext.captured(currentDirectory: f.directory.path)
        context.executablePath = BuiltBinary.executable.url?.path
        let day = CalendarDateText.parse(today)
        context.now = Date(timeIntervalSince1970: Double(day) * 86_400)
        let out = f.directory.appendingPathComponent("out")
        let status = TerritoryCLI.main(arguments: ["territory", "plan", "--territory", f.directory.path, "--iterations", "30", "--out", out.path]
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
        #expect(stderr.components(separatedBy: "\n").filter { $0.hasPrefix("注意：") } == [
            "注意：2027 年的法定节假日尚未公布，默认改为规划 2026-12；要规划 2027-01，请加 --month 2027-01 和 --holidays FILE 或 --weekdays-only",
        ])
    }

    @Test("an explicit unpublished month is still refused, never guessed")
    func explicit() throws {
        let (status, _, json) = try plan(today: "2026-12-10", month: "2027-01")
        #expect(status == 65)
        #expect(json == nil)
    }
}

/// Days since 1970-01-01 of a YYYY-MM-DD date (test helper, independent of the product's calendar code).
enum CalendarDateText {
    static func parse(_ text: String) -> Int {
        let p = text.split(separator: "-").map { Int($0)! }
        var days = 0
        for y in 1970..<p[0] { days += (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365 }
        let leap = (p[0] % 4 == 0 && p[0] % 100 != 0) || p[0] % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for m in 0..<(p[1] - 1) { days += lengths[m] }
        return days + p[2] - 1
    }
}
