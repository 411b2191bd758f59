import TerritoryModel
import Testing

@testable import TerritoryPlanner

@Suite("Co-visit selection: a manager's days on his reps' planned routes")
struct CoVisitPlannerTests {
    typealias F = CoVisitFixture

    func days(_ territory: Territory, _ plan: MonthPlan = F.plan) -> [String] {
        CoVisitPlanner.plan(plan, territory: territory, travel: F.travel).flatMap(\.days).map {
            "\($0.date) \($0.repID) \($0.doctorIDs.joined(separator: " "))"
        }
    }

    @Test("the day holding the highest-score red doctors goes first; yellow doctors and other managers' reps are never co-visited")
    func priorityOrder() {
        let plans = CoVisitPlanner.plan(F.plan, territory: F.territory(days: 2), travel: F.travel)
        // R1 12-01 covers 9 and 8 and beats R2 12-01 (9, 5); R2 12-01 then loses to one rep a day, R2 12-03 takes D3 and D4.
        #expect(plans.map(\.managerID) == ["M1"])
        #expect(days(F.territory(days: 2)) == ["2026-12-01 R1 D1 D2", "2026-12-03 R2 D3 D4"])
        #expect(plans[0].wanted == 4)  // D1 D2 D3 D4; not D5 (yellow) nor D6 (R3 has no manager)
        #expect(plans[0].calls == 4)
    }

    @Test("the manager's co_visit_days cap the days, and days with nothing left to co-visit are not taken", arguments: [(0, 0), (1, 1), (2, 2), (5, 2)])
    func capacity(limit: Int, expected: Int) {
        #expect(days(F.territory(days: limit)).count == expected)
    }

    @Test("at most one rep a day: a manager never has two days on one date")
    func oneRepADay() {
        let chosen = CoVisitPlanner.plan(F.plan, territory: F.territory(days: 5), travel: F.travel)[0].days
        #expect(Set(chosen.map(\.date)).count == chosen.count)
        #expect(!chosen.contains { $0.date == F.date(1) && $0.repID == "R2" })
    }

    @Test("the manager's calls a day cap what he joins: the highest-score doctors of the day")
    func callsPerDay() {
        #expect(days(F.territory(days: 2, calls: 1)) == ["2026-12-01 R1 D1", "2026-12-03 R2 D3"])
    }

    @Test("equal doctors: the day whose first stop is nearer the manager's base wins, even when later")
    func travelBreaksTies() {
        // D1 (9) on 12-01 at far H2, D3 (9) on 12-02 at H1 by the base.
        let plan = MonthPlan(
            month: YearMonth(parsing: "2026-12")!, seed: 1,
            reps: [F.repPlan("R1", F.day("R1", 1, ["D1"], at: "H2")), F.repPlan("R2", F.day("R2", 2, ["D3"], at: "H1"))])
        #expect(days(F.territory(days: 1), plan) == ["2026-12-02 R2 D3"])
    }

    @Test("the same plan gives the same days, whatever order the reps' visits come in")
    func deterministic() {
        var shuffled = F.plan
        for k in shuffled.reps.indices { shuffled.reps[k].visits.reverse() }
        let a = CoVisitPlanner.plan(F.plan, territory: F.territory(days: 3), travel: F.travel)
        let b = CoVisitPlanner.plan(F.plan, territory: F.territory(days: 3), travel: F.travel)
        let c = CoVisitPlanner.plan(shuffled, territory: F.territory(days: 3), travel: F.travel)
        #expect(a == b)
        #expect(a == c)
    }

    @Test("a territory without managers plans no co-visits")
    func noManagers() {
        let t = Territory(hospitals: F.hospitals, doctors: F.doctors, reps: F.reps)
        #expect(CoVisitPlanner.plan(F.plan, territory: t, travel: F.travel).isEmpty)
    }
}

@Suite("Co-visits carried into a re-plan")
struct CoVisitCarryTests {
    typealias F = CoVisitFixture

    @Test("a day keeps the co-visited calls the re-plan still holds that day; a day left with none is dropped")
    func carried() {
        let old = [
            ManagerPlan(
                managerID: "M1",
                days: [
                    CoVisitDay(managerID: "M1", repID: "R1", date: F.date(1), doctorIDs: ["D1", "D2"]),
                    CoVisitDay(managerID: "M1", repID: "R2", date: F.date(3), doctorIDs: ["D3"]),
                ], wanted: 4)
        ]
        // The re-plan keeps R1's 12-01 but D2 moved away, and R2's 12-03 is gone.
        let replanned = MonthPlan(
            month: YearMonth(parsing: "2026-12")!, seed: 1,
            reps: [F.repPlan("R1", F.day("R1", 1, ["D1", "D5"])), F.repPlan("R2", F.day("R2", 4, ["D3"], at: "H2"))])
        #expect(
            CoVisitPlanner.carried(old, into: replanned, territory: F.territory(days: 5)) == [
                ManagerPlan(managerID: "M1", days: [CoVisitDay(managerID: "M1", repID: "R1", date: F.date(1), doctorIDs: ["D1"])], wanted: 4)
            ])
        // A re-plan of R1 alone (`replan --rep R1`) wants R1's two red doctors' co-visits, not the district's four.
        let r1 = MonthPlan(month: YearMonth(parsing: "2026-12")!, seed: 1, reps: [F.repPlan("R1", F.day("R1", 1, ["D1", "D5"]))])
        #expect(CoVisitPlanner.carried(old, into: r1, territory: F.territory(days: 5)).map(\.wanted) == [2])
    }
}
