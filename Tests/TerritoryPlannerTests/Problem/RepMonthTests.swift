import TerritoryModel
import TerritoryRouting
import Testing

@testable import TerritoryPlanner

@Suite("Rep-month problem")
struct RepMonthTests {
    @Test("call windows keep calls inside reception windows and working hours; lunch is not a hole in them")
    func callWindows() {
        let allDay = RepMonth.callWindows(hospital: [], dayStart: 510, dayEnd: 1050, serviceMinutes: 15)
        #expect(allDay == [TimeWindow(open: 510, close: 1035)])
        let windows = ClockWindow.parseList("08:00-11:40;12:30-18:30")!
        let split = RepMonth.callWindows(hospital: windows, dayStart: 510, dayEnd: 1050, serviceMinutes: 15)
        #expect(split == [TimeWindow(open: 510, close: 685), TimeWindow(open: 750, close: 1035)])
        let tooShort = RepMonth.callWindows(hospital: ClockWindow.parseList("11:20-11:30")!, dayStart: 510, dayEnd: 1050, serviceMinutes: 15)
        #expect(tooShort.isEmpty)
    }

    @Test("the rep-month carries lunch as a break of the rules' length inside the lunch window")
    func lunchBreak() throws {
        let days = Fixture.calendar.workingDays(in: Fixture.month)
        let m = try Planner.repMonth(territory: Fixture.territory, repID: "R1", workingDays: days, leave: [], travel: Fixture.travel)
        #expect(m.problem.breakWindow == TimeWindow(open: 660, close: 840))
        #expect(m.problem.breakLength == 60)
    }

    @Test("capacity, required and utilisation follow DOMAIN §5")
    func capacity() throws {
        let days = Fixture.calendar.workingDays(in: Fixture.month)
        let leave = [Leave(repID: "R1", from: CalendarDate(parsing: "2026-12-17")!, to: CalendarDate(parsing: "2026-12-18")!)]
        let m = try Planner.repMonth(territory: Fixture.territory, repID: "R1", workingDays: days, leave: leave, travel: Fixture.travel)
        #expect(m.days.count == 21)
        #expect(m.leaveDays.count == 2)
        #expect(m.capacity == 8 * 21)
        #expect(m.required == 8 + 8 + 4 + 2 + 1 + 1 + 8)
        #expect(m.utilisation == 32.0 / 168.0)  // required ÷ capacity, about 19%
        #expect(m.problem.clientCount == 7)
        #expect(m.problem.travel(1, 2) == 0)  // same hospital
        #expect(m.problem.travel(0, 1) > 0)
    }

    @Test("travel minutes are road km at 25 km/h, rounded up")
    func travel() {
        let km = TravelModel.greatCircleKm(lat1: 31.2109, lon1: 121.4666, lat2: 31.2170, lon2: 121.4425)
        #expect(abs(km - 2.39) < 0.02)
        let minutes = Fixture.travel.minutes(fromID: "a", lat1: 31.2109, lon1: 121.4666, toID: "b", lat2: 31.2170, lon2: 121.4425)
        #expect(minutes == Int((km * 1.4 / 25 * 60).rounded(.up)))
        let given = TravelModel(rules: Rules(), givenMinutes: [.init(from: "a", to: "b", minutes: 17)])
        #expect(given.minutes(fromID: "b", lat1: 0, lon1: 0, toID: "a", lat2: 1, lon2: 1) == 17)
    }
}
