import TerritoryModel
import Testing

@testable import TerritoryPlanner

/// December 2026 (23 working days, Monday–Friday), as of Thursday 2026-12-10 (8 working days gone).
/// R1 has the planner fixture's seven doctors; R2 has two more and is on leave from 12-14 to the end
/// of the month, so only 9 days are available to R2 and 1 is left after the as-of date.
enum ProgressFixture {
    static func d(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    static let r2 = Rep(id: "R2", name: "李婷", latitude: 31.10, longitude: 121.42)
    static let territory = Territory(
        hospitals: Fixture.hospitals,
        doctors: Fixture.doctors + [
            Doctor(
                id: "D8", hospitalID: "H1", name: "医生D8", department: "心内科", title: "主任医师", titleGroup: .senior,
                behavior: .firstChoice, monthlyUnits: 10, repID: "R2"),  // A1 red 8
            Doctor(
                id: "D9", hospitalID: "H2", name: "医生D9", department: "心内科", title: "住院医师", titleGroup: .resident,
                behavior: .competitor, monthlyUnits: 10, repID: "R2"),  // T1 resident 5 → B3 yellow 2
        ], reps: [Fixture.rep, r2])
    static let workingDays = Fixture.calendar.workingDays(in: Fixture.month)
    static let leave = [Leave(repID: "R2", from: d("2026-12-14"), to: d("2026-12-31"))]
    static let asOf = d("2026-12-10")

    static func call(_ rep: String, _ date: String, _ doctor: String, _ status: CallStatus, _ note: String = "") -> LoggedCall {
        LoggedCall(repID: rep, date: d(date), doctorID: doctor, status: status, note: note)
    }
    static let calls = [
        call("R1", "2026-12-01", "D1", .done), call("R1", "2026-12-03", "D1", .done), call("R1", "2026-12-04", "D1", .cancelled),
        call("R1", "2026-12-07", "D1", .done), call("R1", "2026-12-09", "D1", .done),
        call("R1", "2026-12-02", "D2", .done), call("R1", "2026-12-08", "D2", .notMet),
        call("R1", "2026-12-05", "D3", .done),  // a Saturday: counts
        call("R1", "2026-12-03", "D5", .done, "上午"), call("R1", "2026-12-03", "D5", .done, "下午"),  // one day
        call("R1", "2026-12-07", "D5", .done),  // beyond its 1 required
        call("R1", "2026-11-30", "D6", .done), call("R1", "2026-12-15", "D6", .done),  // before the month, after as-of
        call("R2", "2026-12-01", "D8", .done), call("R2", "2026-12-03", "D8", .done), call("R2", "2026-12-07", "D8", .done),
        call("R2", "2026-12-08", "D8", .cancelled), call("R2", "2026-12-09", "D8", .done),
        call("R2", "2026-12-02", "D9", .done),
    ]
    static func visit(_ date: String, _ doctor: String) -> PlannedVisit {
        PlannedVisit(
            repID: "R1", date: d(date), seq: 1, hospitalID: "H1", doctorID: doctor,
            arrival: ClockTime(hour: 9, minute: 0), departure: ClockTime(hour: 9, minute: 15))
    }
    static let plan =
        ["2026-12-01", "2026-12-04", "2026-12-09", "2026-12-14", "2026-12-17", "2026-12-22", "2026-12-28", "2026-12-30"]
        .map { visit($0, "D1") } + [visit("2026-12-08", "D4"), visit("2026-12-22", "D4"), visit("2026-11-30", "D4")]

    static func progress(plan: [PlannedVisit]? = plan, repIDs: [String] = ["R1", "R2"]) -> MonthProgress {
        MonthProgress(
            territory: territory, month: Fixture.month, asOf: asOf, workingDays: workingDays, leave: leave,
            plannedVisits: plan, calls: calls, repIDs: repIDs)
    }
}

@Suite("Month progress")
struct MonthProgressTests {
    /// One doctor's expected numbers, counted by hand from the fixture's calls and plan.
    struct Row: Equatable, CustomStringConvertible {
        var id: String, required: Int, planned: Int, ahead: Int, done: Int, cancelled: Int, notMet: Int, remaining: Int
        var lastDone: String?, risk: AtRisk?
        var description: String {
            "\(id) \(required) \(planned) \(ahead) \(done) \(cancelled) \(notMet) \(remaining) \(lastDone ?? "-") \(String(describing: risk))"
        }
    }

