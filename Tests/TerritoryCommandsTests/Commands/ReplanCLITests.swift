import Foundation
import TerritoryPlanner
import TestSupport
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// The month as it happens, end to end through the built binaries, on a generated one-rep district
/// (`territory-bench generate --reps 1 --seed 1`, 27 doctors, December 2026, a small effort):
/// plan → log the first week (some red calls cancelled, one not met) and lose its last planned day to a
/// meeting (leave.csv, no calls that day) → progress → replan from 12-08 with two days frozen → check →
/// export ics again.
@Suite("territory replan: the plan → calls → progress / replan loop", .serialized)
struct ReplanCLITests {
    static let iterations = "300"

    /// The district, its first plan and the calls, made once for the suite.
    final class Loop: @unchecked Sendable {
        let root: URL
        var territory: URL { root.appendingPathComponent("district") }
        var oldPlan: URL { root.appendingPathComponent("p0/plan.json") }
        var newPlan: URL { root.appendingPathComponent("p1/plan.json") }
        /// Lines of calls.csv written: (date, doctor, status).
        var calls: [(String, String, String)] = []
        /// The day lost to a meeting: the last planned day up to 12-04.
        var lostDay = ""
        var replan: BuiltBinary.Result?

        init() throws {
            root = try TestScratch.folder("replan")
            let bench = BuiltExecutable(named: "territory-bench")
            let g = try bench.run(["generate", "--reps", "1", "--seed", "1", "--out", territory.path])
            guard g.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            let p = try BuiltBinary.run([
                "plan", "--territory", territory.path, "--month", "2026-12", "--iterations", ReplanCLITests.iterations,
                "--out", root.appendingPathComponent("p0").path,
            ])
            guard p.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            // The first week as logged: every third red call cancelled, the second call not cancelled
            // not met (whatever its zone: a generated week may hold one blue or yellow call or none),
            // the rest done.
            let plan = try PlanFile.read(oldPlan)
            lostDay = plan.visits.filter { $0.date.day <= 4 }.map(\.date.description).max() ?? ""
            var red = 0
            var kept = 0
            for e in plan.visitEntries where e.visit.date.day <= 4 && e.visit.date.description != lostDay {
                var status = "done"
                if e.zone == "red" { red += 1 }
                if e.zone == "red" && red % 3 == 0 {
                    status = "cancelled"
                } else {
                    kept += 1
                    if kept == 2 { status = "not_met" }
                }
                calls.append((e.visit.date.description, e.visit.doctorID, status))
            }
            let csv = "rep_id,date,doctor_id,status,note\n" + calls.map { "S001,\($0.0),\($0.1),\($0.2),\n" }.joined()
            try Data(csv.utf8).write(to: territory.appendingPathComponent("calls.csv"))
            try Data("rep_id,from,to\nS001,\(lostDay),\(lostDay)\n".utf8).write(to: territory.appendingPathComponent("leave.csv"))
        }

        func runReplan() throws -> BuiltBinary.Result {
            if let replan { return replan }
            let r = try BuiltBinary.run([
                "replan", "--territory", territory.path, "--plan", oldPlan.path, "--from", "2026-12-08",
                "--iterations", ReplanCLITests.iterations, "--out", root.appendingPathComponent("p1").path,
            ])
            replan = r
            return r
        }
    }

    static let loop = Result { try Loop() }

    @Test("replan --help explains the three parts of the month; --plan and --from are required (exit 64)")
    func help() throws {
        let h = try BuiltBinary.run(["replan", "--help", "--lang", "en"])
        #expect(h.status == 0)
        #expect(h.stdout.hasPrefix("territory replan: re-plan the rest of the month from a date\n\nusage: territory replan "))
        for word in ["history", "frozen", "open", "--freeze N", "--calls FILE", "EXIT CODES: 0 ok, 64"] { #expect(h.stdout.contains(word), "\(word)") }
        #expect(
            try BuiltBinary.run(["--help", "--lang", "en"]).stdout.contains(
                "\n  replan    Re-plan the rest of the month from a date: history and the next days kept, the rest re-optimised\n"))
        let noFrom = try BuiltBinary.run(["replan", "--plan", "plan.json", "--lang", "en"])
        #expect(noFrom.status == 64)
        #expect(noFrom.stderr.hasPrefix("error: missing --from DATE: the first day that is not history yet, e.g. 2026-12-10\nusage: territory replan "))
        let badFreeze = try BuiltBinary.run(["replan", "--plan", "plan.json", "--from", "2026-12-10", "--freeze", "-1", "--lang", "en"])
        #expect(badFreeze.status == 64)
        #expect(badFreeze.stderr.hasPrefix("error: invalid --freeze \"-1\"; expected a whole number of working days ≥ 0\n"))
        let missing = try BuiltBinary.run(["replan", "--plan", "/nonexistent/plan.json", "--from", "2026-12-10"])
        #expect(missing.status == 66)
    }

