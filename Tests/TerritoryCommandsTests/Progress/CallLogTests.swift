import Foundation
import TerritoryModel
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// calls.csv: every bad value with its exact diagnostic, every doubtful one with its warning.
@Suite("calls.csv")
struct CallLogTests {
    static let december = YearMonth(parsing: "2026-12")!
    static let asOf = CalendarDate(parsing: "2026-12-10")!
    /// The bundled PRC calendars.
    static let calendar = try! CalendarLoader.load(directory: ReportFixture.packageRoot.appendingPathComponent("territories/calendars"))
    static let leave = [Leave(repID: "R2", from: CalendarDate(parsing: "2026-12-17")!, to: CalendarDate(parsing: "2026-12-18")!)]

    /// Reads `calls` as calls.csv of the shared fixture territory.
    static func load(_ calls: String?, month: YearMonth = december, asOf: CalendarDate = asOf) throws -> Result<CallLog, TerritoryLoadError> {
        let f = try Fixture(calls.map { ["calls.csv": $0] } ?? [:])
        let territory = try f.load().territory
        do throws(TerritoryLoadError) {
            return .success(
                try CallLog.load(
                    f.directory.appendingPathComponent("calls.csv"), mustExist: false, territory: territory,
                    month: month, asOf: asOf, calendar: calendar, leave: leave))
        } catch {
            return .failure(error)
        }
    }

    static func call(_ rep: String, _ date: String, _ doctor: String, _ status: CallStatus, _ note: String = "") -> LoggedCall {
        LoggedCall(repID: rep, date: CalendarDate(parsing: date)!, doctorID: doctor, status: status, note: note)
    }