    static func row(_ d: DoctorProgress) -> Row {
        Row(
            id: d.doctor.doctor.id, required: d.required, planned: d.planned, ahead: d.plannedAhead, done: d.done, cancelled: d.cancelled,
            notMet: d.notMet, remaining: d.remaining, lastDone: d.lastDone?.description, risk: d.risk)
    }

    @Test("Each doctor's required, planned, done, cancelled, not-met and remaining visits match a count by hand")
    func doctors() {
        let d = ProgressFixture.d
        #expect(
            ProgressFixture.progress().doctors.map(Self.row) == [
                Row(id: "D1", required: 8, planned: 8, ahead: 5, done: 4, cancelled: 1, notMet: 0, remaining: 4, lastDone: "2026-12-09", risk: nil),
                // last done 12-02 (day 2); at most 4 days to the next: due by day 6, 12-08, which has passed.
                Row(
                    id: "D2", required: 8, planned: 0, ahead: 0, done: 1, cancelled: 0, notMet: 1, remaining: 7, lastDone: "2026-12-02",
                    risk: .overdue(due: d("2026-12-08"), maxGap: 4)),
                // done on Saturday 12-05, counted from Friday 12-04 (day 4): due by day 11, still ahead.
                Row(id: "D3", required: 4, planned: 0, ahead: 0, done: 1, cancelled: 0, notMet: 0, remaining: 3, lastDone: "2026-12-05", risk: nil),
                Row(id: "D4", required: 2, planned: 2, ahead: 1, done: 0, cancelled: 0, notMet: 0, remaining: 2, lastDone: nil, risk: nil),
                Row(id: "D5", required: 1, planned: 0, ahead: 0, done: 2, cancelled: 0, notMet: 0, remaining: 0, lastDone: "2026-12-07", risk: nil),
                Row(id: "D6", required: 1, planned: 0, ahead: 0, done: 0, cancelled: 0, notMet: 0, remaining: 1, lastDone: nil, risk: nil),
                // nothing done: the first visit had to fall within the first 4 days, by 12-04.
                Row(
                    id: "D7", required: 8, planned: 0, ahead: 0, done: 0, cancelled: 0, notMet: 0, remaining: 8, lastDone: nil,
                    risk: .overdue(due: d("2026-12-04"), maxGap: 4)),
                Row(
                    id: "D8", required: 8, planned: 0, ahead: 0, done: 4, cancelled: 1, notMet: 0, remaining: 4, lastDone: "2026-12-09",
                    risk: .tooFewDays(remaining: 4, daysLeft: 1)),
                // R2 has 9 days; 2 visits: at most 6 apart. Last done 12-02 (day 2), due by day 8 = 12-10, the as-of day itself.
                Row(
                    id: "D9", required: 2, planned: 0, ahead: 0, done: 1, cancelled: 0, notMet: 0, remaining: 1, lastDone: "2026-12-02",
                    risk: .overdue(due: d("2026-12-10"), maxGap: 6)),
            ])
    }

    @Test("Per rep: days elapsed and left after leave, totals, attainment and on-track ratio")
    func reps() throws {
        let reps = ProgressFixture.progress().reps
        #expect(reps.map { [$0.workingDays, $0.leaveDays, $0.availableDays, $0.elapsedDays, $0.daysLeft] } == [[23, 0, 23, 8, 15], [23, 14, 9, 8, 1]])
        let r1 = reps[0].totals
        #expect(
            [r1.doctors, r1.required, r1.planned, r1.plannedAhead, r1.done, r1.credited, r1.cancelled, r1.notMet, r1.remaining, r1.atRisk]
                == [7, 32, 10, 6, 8, 7, 1, 1, 25, 2])
        #expect(r1.attainment == 7.0 / 32)  // D5's second visit is not credited
        #expect(abs(r1.expectedToDate - 32.0 * 8 / 23) < 1e-12)
        #expect(abs(try #require(r1.onTrack) - 161.0 / 256) < 1e-12)  // 7 ÷ (32 × 8 ÷ 23)
        let r2 = reps[1].totals
        #expect(
            [r2.doctors, r2.required, r2.planned, r2.plannedAhead, r2.done, r2.credited, r2.cancelled, r2.notMet, r2.remaining, r2.atRisk]
                == [2, 10, 0, 0, 5, 5, 1, 0, 5, 2])
        #expect(r2.attainment == 0.5)
        #expect(abs(try #require(r2.onTrack) - 0.5625) < 1e-12)  // 5 ÷ (10 × 8 ÷ 9)
    }

    @Test("Per zone and in total: the doctors' numbers added up across reps")
    func zones() {
        let p = ProgressFixture.progress()
        func numbers(_ t: ProgressTotals) -> [Int] { [t.doctors, t.required, t.planned, t.plannedAhead, t.done, t.credited, t.remaining, t.atRisk] }
        #expect(p.zones.map(\.zone.id) == ["red", "yellow", "blue"])
        #expect(
            p.zones.map { numbers($0.totals) } == [
                [4, 32, 8, 5, 9, 9, 23, 3],  // D1 D2 D7 D8
                [3, 8, 2, 1, 2, 2, 6, 1],  // D3 D4 D9
                [2, 2, 0, 0, 2, 1, 1, 0],  // D5 D6
            ])
        #expect(numbers(p.total) == [9, 42, 10, 6, 13, 12, 30, 4])
    }

    @Test("Without a plan every planned count is 0 and the month says so")
    func noPlan() {
        let p = ProgressFixture.progress(plan: nil)
        #expect(p.hasPlan == false)
        #expect(p.doctors.map(\.planned) == Array(repeating: 0, count: 9))
        #expect(p.total.plannedAhead == 0)
        #expect(ProgressFixture.progress().hasPlan)
    }

    @Test("Only the reps asked for are counted, in the order asked")
    func repFilter() {
        let p = ProgressFixture.progress(repIDs: ["R2", "R9"])
        #expect(p.reps.map(\.rep.id) == ["R2"])
        #expect(p.doctors.map(\.doctor.doctor.id) == ["D8", "D9"])
    }
}

