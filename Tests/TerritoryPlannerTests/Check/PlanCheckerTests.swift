import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("Plan checker")
struct PlanCheckerTests {
    let checker = PlanChecker(
        territory: Fixture.territory, calendar: Fixture.calendar,
        leave: [
            Leave(repID: "R1", from: CalendarDate(parsing: "2026-12-17")!, to: CalendarDate(parsing: "2026-12-17")!)
        ], travel: Fixture.travel)

    func visit(_ date: String, _ seq: Int, _ doctor: String, _ hospital: String, _ from: String, _ to: String) -> PlannedVisit {
        PlannedVisit(
            repID: "R1", date: CalendarDate(parsing: date)!, seq: seq, hospitalID: hospital, doctorID: doctor,
            arrival: ClockTime(parsing: from)!, departure: ClockTime(parsing: to)!)
    }

    func rules(of visits: [PlannedVisit]) -> [PlanRule] {
        checker.violations(month: Fixture.month, visits: visits, unplaced: [], repIDs: [])
            .map(\.rule)
    }

    @Test("a visit on a Saturday breaks the working-day rule")
    func weekend() {
        #expect(rules(of: [visit("2026-12-05", 1, "D1", "H1", "09:30", "09:45")]) == [.workingDay])
    }

    @Test("a visit during the rep's leave is flagged")
    func leave() {
        #expect(rules(of: [visit("2026-12-17", 1, "D1", "H1", "09:30", "09:45")]) == [.leave])
    }

    @Test("lunch moves: a 60-minute break anywhere in 11:00-14:00 that the calls and trips leave is enough")
    func lunchMoves() {
        // Calls until 11:35, then 12:50: the break fits 11:35(+trip)-12:50.
        #expect(rules(of: [visit("2026-12-01", 1, "D1", "H1", "11:20", "11:35"), visit("2026-12-01", 2, "D2", "H1", "12:50", "13:05")]) == [])
        // One call at 12:00: lunch before it (11:00-12:00, at home, then the trip) or after it (from 12:15).
        #expect(rules(of: [visit("2026-12-01", 1, "D1", "H1", "12:15", "12:30")]) == [])
    }

    @Test("a day whose calls leave no 60-minute gap in the lunch window breaks the lunch rule")
    func lunchMissing() {
        // Calls at 11:10, 11:50, 12:30 and 13:40: every gap inside 11:00-14:00 is under an hour.
        let calls = [
            visit("2026-12-01", 1, "D1", "H1", "11:10", "11:25"), visit("2026-12-01", 2, "D2", "H1", "11:50", "12:05"),
            visit("2026-12-01", 3, "D7", "H1", "12:30", "12:45"), visit("2026-12-01", 4, "D5", "H3", "13:40", "13:55"),
        ]
        let v = checker.violations(month: Fixture.month, visits: calls, unplaced: [], repIDs: []).filter { $0.rule == .lunch }
        #expect(v.map(\.description) == ["rep R1 2026-12-01 [lunch]: no 60-minute lunch break fits in 11:00-14:00 between the day's calls and trips"])
        #expect(v.map { $0.line(chinese: true) } == ["代表 R1 2026-12-01 [lunch]：当天的拜访和路程之间，11:00-14:00 内放不下 60 分钟的午餐休息"])
    }

    @Test("a call outside reception windows, and travel too short, are both reported")
    func windowAndTravel() {
        let visits = [visit("2026-12-01", 1, "D1", "H1", "09:00", "09:15"), visit("2026-12-01", 2, "D3", "H2", "09:16", "09:31")]
        #expect(rules(of: visits) == [.travel, .receptionWindow])
    }

    @Test("two visits of one doctor in a day and too many calls are caught")
    func perDay() {
        var visits: [PlannedVisit] = []
        for k in 0..<9 {
            let start = 9 * 60 + k * 15
            visits.append(
                PlannedVisit(
                    repID: "R1", date: CalendarDate(parsing: "2026-12-02")!, seq: k + 1, hospitalID: "H1",
                    doctorID: k < 2 ? "D1" : "D2", arrival: ClockTime(minutes: start + 10), departure: ClockTime(minutes: start + 25)))
        }
        let r = rules(of: visits)
        #expect(r.contains(.callsPerDay))
        #expect(r.filter { $0 == .oneVisitPerDay }.count == 7)
    }

    @Test("missing visits that the plan does not declare are reported per doctor")
    func visitCount() {
        let v = checker.violations(
            month: Fixture.month, visits: [], unplaced: [UnplacedVisits(doctorID: "D1", repID: "R1", missing: 8, reason: .capacity)], repIDs: ["R1"])
        #expect(v.filter { $0.rule == .visitCount }.count == 6)
        #expect(v.contains { $0.doctorID == "D2" && $0.message == "A2 doctor has 0 visits and 0 declared unplaced; 8 required visits are unaccounted for" })
    }

    /// The priority violations of `visits` for rep R1, whose calls per day are `calls`.
    func priority(_ visits: [PlannedVisit], calls: Int = 8) -> [String] {
        var reps = Fixture.territory.reps
        reps[0].callsPerDay = calls
        let territory = Fixture.territory.replacing(reps: reps)
        let checker = PlanChecker(territory: territory, calendar: Fixture.calendar, leave: [], travel: Fixture.travel)
        return checker.violations(month: Fixture.month, visits: visits, unplaced: [], repIDs: ["R1"])
            .filter { $0.rule == .priority }.map(\.description)
    }

    /// One blue call on every working day of December 2026 (23 days), at H3 at 09:00.
    var blueEveryDay: [PlannedVisit] {
        Fixture.calendar.workingDays(in: Fixture.month).map { visit("\($0)", 1, "D5", "H3", "09:00", "09:15") }
    }

    @Test("a short doctor that days with room could take breaks the priority rule, naming the first such day")
    func priorityRoom() {
        let v = priority([])
        #expect(v.count == 7)
        #expect(
            v.first
                == "rep R1 doctor D1 [priority]: red A1 doctor has 0 of 8 visits but could have 1 on days that keep the spacing rule, adding 2026-12-01: those days have room"
        )
    }

    @Test("a red doctor whose every day is full of blue calls it could replace breaks the priority rule")
    func priorityReplace() {
        let v = priority(blueEveryDay, calls: 1)
        #expect(
            v.contains(
                "rep R1 doctor D1 [priority]: red A1 doctor has 0 of 8 visits but could have 1 on days that keep the spacing rule, adding 2026-12-01: 1 of those days hold a lower-priority call it could replace"
            ))
        // Blue doctors cannot displace their own zone: D6 (blue) is short but not in breach.
        #expect(!v.contains { $0.contains("doctor D6") })
    }

    @Test("a doctor whose hospital's windows leave no call is not in breach, however many lower calls there are")
    func priorityWindows() {
        var hospitals = Fixture.territory.hospitals
        hospitals[1].visitWindows = [ClockWindow(parsing: "07:00-08:00")!]  // before the rep's day starts
        let territory = Fixture.territory.replacing(hospitals: hospitals)
        let checker = PlanChecker(territory: territory, calendar: Fixture.calendar, leave: [], travel: Fixture.travel)
        let v = checker.violations(month: Fixture.month, visits: blueEveryDay, unplaced: [], repIDs: ["R1"]).filter { $0.rule == .priority }
        #expect(!v.contains { $0.doctorID == "D3" || $0.doctorID == "D4" })
        #expect(v.contains { $0.doctorID == "D1" })
    }
}
