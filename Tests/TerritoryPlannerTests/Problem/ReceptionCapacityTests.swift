import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("Reception capacity")
struct ReceptionCapacityTests {
    func measure(_ windows: String, needed: Int = 10) -> ReceptionCapacity {
        let h = Hospital(
            id: "H", name: "医院", level: .tertiary, annualRevenue: nil, latitude: 31, longitude: 121,
            visitWindows: windows.split(separator: ";").map { ClockWindow(parsing: String($0))! })
        return ReceptionCapacity(hospital: h, dayStart: 8 * 60 + 30, dayEnd: 17 * 60 + 30, rules: Rules(), callsNeeded: needed, days: 23)
    }

    @Test(
        "minutes and calls a day the windows leave inside working hours (lunch moves around them)",
        arguments: [
            ("12:00-13:30", 90, 6),
            ("09:00-11:30;14:00-16:30", 300, 20),
            ("13:30-16:00", 150, 10),
            ("11:40-12:50", 70, 4),
            ("07:00-09:00", 30, 2),  // before 08:30 is outside the rep's day
            ("10:00-10:10", 0, 0),  // shorter than one call
        ])
    func measured(windows: String, minutes: Int, calls: Int) {
        let m = measure(windows)
        #expect(m.minutesPerDay == minutes)
        #expect(m.callsPerDay == calls)
        #expect(m.callsInMonth == calls * 23)
    }

    @Test("a hospital is short when its doctors need more calls than the month's windows hold")
    func short() {
        #expect(measure("12:00-13:30", needed: 139).isShort)
        #expect(!measure("12:00-13:30", needed: 138).isShort)
    }
}