@Suite("At risk")
struct AtRiskTests {
    static let days = ProgressFixture.workingDays  // 23 days, 12-01 … 12-31
    static func d(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    @Test("A doctor with nothing remaining is never at risk, however long ago the last visit")
    func nothingRemaining() {
        #expect(AtRisk.assess(required: 2, done: 2, lastDone: Self.d("2026-12-01"), available: Self.days, elapsed: 20) == nil)
    }

    @Test("More visits left than days left is too few days, even when the spacing is also broken")
    func tooFewDays() {
        #expect(
            AtRisk.assess(required: 8, done: 0, lastDone: nil, available: Self.days, elapsed: 16)
                == .tooFewDays(remaining: 8, daysLeft: 7))
    }

    @Test("Exactly as many visits left as days left still fits")
    func exactFit() {
        // 2 visits, G = 13; last visit on day 12 (12-16, index 11), due by index 24: beyond the month.
        #expect(AtRisk.assess(required: 2, done: 1, lastDone: Self.d("2026-12-16"), available: Self.days, elapsed: 22) == nil)
    }

    @Test(
        "The next visit is due the largest gap after the last done one",
        arguments: [
            // (last done, elapsed days, expected due date or nil). G = 4 for 8 visits in 23 days.
            ("2026-12-01", 4, nil),  // index 0, due by index 4 (12-07): not yet passed
            ("2026-12-01", 5, "2026-12-07"),  // as-of 12-07: due that day, not visited
            ("2026-12-06", 5, nil),  // a Sunday counts from Friday 12-04 (index 3): due by index 7
            ("2026-12-06", 8, "2026-12-10"),
        ] as [(String, Int, String?)])
    func overdue(lastDone: String, elapsed: Int, due: String?) {
        #expect(
            AtRisk.assess(required: 8, done: 1, lastDone: Self.d(lastDone), available: Self.days, elapsed: elapsed)
                == due.map { .overdue(due: Self.d($0), maxGap: 4) })
    }

    @Test("A rep without available days has every required visit at risk")
    func noDays() {
        #expect(AtRisk.assess(required: 1, done: 0, lastDone: nil, available: [], elapsed: 0) == .tooFewDays(remaining: 1, daysLeft: 0))
    }
}

@Suite("Call status spellings")
struct CallStatusTests {
    @Test(
        "English, Chinese and CRM spellings are accepted",
        arguments: [
            ("done", CallStatus.done), ("Done", .done), ("已完成", .done), ("完成", .done), ("已拜访", .done),
            ("cancelled", .cancelled), ("canceled", .cancelled), ("取消", .cancelled), ("已取消", .cancelled),
            ("not_met", .notMet), ("not met", .notMet), ("NOT-MET", .notMet), ("未见到", .notMet), ("未见", .notMet),
        ] as [(String, CallStatus)])
    func accepted(text: String, status: CallStatus) {
        #expect(CallStatus(parsing: text) == status)
    }

    @Test("Anything else is refused", arguments: ["", "ok", "完城", "planned", "已预约"])
    func refused(text: String) {
        #expect(CallStatus(parsing: text) == nil)
    }
}
