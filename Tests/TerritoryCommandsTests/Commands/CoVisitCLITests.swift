import Foundation
import TerritoryBenchmark
import TestSupport
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Co-visits (协访) through the built binary: `plan` on the fixture with a manager over both reps, `check`
/// of the plan as written and edited by hand, and a generated 20-rep district with four managers.
@Suite("co-visits: plan and check", .serialized)
struct CoVisitCLITests {
    static let reps = "rep_id,name,latitude,longitude,manager_id\nR1,陈思远,31.2200,121.4500,M1\nR2,李婷,31.1000,121.4200,M1\n"
    /// managers.csv with Chinese headers, as a manager's Excel would have it.
    static func managers(days: Int) -> String { "经理编号,姓名,纬度,经度,每月协访天数\nM1,王建国,31.2304,121.4737,\(days)\n" }

    func plan(_ f: Fixture) throws -> (URL, BuiltBinary.Result) {
        let out = f.directory.appendingPathComponent("out")
        let r = try BuiltBinary.run([
            "plan", "--territory", f.directory.path, "--month", "2026-12", "--seed", "5", "--iterations", "200", "--out", out.path, "--lang", "en",
        ])
        return (out, r)
    }

    func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    func check(_ plan: URL, _ f: Fixture) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["check", plan.path, "--territory", f.directory.path, "--lang", "en"])
    }

    @Test("plan co-visits each red doctor once, marks the calls, writes the manager's CSV and calendar, and check passes")
    func planAndCheck() throws {
        let f = try Fixture(["reps.csv": Self.reps, "managers.csv": Self.managers(days: 3)])
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let plan = try json(out.appendingPathComponent("plan.json"))
        let managers = plan["managers"] as! [[String: Any]]
        #expect(managers.count == 1)
        #expect(managers[0]["manager_id"] as? String == "M1" && managers[0]["co_visit_days"] as? Int == 3 && managers[0]["wanted"] as? Int == 2)
        let days = managers[0]["days"] as! [[String: Any]]
        // The red doctors are D1 (R1, A1) and D3 (R2, A2), each on its own day: two days of the three allowed.
        #expect(Set(days.map { "\($0["rep_id"]!) \(($0["doctor_ids"] as! [String]).joined())" }) == ["R1 D1", "R2 D3"])
        #expect(Set(days.map { $0["date"] as! String }).count == 2)
        let marked = (plan["visits"] as! [[String: Any]]).filter { $0["co_visit"] != nil }
        #expect(
            marked.map { "\($0["doctor_id"]!) \($0["date"]!) \($0["co_visit"]!)" }.sorted()
                == days.map { "\(($0["doctor_ids"] as! [String])[0]) \($0["date"]!) M1" }.sorted())

        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("plan.csv")).dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("Rep ID,Date,Seq,Hospital ID,Hospital,Doctor ID,Doctor,Department,Cell,Zone,Arrival,Departure,Tactic,Book by,Co-visit\r\n"))
        #expect(csv.components(separatedBy: ",M1\r\n").count == 3)
        let coVisits = String(decoding: try Data(contentsOf: out.appendingPathComponent("co_visits.csv")).dropFirst(3), as: UTF8.self)
        #expect(coVisits.hasPrefix("Manager ID,Manager,Date,Rep ID,Rep,Seq,Hospital ID,Hospital,Doctor ID,Doctor,Department,Cell,Score,Arrival,Departure\r\n"))
        #expect(coVisits.components(separatedBy: "\r\n").count == 4)
        let ics = try String(contentsOf: out.appendingPathComponent("manager-M1.ics"), encoding: .utf8)
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(ics.contains("SUMMARY:Co-visit with R1 陈思远\r\n") && ics.contains("SUMMARY:Co-visit with R2 李婷\r\n"))
        #expect(r.stdout.contains("\nManager M1 王建国 — co-visits 2026-12\n"))
        #expect(r.stdout.contains("Book by  Co-visit\n"))  // the reps' day tables get the column
        #expect(r.stdout.hasSuffix("2 of 3 co-visit days, 2 co-visited calls; 2 co-visits wanted.\n"))

        let c = try check(out.appendingPathComponent("plan.json"), f)
        #expect(c.stdout == "plan is valid: 19 visits, 2 reps, 2026-12.\n")
        #expect(c.status == 0)
    }

    @Test("a rep's calendar and plan --date say which calls the manager comes along to")
    func repCalendarNamesCoVisits() throws {
        let f = try Fixture(["reps.csv": Self.reps, "managers.csv": Self.managers(days: 3)])
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let ics = f.directory.appendingPathComponent("r1.ics")
        let e = try BuiltBinary.run([
            "export", "ics", "--rep", "R1", "--plan", out.appendingPathComponent("plan.json").path, "--territory", f.directory.path,
            "--out", ics.path,
        ])
        #expect(e.status == 0)
        let unfolded = try String(contentsOf: ics, encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        let marked = try (json(out.appendingPathComponent("plan.json"))["visits"] as! [[String: Any]]).filter {
            $0["rep_id"] as? String == "R1" && $0["co_visit"] as? String == "M1"
        }
        #expect(!marked.isEmpty)
        #expect(unfolded.components(separatedBy: "（与 王建国 协访）").count - 1 == marked.count)
        // plan --date shows it too, after the cell.
        let date = try #require(marked.first?["date"] as? String)
        let day = try BuiltBinary.run(["plan", "--date", date, "--plan", out.appendingPathComponent("plan.json").path, "--rep", "R1"])
        #expect(day.status == 0)
        #expect(day.stdout.contains(" 协访M1 "))
    }

    @Test("a manager's calendar from a re-plan: the revision as SEQUENCE, its date as DTSTAMP, and with --previous a dropped day cancelled under its old UID")
    func managerCalendarRevision() throws {
        let f = try Fixture(["reps.csv": Self.reps, "managers.csv": Self.managers(days: 3)])
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let first = try String(contentsOf: out.appendingPathComponent("manager-M1.ics"), encoding: .utf8)
        #expect(first.contains("SEQUENCE:0\r\n") && first.contains("DTSTAMP:20261201T000000Z\r\n"))
        // The rep of the manager's last co-visit day takes that day off: the re-plan drops the day.
        let days = (try json(out.appendingPathComponent("plan.json"))["managers"] as! [[String: Any]])[0]["days"] as! [[String: Any]]
        let last = try #require(days.last)
        let (date, rep) = (last["date"] as! String, last["rep_id"] as! String)
        try #require(date > "2026-12-04")
        try f.write("leave.csv", Data("rep_id,from,to\n\(rep),\(date),\(date)\n".utf8))
        let replan = f.directory.appendingPathComponent("replan")
        let rp = try BuiltBinary.run([
            "replan", "--plan", out.appendingPathComponent("plan.json").path, "--from", "2026-12-02", "--territory", f.directory.path,
            "--iterations", "200", "--out", replan.path,
        ])
        #expect(rp.status == 0)
        let ics = f.directory.appendingPathComponent("m1-replan.ics")
        let e = try BuiltBinary.run([
            "export", "ics", "--manager", "M1", "--plan", replan.appendingPathComponent("plan.json").path, "--previous",
            out.appendingPathComponent("plan.json").path, "--territory", f.directory.path, "--out", ics.path,
        ])
        #expect(e.status == 0)
        let text = try String(contentsOf: ics, encoding: .utf8)
        #expect(text.contains("SEQUENCE:1\r\n") && !text.contains("SEQUENCE:0\r\n"))
        #expect(text.contains("DTSTAMP:20261201T160000Z\r\n"))
        // The dropped day comes back cancelled, under the UID the phone already holds.
        let compact = date.replacingOccurrences(of: "-", with: "")
        func events(_ ics: String) -> [String] { Array(ics.components(separatedBy: "BEGIN:VEVENT").dropFirst()) }
        func uid(_ event: String) -> String? { event.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } }
        let dropped = try #require(events(first).first { $0.contains(":\(compact)T") })
        let cancelled = events(text).filter { $0.contains("STATUS:CANCELLED") }
        #expect(cancelled.count == 1)
        #expect(cancelled.first.flatMap(uid) == uid(dropped))
    }

    @Test("export ics --manager writes the same calendar as plan, from --plan; an unknown manager is a usage error with a suggestion")
    func exportManager() throws {
        let f = try Fixture(["reps.csv": Self.reps, "managers.csv": Self.managers(days: 3)])
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let ics = f.directory.appendingPathComponent("m1.ics")
        let e = try BuiltBinary.run([
            "export", "ics", "--manager", "M1", "--plan", out.appendingPathComponent("plan.json").path, "--territory", f.directory.path,
            "--out", ics.path, "--lang", "en",
        ])
        #expect(e.status == 0)
        #expect(e.stderr.hasSuffix("Wrote \(ics.path)\n2 events (one per co-visit day)\n"))
        #expect(try Data(contentsOf: ics) == Data(contentsOf: out.appendingPathComponent("manager-M1.ics")))
        let unknown = try BuiltBinary.run([
            "export", "ics", "--manager", "M2", "--plan", out.appendingPathComponent("plan.json").path, "--territory", f.directory.path, "--lang", "en",
        ])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("error: no manager \"M2\" in the territory's managers.csv; did you mean \"M1\"? (managers: M1)\n"))
        let both = try BuiltBinary.run(["export", "ics", "--manager", "M1", "--rep", "R1", "--territory", f.directory.path])
        #expect(both.status == 64 && both.stderr.hasPrefix("错误：--rep 和 --manager 只能给一个\n"))
    }

    @Test("check refuses a plan whose manager has more days than managers.csv now allows, or two reps on one day")
    func handEdited() throws {
        let f = try Fixture(["reps.csv": Self.reps, "managers.csv": Self.managers(days: 3)])
        let (out, r) = try plan(f)
        #expect(r.status == 0)
        let planURL = out.appendingPathComponent("plan.json")

        try f.write("managers.csv", Data(Self.managers(days: 1).utf8))
        let over = try check(planURL, f)
        #expect(over.status == 65)
        #expect(over.stdout == "manager M1 [co_visit_days]: 2 co-visit days; at most 1 a month (over by 1)\nplan is invalid: 1 violations (co_visit_days 1).\n")

        // Both days moved onto the first one's date: the manager would be with R1 and R2 at once.
        try f.write("managers.csv", Data(Self.managers(days: 3).utf8))
        var plan = try json(planURL)
        var managers = plan["managers"] as! [[String: Any]]
        var days = managers[0]["days"] as! [[String: Any]]
        let first = days[0]["date"] as! String
        days[1]["date"] = first
        managers[0]["days"] = days
        plan["managers"] = managers
        try JSONSerialization.data(withJSONObject: plan).write(to: planURL)
        let twice = try check(planURL, f)
        #expect(twice.status == 65)
        let second = days[1]["rep_id"] as! String
        let other = days[0]["rep_id"] as! String
        #expect(twice.stdout.contains("manager M1 rep \(second) \(first) [co_visit_place]: manager M1 is also with rep \(other) on \(first); one rep a day\n"))
        #expect(twice.stdout.contains("[co_visit_call]"))  // the moved call is not on that day of the rep's plan
    }

    @Test("every plan of a generated 20-rep district with four managers passes check; days within limits, only red doctors co-visited")
    func generatedDistrict() throws {
        let dir = try TestScratch.folder("covisit-d20")
        for (name, text) in DistrictGenerator(reps: 20, seed: 1, year: 2026, month: 12).files() {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        let out = dir.appendingPathComponent("plans")
        let r = try BuiltBinary.run([
            "plan", "--territory", dir.path, "--month", "2026-12", "--seed", "1", "--iterations", "100", "--out", out.path, "--format", "json",
        ])
        #expect(r.status == 0)
        let plan = try json(out.appendingPathComponent("plan.json"))
        let managers = plan["managers"] as! [[String: Any]]
        #expect(managers.map { $0["manager_id"] as! String } == ["M01", "M02", "M03", "M04"])
        for m in managers {
            let days = m["days"] as! [[String: Any]]
            #expect(days.count == 8)  // every manager has more red doctors than 8 days can hold
            #expect(Set(days.map { $0["date"] as! String }).count == days.count)
        }
        let marked = (plan["visits"] as! [[String: Any]]).filter { $0["co_visit"] != nil }
        #expect(!marked.isEmpty && marked.allSatisfy { $0["zone"] as? String == "red" })
        let c = try BuiltBinary.run(["check", out.appendingPathComponent("plan.json").path, "--lang", "en"])
        #expect(c.stdout.hasPrefix("plan is valid: "))
        #expect(c.status == 0)
    }
}
