import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory report --rep ID --manager ID`: a report of only some reps, said in its header; unknown ids refused
/// before anything is planned or written.
@Suite("HTML report of some reps")
struct ReportSelectionTests {
    /// R1 reports to M1, R2 to M2.
    static let reps = "rep_id,name,latitude,longitude,manager_id\nR1,陈思远,31.2200,121.4500,M1\nR2,李婷,31.1000,121.4200,M2\n"
    static let managers = "manager_id,name,latitude,longitude,co_visit_days\nM1,王建国,31.2304,121.4737,2\nM2,赵敏,31.2304,121.4737,2\n"

    static func territory() throws -> Fixture {
        try Fixture(["doctors.csv": ReportFixture.doctors, "reps.csv": reps, "managers.csv": managers])
    }

    /// Runs `report` on the fixture into a fresh folder; the status, stderr and the HTML (nil when none was written).
    static func report(_ extra: [String], territory: Fixture? = nil) throws -> (status: Int32, stderr: String, html: String?) {
        let fixture = try territory ?? Self.territory()
        let out = try ReportFixture.temporaryDirectory()
        let file = out.appendingPathComponent("report.html")
        let r = ReportFixture.run(
            ["report", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--out", file.path] + ReportFixture.effort + extra,
            in: out)
        let html = FileManager.default.fileExists(atPath: file.path) ? try ReportFixture.read(file) : nil
        return (r.status, r.stderr, html)
    }

    @Test("--rep reports only that rep: its pages, its row, its doctors, and a header naming it")
    func oneRep() throws {
        let r = try Self.report(["--rep", "R2"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try #require(r.html)
        #expect(html.contains("<h2>R2 李婷 — 2026-10</h2>"))
        #expect(!html.contains("<h2>R1 "))
        #expect(!html.contains(">R1</a>"))
        #expect(html.contains("<p class=\"scope\">本报告只含 1 位代表：R2 李婷。</p>"))
        // The district counts R2's doctors only: D3 and D4.
        #expect(html.contains("<p class=\"meta\">1 位代表 · 2 位医生 · "))
    }

    @Test("--manager reports the manager's reps, and --rep and --manager add up, each rep once")
    func manager() throws {
        let m = try Self.report(["--manager", "M1", "--lang", "en"])
        #expect(m.status == 0, "\(m.stderr)")
        let html = try #require(m.html)
        #expect(html.contains("<h2>R1 陈思远 — 2026-10</h2>") && !html.contains("<h2>R2 "))
        #expect(html.contains("<p class=\"scope\">This report covers 1 of the reps only: R1 陈思远 (with the reps of manager M1 王建国).</p>"))
        let both = try Self.report(["--rep", "R2", "--manager", "M1,M2", "--rep", "R2"])
        #expect(both.status == 0, "\(both.stderr)")
        let two = try #require(both.html)
        #expect(two.contains("<p class=\"scope\">本报告只含 2 位代表：R2 李婷、R1 陈思远（含经理 M1 王建国、M2 赵敏 的代表）。</p>"))
        #expect(two.components(separatedBy: "<section class=\"rep\"").count - 1 == 2)
    }

    @Test("Planning only the selected reps and narrowing plan.json of every rep give the same bytes")
    func planFileAgrees() throws {
        let fixture = try Self.territory()
        let fresh = try Self.report(["--rep", "R2"], territory: fixture)
        let cwd = try ReportFixture.temporaryDirectory()
        let p = ReportFixture.run(
            ["plan", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--out", cwd.path] + ReportFixture.effort, in: cwd)
        #expect(p.status == 0, "\(p.stderr)")
        let file = cwd.appendingPathComponent("r2.html")
        let r = ReportFixture.run(
            [
                "report", "--territory", fixture.directory.path, "--plan", cwd.appendingPathComponent("plan.json").path, "--rep", "R2",
                "--out", file.path,
            ], in: cwd)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try ReportFixture.read(file) == fresh.html)
    }

    @Test(
        "An unknown rep or manager is refused with the closest id and the list, exit 64, nothing written",
        arguments: [
            (["--rep", "R3"], "error: unknown rep \"R3\"; did you mean \"R1\"? (reps: R1, R2)\n"),
            (["--rep", "R1,X9"], "error: unknown rep \"X9\" (reps: R1, R2)\n"),
            (["--manager", "M3"], "error: unknown manager \"M3\"; did you mean \"M1\"? (managers: M1, M2)\n"),
        ])
    func unknownIDs(arguments: [String], message: String) throws {
        let r = try Self.report(arguments + ["--lang", "en"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix(message))
        #expect(r.stderr.contains("\nusage: territory report "))
        #expect(!r.stderr.contains("正在规划"))
        #expect(r.html == nil)
    }

    @Test("Without --lang the refusal is Chinese")
    func unknownManagerInChinese() throws {
        let r = try Self.report(["--manager", "M3"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("错误：未知经理 \"M3\"；是不是 \"M1\"？（经理：M1, M2）\n"), "\(r.stderr)")
    }

    @Test("A manager no rep reports to, and a rep missing from --plan, are refused")
    func emptyManagerAndShortPlan() throws {
        let managers = Self.managers + "M3,孙,31.2,121.4,1\n"
        let fixture = try Fixture(["doctors.csv": ReportFixture.doctors, "reps.csv": Self.reps, "managers.csv": managers])
        let m = try Self.report(["--manager", "M3", "--lang", "en"], territory: fixture)
        #expect(m.status == 64)
        #expect(m.stderr.hasPrefix("error: no rep reports to manager \"M3\" (孙) in reps.csv's manager_id\n"))

        let cwd = try ReportFixture.temporaryDirectory()
        let p = ReportFixture.run(
            ["plan", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--rep", "R1", "--out", cwd.path] + ReportFixture.effort,
            in: cwd)
        #expect(p.status == 0, "\(p.stderr)")
        let r = ReportFixture.run(
            ["report", "--territory", fixture.directory.path, "--plan", cwd.appendingPathComponent("plan.json").path, "--rep", "R2", "--lang", "en"], in: cwd)
        #expect(r.status == 64)
        #expect(r.stderr.contains("error: no rep \"R2\" in the plan; did you mean \"R1\"? (reps: R1)\n"))
    }
}
