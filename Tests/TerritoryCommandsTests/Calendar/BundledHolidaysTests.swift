import Foundation
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

@Suite("Holiday files carried by the binary")
struct BundledHolidaysTests {
    static let folder = ReportFixture.packageRoot.appendingPathComponent("territories/calendars")

    @Test("The bundled files are exactly territories/calendars/*.json (run territories/tools/embed-calendars.py after changing one)")
    func bundledMatchesTheFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".json") && $0 != "schema.json" }.sorted()
        #expect(BundledHolidays.files.map(\.name) == names)
        for file in BundledHolidays.files {
            let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(file.name))
            #expect(Data(file.text.utf8) == onDisk, "\(file.name)")
        }
    }

    @Test("Without any calendar folder the published years still plan: 2026's National Day is off, its make-up Saturday works")
    func plansWithoutFiles() throws {
        let calendar = try CalendarLoader.load(directory: nil)
        #expect(calendar.covers(YearMonth(year: 2026, month: 12)!))
        #expect(!calendar.covers(YearMonth(year: 2027, month: 1)!))
        #expect(!calendar.isWorkingDay(CalendarDate(year: 2026, month: 10, day: 1)!))
        #expect(calendar.isWorkingDay(CalendarDate(year: 2026, month: 10, day: 10)!))
    }

    @Test("A holiday file beside the territory replaces the bundled one of the same name, so a newer year can be brought in")
    func folderOverridesBundled() throws {
        let dir = try ReportFixture.temporaryDirectory()
        let text = #"{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"#
        try Data(text.utf8).write(to: dir.appendingPathComponent("2027.json"))
        let calendar = try CalendarLoader.load(directory: dir)
        #expect(calendar.covers(YearMonth(year: 2027, month: 1)!))
        #expect(calendar.covers(YearMonth(year: 2026, month: 12)!))
        #expect(!calendar.isWorkingDay(CalendarDate(year: 2027, month: 1, day: 1)!))
    }
}
