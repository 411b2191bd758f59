import TerritoryModel
import TerritoryPlanner
import Testing

@testable import TerritoryFormats

@Suite("plan.json: one typed model, written and read by the same code")
struct PlanFileTests {
    static func date(_ d: Int) -> CalendarDate { CalendarDate(year: 2026, month: 12, day: d)! }

    static var file: PlanFile {
        let v = PlannedVisit(
            repID: "R1", date: date(8), seq: 1, hospitalID: "H1", doctorID: "D1",
            arrival: ClockTime(minutes: 540), departure: ClockTime(minutes: 555))
        return PlanFile(
            month: YearMonth(parsing: "2026-12")!, seed: 7,
            replan: ReplanRecord(
                from: date(8), freeze: 2, openFrom: date(10), revision: 1,
                notDone: [MissedVisit(repID: "R1", date: date(3), doctorID: "D2", reason: .notMet)],
                doneOffPlan: [LoggedCall(repID: "R1", date: date(5), doctorID: "D1", status: .done)]),
            reps: [PlanFile.RepEntry(repID: "R1", name: "陈思远", workingDays: 23, leaveDays: 1, capacity: 176, required: 17, utilisation: 0.097)],
            visitEntries: [
                PlanFile.VisitEntry(
                    visit: v, hospital: "瑞金医院", doctor: "王芳", department: "心内科", cell: "A1", zone: "red",
                    tactic: "巩固\n\"引号\"", bookBy: date(1))
            ],
            unplacedEntries: [
                PlanFile.UnplacedEntry(
                    unplaced: UnplacedVisits(doctorID: "D2", repID: "R1", missing: 1, reason: .capacity),
                    doctor: "李强", hospitalID: "H2", hospital: "社区", cell: "C3", zone: "blue", explanation: "满")
            ],
            summary: [
                PlanFile.SummaryEntry(
                    repID: "R1", planned: 1, plannedByZone: [PlanFile.ZoneCount(zoneID: "red", count: 1)],
                    rideAlong: RideAlong(riding: 0, possible: 1, ownTrip: 0), unplaced: 1, travelKm: 12.4, travelMinutes: 40)
            ])
    }

    @Test("reading what was written gives back the same file, byte for byte, replan section included")
    func roundTrip() throws {
        let text = Self.file.json()
        let back = try PlanFile.parse(text, file: "plan.json")
        #expect(back.json() == text)
        #expect(back.replan == Self.file.replan)
        #expect(back.visitEntries == Self.file.visitEntries)
        #expect(text.contains("\"replan\": {\n    \"from\": \"2026-12-08\",\n    \"freeze\": 2,\n    \"open_from\": \"2026-12-10\","))
    }

    @Test("a plan made by plan has no replan key, and its not-done list is empty")
    func noReplan() throws {
        var f = Self.file
        f.replan = nil
        #expect(!f.json().contains("replan"))
        #expect(try PlanFile.parse(f.json(), file: "plan.json").plannedVisits == f.visits)
        #expect(Self.file.plannedVisits == Self.file.visits)  // D2's missed visit is not among the visits
    }

    @Test(
        "JSON syntax errors carry the line and column",
        arguments: [
            ("{\"a\": [1, 2,]}", 1, 13, "expected a value (a string in double quotes, a number, true, false, null, [ or {)"),
            ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' (a missing comma?)"),
            ("{\"a\": \"x\\q\"}", 1, 11, "invalid escape \\q"),
            ("[1] 2", 1, 5, "unexpected text after the JSON value"),
            // Found by the fuzzer: a high surrogate followed by an escape that is not a low one trapped.
            ("[\"\\uD800\\u0041\"]", 1, 15, "expected a low surrogate \\u escape"),
        ])
    func syntax(text: String, line: Int, column: Int, message: String) {
        do {
            _ = try JSONReader.parse(text)
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.line == line && error.column == column && error.message == message, "\(error)")
        }
    }

    @Test("strings: escapes, surrogate pairs and UTF-8 read back exactly")
    func strings() throws {
        let node = try JSONReader.parse(#"{"s": "a\"b\\c\nd\u00e9\ud83d\ude00医"}"#)
        #expect(node["s"]?.string == "a\"b\\c\nd\u{e9}😀医")
    }
}

@Suite("plan.json: co-visit marks and managers")
struct PlanFileCoVisitTests {
    static var file: PlanFile {
        var f = PlanFileTests.file
        f.replan = nil
        f.visitEntries[0].coVisit = "M1"
        f.managers = [
            PlanFile.ManagerEntry(
                managerID: "M1", name: "王建国", coVisitDays: 6, wanted: 3,
                days: [CoVisitDay(managerID: "M1", repID: "R1", date: PlanFileTests.date(8), doctorIDs: ["D1"])])
        ]
        return f
    }

    @Test("a co-visited visit and the managers' days are read back as written, byte for byte")
    func roundTrip() throws {
        let text = Self.file.json()
        let back = try PlanFile.parse(text, file: "plan.json")
        #expect(back.json() == text)
        #expect(back.managers == Self.file.managers)
        #expect(back.coVisitMarks == [CoVisitMark(repID: "R1", date: PlanFileTests.date(8), doctorID: "D1", managerID: "M1")])
        #expect(back.managerPlans == [ManagerPlan(managerID: "M1", days: Self.file.managers[0].days, wanted: 3)])
        #expect(text.contains("\"book_by\": \"2026-12-01\",\n      \"co_visit\": \"M1\"\n    }"))
        #expect(
            text.contains(
                "\"managers\": [\n    {\n      \"manager_id\": \"M1\",\n      \"name\": \"王建国\",\n      \"co_visit_days\": 6,\n      \"wanted\": 3,\n      \"days\": [\n        {\n          \"date\": \"2026-12-08\",\n          \"rep_id\": \"R1\",\n          \"doctor_ids\": [\n            \"D1\"\n          ]"
            ))
    }

    @Test("a plan without managers has neither key, so plans of territories without managers.csv are unchanged")
    func absentWithoutManagers() {
        var f = PlanFileTests.file
        f.replan = nil
        #expect(!f.json().contains("co_visit"))
        #expect(!f.json().contains("managers"))
    }

    @Test("a manager listed twice is refused: split over two entries his days would escape check's limits")
    func managerTwice() {
        var f = Self.file
        f.managers.append(f.managers[0])
        do {
            _ = try PlanFile.parse(f.json(), file: "plan.json")
            Issue.record("a plan listing M1 twice was accepted")
        } catch {
            #expect(error.diagnostics.map(\.message).contains { $0.contains("managers[1].manager_id: manager \"M1\" is listed twice (first at line") })
        }
    }

    @Test("bad co-visit fields are reported at their line and column")
    func badFields() {
        let text = Self.file.json().replacingOccurrences(of: "\"doctor_ids\": [\n            \"D1\"", with: "\"doctor_ids\": [\n            7")
        #expect(throws: TerritoryLoadError.self) { try PlanFile.parse(text, file: "plan.json") }
        do {
            _ = try PlanFile.parse(text, file: "plan.json")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["plan.json:76:13: error: managers[0].days[0].doctor_ids[0]: expected a string"])
        }
    }
}
