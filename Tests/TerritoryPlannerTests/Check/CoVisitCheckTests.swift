import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("Plan checker: the co-visit side")
struct CoVisitCheckTests {
    typealias F = CoVisitFixture

    func violations(_ days: [CoVisitDay], limit: Int = 2, marks: [CoVisitMark]? = nil) -> [String] {
        let checker = PlanChecker(territory: F.territory(days: limit), calendar: WorkCalendar(entries: [], publishedYears: [2026]), leave: [], travel: F.travel)
        let derived = days.flatMap { d in d.doctorIDs.map { CoVisitMark(repID: d.repID, date: d.date, doctorID: $0, managerID: d.managerID) } }
        return checker.coVisitViolations(managers: [ManagerPlan(managerID: "M1", days: days)], visits: F.plan.visits, marks: marks ?? derived)
            .map(\.description)
    }

    func day(_ rep: String, _ d: Int, _ doctors: [String]) -> CoVisitDay {
        CoVisitDay(managerID: "M1", repID: rep, date: F.date(d), doctorIDs: doctors)
    }

    @Test("the planner's own co-visit days pass")
    func plannerPasses() {
        let plans = CoVisitPlanner.plan(F.plan, territory: F.territory(days: 5), travel: F.travel)
        #expect(violations(plans[0].days, limit: 5) == [])
    }

    @Test("a hand-edited plan with two reps on one day breaks co_visit_place")
    func twoRepsOneDay() {
        #expect(
            violations([day("R1", 1, ["D1"]), day("R2", 1, ["D3"])]) == [
                "manager M1 rep R2 2026-12-01 [co_visit_place]: manager M1 is also with rep R1 on 2026-12-01; one rep a day"
            ])
    }

    @Test("more days than co_visit_days breaks co_visit_days")
    func tooManyDays() {
        #expect(
            violations([day("R1", 1, ["D1"]), day("R1", 2, ["D2"]), day("R2", 3, ["D3"])], limit: 2) == [
                "manager M1 [co_visit_days]: 3 co-visit days; at most 2 a month (over by 1)"
            ])
    }

    @Test("a co-visited call the rep's plan does not hold, and a mark no manager day holds, break co_visit_call")
    func callMissing() {
        #expect(
            violations([day("R1", 2, ["D1"])]) == [
                "manager M1 rep R1 2026-12-02 doctor D1 [co_visit_call]: co-visited call on doctor D1 is not in rep R1's plan on 2026-12-02"
            ])
        let stray = CoVisitMark(repID: "R2", date: F.date(2), doctorID: "D4", managerID: "M1")
        #expect(
            violations([], marks: [stray]) == [
                "manager M1 rep R2 2026-12-02 doctor D4 [co_visit_call]: the visit is marked co-visited by M1, whose co-visit days do not hold it"
            ])
    }

    @Test("a call a manager's day lists whose visit carries no mark breaks co_visit_call (the marks match both ways)")
    func markMissing() {
        let plans = CoVisitPlanner.plan(F.plan, territory: F.territory(days: 5), travel: F.travel)
        let days = plans[0].days
        let first = days[0]
        let marks = days.flatMap { d in d.doctorIDs.map { CoVisitMark(repID: d.repID, date: d.date, doctorID: $0, managerID: d.managerID) } }
            .filter { !($0.date == first.date && $0.doctorID == first.doctorIDs[0]) }
        #expect(
            violations(days, limit: 5, marks: marks) == [
                "manager M1 rep \(first.repID) \(first.date) doctor \(first.doctorIDs[0]) [co_visit_call]: M1's co-visit day lists doctor \(first.doctorIDs[0]), whose visit is not marked co-visited by him"
            ])
    }

    @Test("a day with a rep of no manager, or an unknown manager, is a reference error")
    func references() {
        #expect(
            violations([day("R3", 1, ["D6"])]) == [
                "manager M1 rep R3 2026-12-01 [reference]: rep R3 reports to no manager, not M1"
            ])
        let checker = PlanChecker(territory: F.territory(), calendar: WorkCalendar(entries: [], publishedYears: [2026]), leave: [], travel: F.travel)
        #expect(
            checker.coVisitViolations(managers: [ManagerPlan(managerID: "M7", days: [])], visits: [], marks: []).map(\.description) == [
                "manager M7 [reference]: manager M7 is not in managers.csv"
            ])
    }
}
