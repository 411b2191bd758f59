import Testing
import TerritoryModel
@testable import TerritoryPlanner

@Suite("Plan checker")
struct PlanCheckerTests {
    let checker = PlanChecker(territory: Fixture.territory, calendar: Fixture.calendar, leave: [
        Leave(repID: "R1", from: CalendarDate(parsing: "2026-12-17")!, to: CalendarDate(parsing: "2026-12-17")!),
    ], travel: Fixture.travel)

    func visit(_ date: String, _ seq: Int, _ doctor: String, _ hospital: String, _ from: String, _ to: String) -> PlannedVisit {
        PlannedVisit(repID: "R1", date: CalendarDate(parsing: date)!, seq: seq, hospitalID: hospital, doctorID: doctor,
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

    @Test("a call overlapping lunch is reported with the overlap")
    func lunch() {
        let v = checker.violations(month: Fixture.month, visits: [visit("2026-12-01", 1, "D1", "H1", "11:20", "11:35")], unplaced: [], repIDs: [])
        #expect(v.map(\.description) == ["rep R1 2026-12-01 #1 doctor D1 [lunch]: call 11:20-11:35 overlaps lunch 11:30-13:00 by 5 min"])
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
            visits.append(PlannedVisit(repID: "R1", date: CalendarDate(parsing: "2026-12-02")!, seq: k + 1, hospitalID: "H1",
                                       doctorID: k < 2 ? "D1" : "D2", arrival: ClockTime(minutes: start + 10), departure: ClockTime(minutes: start + 25)))
        }
        let r = rules(of: visits)
        #expect(r.contains(.callsPerDay))
        #expect(r.filter { $0 == .oneVisitPerDay }.count == 7)
    }

    @Test("missing visits that the plan does not declare are reported per doctor")
    func visitCount() {
        let v = checker.violations(month: Fixture.month, visits: [], unplaced: [UnplacedVisits(doctorID: "D1", repID: "R1", missing: 8, reason: .capacity)], repIDs: ["R1"])
        #expect(v.filter { $0.rule == .visitCount }.count == 6)
        #expect(v.contains { $0.doctorID == "D2" && $0.message == "A2 doctor has 0 visits and 0 declared unplaced; 8 required visits are unaccounted for" })
    }

    @Test("a red doctor left out for capacity while a blue visit is planned breaks the priority rule")
    func priority() {
        let blue = visit("2026-12-01", 1, "D5", "H3", "09:00", "09:15")
        let v = checker.violations(month: Fixture.month, visits: [blue],
                                   unplaced: [UnplacedVisits(doctorID: "D1", repID: "R1", missing: 8, reason: .capacity)], repIDs: [])
        #expect(v.map(\.description) == ["rep R1 doctor D1 [priority]: red A1 doctor misses 8 visits for lack of capacity while 1 lower-priority visit is planned (blue)"])
        let windows = checker.violations(month: Fixture.month, visits: [blue],
                                         unplaced: [UnplacedVisits(doctorID: "D3", repID: "R1", missing: 1, reason: .receptionWindows)], repIDs: [])
        #expect(windows.isEmpty)
    }
}