    @Test("Every bad value of the file in one run: unknown rep, bad date, unknown doctor, another rep's doctor, bad status, a missing id")
    func errors() throws {
        let result = try Self.load(
            """
            rep_id,date,doctor_id,status,note
            R1,2026-12-01,D1,done,
            R7,2026-12-02,D1,done,
            R1,2026-12-32,D1,done,
            R1,2026-12-03,D9,done,
            R1,2026-12-03,D3,done,
            R1,2026-12-04,D1,完城,
            ,2026-12-04,D1,done,

            """)
        guard case .failure(let error) = result else {
            Issue.record("calls.csv with errors was accepted")
            return
        }
        #expect(error.exitCode == 65)
        #expect(
            error.diagnostics.map(\.description) == [
                #"calls.csv:3:1: error: rep "R7" (column rep_id) is not in reps.csv; correct the rep_id; did you mean "R1" or "R2"?"#,
                #"calls.csv:4:2: error: date "2026-12-32" is not a date (column date); write YYYY-MM-DD, e.g. 2026-12-03"#,
                #"calls.csv:5:3: error: doctor "D9" (column doctor_id) is not in doctors.csv; correct the doctor_id; did you mean "D1" or "D2"?"#,
                #"calls.csv:6:3: error: doctor "D3" (column doctor_id) belongs to rep R2 in doctors.csv, not to R1; correct the doctor_id or the rep_id; did you mean "D1" or "D2"?"#,
                #"calls.csv:7:4: error: unknown status "完城" (column status); expected one of done, cancelled, not_met, 已完成, 取消, 未见到; did you mean "完成"?"#,
                #"calls.csv:8:1: error: missing rep_id (column rep_id); fill in the call's rep_id"#,
            ])
    }

    @Test("Doubtful calls are used with a warning: a weekend, an exact repeat, a second done call that day, leave, other months; later calls get a note")
    func warnings() throws {
        let log = try Self.load(
            """
            rep_id,date,doctor_id,status,note
            R1,2026-12-01,D1,done,
            R1,2026-12-05,D1,done,周六义诊
            R1,2026-12-01,D1,done,
            R1,2026-12-01,D1,done,下午
            R2,2026-12-17,D3,cancelled,
            R1,2026-11-30,D2,not_met,
            R1,2027-01-04,D2,done,
            R2,2026-12-15,D4,done,

            """
        ).get()
        #expect(log.isPresent)
        #expect(
            log.warnings.map(\.description) == [
                "calls.csv:3:2: warning: 2026-12-05 is not a working day (weekend) (column date); the call counts all the same; correct the date if it is wrong",
                "calls.csv:4: warning: repeats line 2 exactly; it is counted once; delete one of the two lines",
                #"calls.csv:5:2: warning: a second done call on doctor "D1" on 2026-12-01, after line 2 (column date); a doctor's visits count once a day; correct the date or delete the line"#,
                "calls.csv:6:2: warning: rep R2 is on leave on 2026-12-17 in leave.csv (column date); the call counts all the same; correct the date or leave.csv",
                "calls.csv:6:2: note: 2 calls after the as-of date 2026-12-10 are not counted yet (first on line 6)",
                "calls.csv:7:2: warning: 2 calls outside 2026-12 are not counted (first on line 7: 2026-11-30); progress counts one month at a time; give --month for another",
            ])
        #expect(
            log.calls == [
                Self.call("R1", "2026-12-01", "D1", .done), Self.call("R1", "2026-12-05", "D1", .done, "周六义诊"),
                Self.call("R1", "2026-12-01", "D1", .done, "下午"), Self.call("R2", "2026-12-17", "D3", .cancelled),
                Self.call("R1", "2026-11-30", "D2", .notMet), Self.call("R1", "2027-01-04", "D2", .done), Self.call("R2", "2026-12-15", "D4", .done),
            ])
    }

    @Test("Chinese headers and statuses read the same as English ones")
    func chineseHeaders() throws {
        let log = try Self.load(
            """
            代表编号,日期,医生编号,状态,备注
            R1,2026/12/1,D1,已完成,带了文献
            R1,2026-12-02,D2,取消,
            R2,2026-12-03,D3,未见到,门诊太忙

            """
        ).get()
        #expect(log.warnings == [])
        #expect(
            log.calls == [
                Self.call("R1", "2026-12-01", "D1", .done, "带了文献"), Self.call("R1", "2026-12-02", "D2", .cancelled),
                Self.call("R2", "2026-12-03", "D3", .notMet, "门诊太忙"),
            ])
    }

    @Test("A call on a public holiday names the holiday; a make-up Saturday is a working day")
    func holiday() throws {
        let log = try Self.load(
            "rep_id,date,doctor_id,status\nR1,2026-10-01,D1,done\nR1,2026-10-10,D1,done\n",
            month: YearMonth(parsing: "2026-10")!, asOf: CalendarDate(parsing: "2026-10-31")!
        ).get()
        #expect(
            log.warnings.map(\.description) == [
                "calls.csv:2:2: warning: 2026-10-01 is not a working day (国庆节) (column date); the call counts all the same; correct the date if it is wrong"
            ])
    }

    @Test("A missing status column stops the file; exit 65")
    func missingColumn() throws {
        guard case .failure(let error) = try Self.load("rep_id,date,doctor_id,note\nR1,2026-12-01,D1,\n") else {
            Issue.record("calls.csv without status was accepted")
            return
        }
        #expect(error.exitCode == 65)
        #expect(error.diagnostics.map(\.description) == [#"calls.csv:1: error: missing required column status (状态); add a column headed "status" or "状态""#])
    }

    @Test("The example log of territories/examples reads against the demo with only its weekend call flagged, and follows R01's plan")
    func example() throws {
        let root = ReportFixture.packageRoot.appendingPathComponent("territories")
        let demo = try TerritoryLoader.load(directory: root.appendingPathComponent("demo")).territory
        let leave = try PlanInputs.load(directory: root.appendingPathComponent("demo"), territory: demo).leave
        let log = try CallLog.load(
            root.appendingPathComponent("examples/calls-2026-12.csv"), mustExist: true, territory: demo,
            month: Self.december, asOf: Self.asOf, calendar: Self.calendar, leave: leave)
        #expect(
            log.warnings.map(\.description) == [
                "calls-2026-12.csv:34:2: warning: 2026-12-05 is not a working day (weekend) (column 日期); the call counts all the same; correct the date if it is wrong"
            ])
        #expect(log.calls.count == 65)
        #expect(log.calls.filter { $0.status == .cancelled }.count == 4)
        #expect(log.calls.filter { $0.status == .notMet }.count == 6)
        // The README's progress and replan examples need the log to be R01's plan of the first eight
        // working days (`territory plan --month 2026-12 --rep R01`, seed 1): every call but the
        // Saturday one is a planned visit, and every planned visit up to 12-10 has a call.
        let month = try Planner.repMonth(
            territory: demo, repID: "R01", workingDays: Self.calendar.workingDays(in: Self.december),
            leave: leave, travel: TravelModel(rules: demo.rules))
        let plan = Planner.plan(month, rules: demo.rules, effort: Planner.Effort())
        let planned = Set(plan.visits.filter { $0.date <= Self.asOf }.map { "\($0.date) \($0.doctorID)" })
        let logged = Set(log.calls.filter { $0.date.weekday <= 5 }.map { "\($0.date) \($0.doctorID)" })
        #expect(logged == planned, "regenerate territories/examples/calls-2026-12.csv from the demo's plan")
    }

    @Test("Without calls.csv there are no calls, and no complaint")
    func absent() throws {
        let log = try Self.load(nil).get()
        #expect(log.isPresent == false)
        #expect(log.calls == [])
        #expect(log.warnings == [])
    }
}
