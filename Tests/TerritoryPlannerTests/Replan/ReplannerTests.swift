import TerritoryModel
import Testing

@testable import TerritoryPlanner

/// The small fixture month (one rep, seven doctors, December 2026 on weekdays: 23 days) planned,
/// then re-planned from 12-09 with two days frozen after a cancelled red call and a lost day.
@Suite("Re-planning the rest of a month")
struct ReplannerTests {
    static let effort = Planner.Effort(seed: 1, iterations: 300)
    static let workingDays = Fixture.calendar.workingDays(in: Fixture.month)
    static func date(_ day: Int) -> CalendarDate { CalendarDate(year: 2026, month: 12, day: day)! }

    static func original() throws -> RepPlan {
        let month = try Planner.repMonth(territory: Fixture.territory, repID: "R1", workingDays: workingDays, leave: [], travel: Fixture.travel)
        return Planner.plan(month, rules: Fixture.territory.rules, effort: effort)
    }

    @Test("the open days start after the frozen working days")
    func openFrom() {
        // 2026-12-09 is a Wednesday: frozen 09 and 10, open from Friday 11.
        #expect(Replanner.openFrom(from: Self.date(9), freeze: 2, workingDays: Self.workingDays) == Self.date(11))
        #expect(Replanner.openFrom(from: Self.date(11), freeze: 1, workingDays: Self.workingDays) == Self.date(14))
        #expect(Replanner.openFrom(from: Self.date(31), freeze: 1, workingDays: Self.workingDays) == nil)
    }

    @Test("nothing logged and nothing changed: history and frozen days are the old visits, and the check accepts the result")
    func unchanged() throws {
        let old = try Self.original()
        let input = Replanner.Input(repID: "R1", previous: old.visits, calls: [], from: Self.date(9), freeze: 2, revision: 1)
        let r = try Replanner.replan(input, territory: Fixture.territory, workingDays: Self.workingDays, leave: [], travel: Fixture.travel, effort: Self.effort)
        #expect(r.plan.visits.filter { $0.date < Self.date(11) } == old.visits.filter { $0.date < Self.date(11) })
        #expect(r.record.notDone.isEmpty && r.record.doneOffPlan.isEmpty)
        #expect(r.plan.required == old.required)
        let checker = PlanChecker(territory: Fixture.territory, calendar: Fixture.calendar, leave: [], travel: Fixture.travel)
        #expect(checker.violations(month: Fixture.month, visits: r.plan.visits, unplaced: r.plan.unplaced, repIDs: ["R1"], replan: r.record) == [])
    }

    @Test("a cancelled red call and a lost day: the missed visits are not done, the red doctor gets its visits back, the check accepts")
    func missed() throws {
        let old = try Self.original()
        // Log 12-01 … 12-04 as planned, with D1's first visit cancelled; 12-07 becomes leave.
        let firstD1 = try #require(old.visits.first { $0.doctorID == "D1" && $0.date <= Self.date(4) })
        let calls = old.visits.filter { $0.date <= Self.date(4) }.map { v in
            LoggedCall(repID: "R1", date: v.date, doctorID: v.doctorID, status: v == firstD1 ? .cancelled : .done)
        }
        let leave = [Leave(repID: "R1", from: Self.date(7), to: Self.date(7))]
        let input = Replanner.Input(repID: "R1", previous: old.visits, calls: calls, from: Self.date(9), freeze: 2, revision: 1)
        let r = try Replanner.replan(
            input, territory: Fixture.territory, workingDays: Self.workingDays, leave: leave, travel: Fixture.travel, effort: Self.effort)

        let onLostDay = old.visits.filter { $0.date == Self.date(7) }
        #expect(r.record.notDone.count == 1 + onLostDay.count)
        #expect(r.record.notDone.contains(MissedVisit(repID: "R1", date: firstD1.date, doctorID: "D1", reason: .cancelled)))
        #expect(onLostDay.allSatisfy { v in r.record.notDone.contains(MissedVisit(repID: "R1", date: v.date, doctorID: v.doctorID, reason: .leave)) })
        // History and frozen days byte for byte.
        #expect(r.plan.visits.filter { $0.date < Self.date(11) } == old.visits.filter { $0.date < Self.date(11) })
        // Every red doctor ends with 8 real visits (the month has room).
        let real = r.record.realDates(repID: "R1", visits: r.plan.visits)
        for id in ["D1", "D2", "D7"] { #expect(real[id]?.count == 8, "\(id)") }
        #expect(r.plan.unplaced.isEmpty)
        let checker = PlanChecker(territory: Fixture.territory, calendar: Fixture.calendar, leave: leave, travel: Fixture.travel)
        #expect(checker.violations(month: Fixture.month, visits: r.plan.visits, unplaced: r.plan.unplaced, repIDs: ["R1"], replan: r.record) == [])
    }

    @Test("the check still judges a re-plan: a deleted open visit is unaccounted for, and a real visit on leave is flagged")
    func checkerCatches() throws {
        let old = try Self.original()
        // A planned day before the re-plan date lost to a meeting.
        let lost = try #require(old.visits.last { $0.date < Self.date(9) }?.date)
        let leave = [Leave(repID: "R1", from: lost, to: lost)]
        let input = Replanner.Input(repID: "R1", previous: old.visits, calls: [], from: Self.date(9), freeze: 2, revision: 1)
        let r = try Replanner.replan(
            input, territory: Fixture.territory, workingDays: Self.workingDays, leave: leave, travel: Fixture.travel, effort: Self.effort)
        let checker = PlanChecker(territory: Fixture.territory, calendar: Fixture.calendar, leave: leave, travel: Fixture.travel)
        #expect(checker.violations(month: Fixture.month, visits: r.plan.visits, unplaced: r.plan.unplaced, repIDs: ["R1"], replan: r.record) == [])
        #expect(!r.record.notDone.isEmpty && r.record.notDone.allSatisfy { $0.reason == .leave && $0.date == lost })

        // Delete the last open visit of D1: its count no longer adds up.
        let last = try #require(r.plan.visits.last { $0.doctorID == "D1" && $0.date >= Self.date(11) })
        let fewer = r.plan.visits.filter { $0 != last }
        let counted = checker.violations(month: Fixture.month, visits: fewer, unplaced: r.plan.unplaced, repIDs: ["R1"], replan: r.record)
        #expect(counted.contains { $0.rule == .visitCount && $0.doctorID == "D1" })

        // Without the record, the lost day's visits are visits on leave again.
        let stale = checker.violations(month: Fixture.month, visits: r.plan.visits, unplaced: r.plan.unplaced, repIDs: ["R1"])
        #expect(stale.contains { $0.rule == .leave && $0.date == lost })
    }
}