    @Test("progress counts the logged week exactly as the calls say (independent count)")
    func progress() throws {
        let loop = try Self.loop.get()
        let r = try BuiltBinary.run([
            "progress", "--territory", loop.territory.path, "--plan", loop.oldPlan.path, "--as-of", "2026-12-04",
            "--format", "json",
        ])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["done"] as? Int == loop.calls.filter { $0.2 == "done" }.count)
        #expect(total["cancelled"] as? Int == loop.calls.filter { $0.2 == "cancelled" }.count)
        #expect(total["not_met"] as? Int == loop.calls.filter { $0.2 == "not_met" }.count)
        #expect(loop.calls.contains { $0.2 == "cancelled" } && loop.calls.contains { $0.2 == "not_met" })
    }

    @Test("replan keeps history and the frozen days byte for byte, and check accepts the new plan")
    func frozenAndChecked() throws {
        let loop = try Self.loop.get()
        let r = try loop.runReplan()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("自 2026-12-08 起重新规划：冻结 2 个工作日；自 2026-12-10 起重新优化\n"))
        let old = try PlanFile.read(loop.oldPlan)
        let new = try PlanFile.read(loop.newPlan)
        let cut = try #require(CalendarDate(parsing: "2026-12-10"))
        #expect(new.visitEntries.filter { $0.visit.date < cut } == old.visitEntries.filter { $0.visit.date < cut })
        // plan.csv rows of those days are the same bytes too.
        let oldRows = try String(contentsOf: loop.oldPlan.deletingLastPathComponent().appendingPathComponent("plan.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").filter { $0.contains(",2026-12-0") }
        let newRows = try String(contentsOf: loop.newPlan.deletingLastPathComponent().appendingPathComponent("plan.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").filter { $0.contains(",2026-12-0") }
        #expect(!oldRows.isEmpty && newRows == oldRows)
        #expect(new.replan?.revision == 1 && new.replan?.openFrom == cut && new.replan?.freeze == 2)
        // The lost day's visits and the cancelled and not-met calls are the visits not done.
        let lost = old.visits.filter { $0.date.description == loop.lostDay }.count
        #expect(lost > 0)
        #expect(new.replan?.notDone.count == lost + loop.calls.filter { $0.2 != "done" }.count)

        let check = try BuiltBinary.run(["check", loop.newPlan.path, "--territory", loop.territory.path])
        #expect(check.status == 0, "\(check.stdout)")
        // The old plan, judged against the new leave, is not valid: the lost day has visits.
        let stale = try BuiltBinary.run(["check", loop.oldPlan.path, "--territory", loop.territory.path])
        #expect(stale.status == 65 && stale.stdout.contains("[leave]"))
    }

    @Test("missed red visits are rescheduled: every red doctor has its 8 real visits again")
    func missedRed() throws {
        let loop = try Self.loop.get()
        _ = try loop.runReplan()
        let new = try PlanFile.read(loop.newPlan)
        let record = try #require(new.replan)
        let real = record.realDates(repID: "S001", visits: new.visits)
        let red = Set(new.visitEntries.filter { $0.zone == "red" }.map(\.visit.doctorID))
        let missedRed = Set(loop.calls.filter { $0.2 == "cancelled" }.map(\.1)).intersection(red)
        #expect(!missedRed.isEmpty)
        for id in red { #expect(real[id]?.count == 8, "red doctor \(id)") }
        #expect(new.unplaced.isEmpty)
    }

    @Test("a re-plan with nothing logged and nothing lost keeps (nearly) every open visit on its day")
    func minimalChange() throws {
        let loop = try Self.loop.get()
        let quiet = loop.root.appendingPathComponent("quiet")
        try FileManager.default.createDirectory(at: quiet, withIntermediateDirectories: true)
        for name in ["hospitals.csv", "doctors.csv", "reps.csv"] {
            try FileManager.default.copyItem(at: loop.territory.appendingPathComponent(name), to: quiet.appendingPathComponent(name))
        }
        let r = try BuiltBinary.run([
            "replan", "--territory", quiet.path, "--plan", loop.oldPlan.path, "--from", "2026-12-08", "--lang", "en",
            "--iterations", Self.iterations, "--out", loop.root.appendingPathComponent("pq").path,
        ])
        #expect(r.status == 0)
        let old = try PlanFile.read(loop.oldPlan)
        let new = try PlanFile.read(loop.root.appendingPathComponent("pq/plan.json"))
        let changes = VisitChanges(repID: "S001", before: old.visits.filter { $0.date.day >= 8 }, after: new.visits.filter { $0.date.day >= 8 })
        let open = old.visits.filter { $0.date.day >= 8 }.count
        #expect(changes.kept * 10 >= open * 9, "kept \(changes.kept) of \(open)")
        #expect(r.stdout.contains("Rep   Name"))
    }

    @Test("the same inputs and seed give the same plan.json; the --plan file is never overwritten")
    func deterministicAndSafe() throws {
        let loop = try Self.loop.get()
        _ = try loop.runReplan()
        let again = loop.root.appendingPathComponent("p2")
        let r = try BuiltBinary.run([
            "replan", "--territory", loop.territory.path, "--plan", loop.oldPlan.path, "--from", "2026-12-08",
            "--iterations", Self.iterations, "--out", again.path,
        ])
        #expect(r.status == 0)
        #expect(try Data(contentsOf: again.appendingPathComponent("plan.json")) == (try Data(contentsOf: loop.newPlan)))
        let before = try Data(contentsOf: loop.oldPlan)
        let onto = try BuiltBinary.run([
            "replan", "--territory", loop.territory.path, "--plan", loop.oldPlan.path, "--from", "2026-12-08",
            "--out", loop.oldPlan.deletingLastPathComponent().path, "--lang", "en",
        ])
        #expect(onto.status == 64)
        #expect(
            onto.stderr.hasPrefix(
                "error: --out \(loop.oldPlan.deletingLastPathComponent().path) would overwrite \(loop.oldPlan.path), which this command reads"))
        #expect(try Data(contentsOf: loop.oldPlan) == before)
    }

    @Test("the re-plan's calendar keeps the UIDs of unchanged stops and cancels the stops that are gone")
    func calendarSurvives() throws {
        let loop = try Self.loop.get()
        _ = try loop.runReplan()
        let setup = try TerritoryLoader.load(directory: loop.territory).territory
        func plan(_ url: URL) throws -> MonthPlan {
            try PlanFile.read(url).monthPlan(
                territory: setup, workingDays: WorkCalendar.weekdays.workingDays(in: YearMonth(parsing: "2026-12")!),
                leave: [], travel: TravelModel(rules: setup.rules))
        }
        let old = VisitCalendar(plan: try plan(loop.oldPlan), territory: setup, repID: "S001", language: .zh)
        var new = VisitCalendar(plan: try plan(loop.newPlan), territory: setup, repID: "S001", language: .zh)
        new.previous = old.plan
        new.revision = 1
        // A stop whose calls are the same (doctors, times) has the same UID in both calendars: every
        // stop of the history and frozen days, and those the re-plan left alone.
        func key(_ s: HospitalStop) -> String { s.visits.map { "\($0.date) \($0.doctorID) \($0.arrival)" }.joined(separator: ";") }
        let oldByKey = Dictionary(uniqueKeysWithValues: zip(old.stops.map(key), old.uids))
        var same = 0
        for (stop, uid) in zip(new.stops, new.uids) {
            if let u = oldByKey[key(stop)] {
                #expect(u == uid)
                same += 1
            }
        }
        let kept = old.stops.filter { $0.date.day < 10 }.count
        #expect(kept > 0 && same >= kept)
        // Cancelled: exactly the old UIDs that are gone, with STATUS:CANCELLED and SEQUENCE:1.
        let gone = Set(old.uids).subtracting(new.uids)
        let ics = new.render()
        #expect(ics.components(separatedBy: "STATUS:CANCELLED\r\n").count - 1 == gone.count)
        #expect(!ics.contains("SEQUENCE:0\r\n") && ics.contains("SEQUENCE:1\r\n"))
        #expect(ics == new.render())

        // Through the binary: --previous, --remind and --booking-reminders.
        let out = loop.root.appendingPathComponent("S001.ics")
        let r = try BuiltBinary.run([
            "export", "ics", "--territory", loop.territory.path, "--rep", "S001", "--plan", loop.newPlan.path,
            "--previous", loop.oldPlan.path, "--remind", "30", "--out", out.path,
        ])
        #expect(r.status == 0)
        #expect(r.stderr.hasSuffix("\(new.stops.count) 个日程（每个医院停留一个），\(gone.count) 个已取消\n"))
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n") && text.contains("TRIGGER:-PT30M\r\n"))
        #expect(text.contains("LAST-MODIFIED:20261207T160000Z\r\n"))
    }
}
