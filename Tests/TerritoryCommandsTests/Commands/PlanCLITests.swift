import Foundation
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory plan` and `territory check` through the built binary, on the small fixture territory.
@Suite("territory plan and check", .serialized)
struct PlanCLITests {
    /// Plans the fixture for 2026-12 into a fresh folder; returns the folder and the run.
    func plan(_ fixture: Fixture, extra: [String] = []) throws -> (URL, BuiltBinary.Result) {
        let out = fixture.directory.appendingPathComponent("out")
        let r = try BuiltBinary.run(
            [
                "plan", "--territory", fixture.directory.path, "--month", "2026-12", "--seed", "5",
                "--iterations", "200", "--out", out.path,
            ] + extra)
        return (out, r)
    }

    func planJSON(_ out: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as! [String: Any]
    }

    @Test("options of the other mode are refused, not ignored: --plan without --date/--week, planning options with them")
    func modeConflicts() throws {
        let f = try Fixture()
        let plan = try BuiltBinary.run(["plan", "--territory", f.directory.path, "--plan", "x.json", "--lang", "en"])
        #expect(plan.status == 64)
        #expect(plan.stderr.hasPrefix("error: --plan is read by --date and --week; to plan the month leave it out (plans are written to --out)\n"))
        let show = try BuiltBinary.run(["plan", "--date", "2026-12-08", "--format", "json", "--lang", "en"])
        #expect(show.status == 64)
        #expect(show.stderr.hasPrefix("error: --format plans a month; with --date the command only shows days of the plan --plan names\n"))
    }

    @Test("a plan places every required visit on working days and passes check")
    func planAndCheck() throws {
        let f = try Fixture()
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let json = try planJSON(out)
        let visits = json["visits"] as! [[String: Any]]
        // D1 A1 (T1 attending 8) → 8 visits; D2 C3 → 1; D3 A2 → 8; D4 T2 senior 7 = B3 → 2.
        var count: [String: Int] = [:]
        for v in visits { count[v["doctor_id"] as! String, default: 0] += 1 }
        #expect(count == ["D1": 8, "D2": 1, "D3": 8, "D4": 2])
        #expect((json["unplaced"] as! [Any]).isEmpty)
        let weekends: Set<String> = ["2026-12-05", "2026-12-06", "2026-12-12", "2026-12-13", "2026-12-19", "2026-12-20", "2026-12-26", "2026-12-27"]
        #expect(visits.allSatisfy { !weekends.contains($0["date"] as! String) })
        let reps = json["reps"] as! [[String: Any]]
        #expect(reps.map { $0["working_days"] as! Int } == [23, 23])
        #expect(reps.map { $0["capacity"] as! Int } == [184, 184])
        #expect(reps.map { $0["required"] as! Int } == [9, 10])

        let check = try BuiltBinary.run(["check", out.appendingPathComponent("plan.json").path, "--territory", f.directory.path, "--lang", "en"])
        #expect(check.stdout == "plan is valid: 19 visits, 2 reps, 2026-12.\n")
        #expect(check.status == 0)
    }

    @Test("check without --territory reads the folder plan.json records; a plan of other reps is one error line, not one per visit")
    func checkFindsTheTerritory() throws {
        let f = try Fixture()
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        #expect(try planJSON(out)["territory"] as? String == "..")
        let plan = out.appendingPathComponent("plan.json").path
        let check = try BuiltBinary.run(["check", plan, "--lang", "en"], in: URL(fileURLWithPath: "/"))
        #expect(check.stdout == "plan is valid: 19 visits, 2 reps, 2026-12.\n")
        #expect(check.status == 0)

        let demo = ReportFixture.packageRoot.appendingPathComponent("territories/demo").path
        let wrong = try BuiltBinary.run(["check", plan, "--territory", demo, "--lang", "en"])
        #expect(wrong.status == 65)
        #expect(wrong.stdout.isEmpty)
        #expect(
            wrong.stderr.contains(
                "plan.json: error: 2 reps of the plan (R1, R2) are not in reps.csv of \(demo); give --territory, the folder the plan was made from"))
        #expect(!wrong.stderr.contains("is not in the territory"))
    }

    @Test("plan --date and --week print a day or a week of the plan already written, per rep, in at most 100 columns, planning nothing")
    func dayAndWeek() throws {
        let f = try Fixture()
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let planPath = out.appendingPathComponent("plan.json").path
        let week = try BuiltBinary.run(["plan", "--week", "2026-12-09", "--plan", planPath, "--lang", "en"])
        #expect(week.status == 0)
        #expect(week.stderr.isEmpty)
        let dates = week.stdout.split(separator: "\n").compactMap { $0.count >= 10 ? CalendarDate(parsing: String($0.prefix(10))) : nil }
        #expect(Set(dates.map(\.description)) == Set((7...13).map { String(format: "2026-12-%02d", $0) }))
        #expect(week.stdout.contains("Rep R1 陈思远") && week.stdout.contains("Rep R2 李婷"))
        #expect(week.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 100 })
        let day = try BuiltBinary.run(["plan", "--date", "2026-12-12", "--plan", planPath, "--rep", "R2", "--lang", "en"])
        #expect(day.stdout == "\nRep R2 李婷\n\n2026-12-12 Sat — no calls\n")

        let both = try BuiltBinary.run(["plan", "--date", "2026-12-12", "--week", "2026-12-12", "--plan", planPath, "--lang", "en"])
        #expect(both.status == 64 && both.stderr.contains("error: give --date or --week, not both"))
        let otherMonth = try BuiltBinary.run(["plan", "--date", "2027-01-04", "--plan", planPath, "--lang", "en"])
        #expect(otherMonth.status == 64 && otherMonth.stderr.contains("plans 2026-12, not 2027-01"))
        let missing = try BuiltBinary.run(["plan", "--date", "2026-12-12"], in: f.directory)
        #expect(missing.status == 66)
    }

    @Test("plan.csv starts with a BOM and the Chinese header")
    func csv() throws {
        let f = try Fixture()
        let (out, _) = try plan(f)
        let data = try Data(contentsOf: out.appendingPathComponent("plan.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("代表编号,日期,顺序,医院编号,医院,医生编号,医生,科室,客户级别,区,到达,离开,拜访策略,预约截止\r\n"))
        #expect(text.components(separatedBy: "\r\n").count == 19 + 2)
    }

    @Test("the same seed gives byte-identical plan.json and plan.csv")
    func deterministic() throws {
        let f = try Fixture()
        let (a, _) = try plan(f)
        let first = try Data(contentsOf: a.appendingPathComponent("plan.json"))
        let firstCSV = try Data(contentsOf: a.appendingPathComponent("plan.csv"))
        let (b, _) = try plan(f)
        #expect(try Data(contentsOf: b.appendingPathComponent("plan.json")) == first)
        #expect(try Data(contentsOf: b.appendingPathComponent("plan.csv")) == firstCSV)
    }

    @Test("a month whose holidays are unpublished is refused with the fix; --weekdays-only plans it")
    func unpublishedYear() throws {
        let f = try Fixture()
        let r = try BuiltBinary.run([
            "plan", "--territory", f.directory.path, "--month", "2027-03", "--lang", "en", "--out", f.directory.appendingPathComponent("o").path,
        ])
        #expect(r.status == 65)
        #expect(r.stdout == "")
        #expect(
            r.stderr.hasSuffix(
                "error: the official holidays of 2027 are not published yet, so the working days of 2027-03 are unknown; pass --holidays FILE with that year's holidays (holiday-cn JSON format), or --weekdays-only to plan Monday–Friday knowingly\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: f.directory.appendingPathComponent("o/plan.json").path))
        let ok = try BuiltBinary.run([
            "plan", "--territory", f.directory.path, "--month", "2027-03", "--weekdays-only", "--iterations", "50",
            "--out", f.directory.appendingPathComponent("o").path,
        ])
        #expect(ok.status == 0)
    }

    @Test("an unknown rep is a usage error naming the reps")
    func unknownRep() throws {
        let f = try Fixture()
        let r = try BuiltBinary.run(["plan", "--territory", f.directory.path, "--rep", "R3", "--month", "2026-12", "--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("error: unknown rep \"R3\"; did you mean \"R1\"? (reps: R1, R2)\n"))
    }

    @Test("leave removes days from capacity; leave for an unknown rep is bad data")
    func leave() throws {
        let f = try Fixture(["leave.csv": "rep_id,from,to\nR1,2026-12-07,2026-12-11\n"])
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let reps = try planJSON(out)["reps"] as! [[String: Any]]
        #expect(reps[0]["leave_days"] as! Int == 5)
        #expect(reps[0]["capacity"] as! Int == 8 * 18)
        let visits = try planJSON(out)["visits"] as! [[String: Any]]
        #expect(!visits.contains { $0["rep_id"] as! String == "R1" && ("2026-12-07"..."2026-12-11").contains($0["date"] as! String) })

        let bad = try Fixture(["leave.csv": "rep_id,date\nR1,2026-12-07\nR9,2026-12-08\nR2,2026-13-01\n"])
        let b = try BuiltBinary.run(["plan", "--territory", bad.directory.path, "--month", "2026-12", "--lang", "en"])
        #expect(b.status == 65)
        #expect(b.stderr.contains("leave.csv:3:1: error: unknown rep \"R9\"; use a rep_id of reps.csv\n"))
        #expect(b.stderr.contains("leave.csv:4:2: error: \"2026-13-01\" is not a date; write YYYY-MM-DD in column date, or from and to\n"))
    }

    /// Plans, lets `edit` change plan.json, then runs check on it.
    func checkEdited(language: [String] = ["--lang", "en"], _ edit: (inout [[String: Any]], inout [[String: Any]]) -> Void) throws -> BuiltBinary.Result {
        let f = try Fixture()
        let (out, _) = try plan(f)
        var json = try planJSON(out)
        var visits = json["visits"] as! [[String: Any]]
        var unplaced = json["unplaced"] as! [[String: Any]]
        edit(&visits, &unplaced)
        json["visits"] = visits
        json["unplaced"] = unplaced
        let edited = out.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: json).write(to: edited)
        return try BuiltBinary.run(["check", edited.path, "--territory", f.directory.path] + language)
    }

    /// Moves D2's visit to Sunday 2026-12-06 as call #1.
    static func moveD2ToSunday(_ visits: inout [[String: Any]], _ unplaced: inout [[String: Any]]) {
        let k = visits.firstIndex { $0["doctor_id"] as! String == "D2" }!
        visits[k]["date"] = "2026-12-06"
        visits[k]["seq"] = 1
    }

    @Test("check names a visit moved to a Sunday and the visit left out of sequence on its old day")
    func brokenDate() throws {
        let r = try checkEdited(Self.moveD2ToSunday)
        #expect(r.status == 65)
        // D2 was call #1 on 2026-12-01 (seed 5); moving it away leaves D1 there as call #2 with no #1,
        // and D2 without a visit on a working day although 2026-12-01 has room for it.
        #expect(
            r.stdout == """
                rep R1 2026-12-06 #1 doctor D2 [working_day]: 2026-12-06 is not a working day (weekend)
                rep R1 2026-12-01 #2 doctor D1 [sequence]: seq 2 where 1 was expected
                rep R1 doctor D2 [priority]: blue C3 doctor has 0 of 1 visits but could have 1 on days that keep the spacing rule, adding 2026-12-01: those days have room
                plan is invalid: 3 violations (working_day 1, sequence 1, priority 1).

                """)
    }

    @Test("check speaks Chinese by default: each violation after its place and rule code, and the count per rule")
    func brokenDateInChinese() throws {
        let r = try checkEdited(language: [], Self.moveD2ToSunday)
        #expect(r.status == 65)
        #expect(
            r.stdout == """
                代表 R1 2026-12-06 #1 医生 D2 [working_day]：2026-12-06 不是工作日（周末）
                代表 R1 2026-12-01 #2 医生 D1 [sequence]：序号为 2，应为 1
                代表 R1 医生 D2 [priority]：蓝区 C3 医生有 0/1 次拜访，但在符合间隔规则的日子里可以有 1 次，加上 2026-12-01：这些日子还有空位
                计划无效：3 处违规（工作日 1、顺序 1、优先级 1）。

                """)
    }

    @Test("check reports a call moved out of its hospital's window, and a deleted visit as unaccounted for")
    func brokenLunchAndCount() throws {
        let r = try checkEdited { visits, _ in
            let k = visits.firstIndex { $0["doctor_id"] as! String == "D1" }!
            visits[k]["arrival"] = "11:25"
            visits[k]["departure"] = "11:40"
            let d4 = visits.firstIndex { $0["doctor_id"] as! String == "D4" }!
            visits.remove(at: d4)
        }
        #expect(r.status == 65)
        #expect(r.stdout.contains("[reception_window]: call 11:25-11:40 is outside 瑞金医院's reception windows 09:00-11:30;14:00-16:30 (by 10 min)\n"))
        #expect(r.stdout.contains("rep R2 doctor D4 [visit_count]: B3 doctor has 1 visits and 0 declared unplaced; 1 required visits are unaccounted for\n"))
    }

    @Test("a plan.json that is not JSON is bad data with the reason, line and column")
    func notJSON() throws {
        let f = try Fixture()
        let path = f.directory.appendingPathComponent("plan.json")
        try Data("{\"month\": \"2026-12\", ".utf8).write(to: path)
        let r = try BuiltBinary.run(["check", path.path, "--territory", f.directory.path, "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr == "plan.json:1:22: error: is not valid JSON: the file ends early: expected a key in double quotes; repair the JSON syntax\n")
    }

    @Test("every malformed value of a plan.json is reported at its line and column, then exit 65")
    func badValues() throws {
        let f = try Fixture()
        let path = f.directory.appendingPathComponent("plan.json")
        let text = """
            {"month": "2026-12",
             "visits": [
              {"rep_id": "R1", "date": "2026-12-32", "seq": 1, "hospital_id": "H1", "doctor_id": "D1", "arrival": "09:00", "departure": "09:15"},
              {"rep_id": "R1", "date": "2026-12-02", "seq": "2", "hospital_id": "H1", "doctor_id": "D1", "arrival": "9h", "departure": "09:15"}
             ],
             "unplaced": [{"doctor_id": "D2", "rep_id": "R1", "missing": 1, "reason": "holiday"}]}
            """
        try Data(text.utf8).write(to: path)
        let r = try BuiltBinary.run(["check", path.path, "--territory", f.directory.path, "--lang", "en"])
        #expect(r.status == 65)
        #expect(
            r.stderr == """
                plan.json:3:28: error: visits[0].date: "2026-12-32" is not a date YYYY-MM-DD
                plan.json:4:49: error: visits[1].seq: expected a whole number
                plan.json:4:105: error: visits[1].arrival: "9h" is not a time HH:MM
                plan.json:6:75: error: unplaced[0].reason: "holiday" is not one of capacity, reception_windows, leave, spacing

                """)
    }

    @Test("--holidays supplies an unpublished year: its days off get no visits and its make-up Saturday does")
    func holidaysFile() throws {
        let f = try Fixture()
        let holidays = f.directory.appendingPathComponent("2027.json")
        try Data(
            """
            {"year": 2027, "papers": [], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "测试", "date": "2027-01-04", "isOffDay": true},
              {"name": "测试", "date": "2027-01-09", "isOffDay": false}
            ]}
            """.utf8
        ).write(to: holidays)
        let out = f.directory.appendingPathComponent("o27")
        let r = try BuiltBinary.run([
            "plan", "--territory", f.directory.path, "--month", "2027-01", "--holidays", holidays.path,
            "--iterations", "200", "--out", out.path,
        ])
        #expect(r.status == 0)
        let json = try planJSON(out)
        // January 2027 has 21 weekdays; minus 01-01 and 01-04, plus Saturday 01-09.
        #expect((json["reps"] as! [[String: Any]]).map { $0["working_days"] as! Int } == [20, 20])
        let dates = Set((json["visits"] as! [[String: Any]]).map { $0["date"] as! String })
        #expect(!dates.contains("2027-01-01") && !dates.contains("2027-01-04"))
        let check = try BuiltBinary.run([
            "check", out.appendingPathComponent("plan.json").path, "--territory", f.directory.path,
            "--holidays", holidays.path,
        ])
        #expect(check.status == 0)
    }

    @Test("--rep may be repeated or comma-separated; each rep is planned once")
    func repeatedRep() throws {
        let f = try Fixture()
        let (out, r) = try plan(f, extra: ["--rep", "R2", "--rep", "R1,R2"])
        #expect(r.status == 0)
        #expect((try planJSON(out)["reps"] as! [[String: Any]]).map { $0["rep_id"] as! String } == ["R2", "R1"])
    }
}
