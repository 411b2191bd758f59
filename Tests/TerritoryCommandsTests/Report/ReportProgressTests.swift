import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory report` with calls: the month so far per rep, and each rep's doctors at risk, as `territory progress` counts them.
@Suite("HTML report: progress")
struct ReportProgressTests {
    /// The report of the progress fixture's plan (R1 and R2), as of 2026-12-10.
    static func report(_ extra: [String] = []) throws -> (html: String, run: ReportFixture.Run) {
        let f = try ProgressCLIFixture.territory(planReps: ["R1", "R2"])
        let out = f.directory.appendingPathComponent("report.html")
        let r = ReportFixture.run(
            ["report", "--territory", f.directory.path, "--plan", "plans/2026-12/plan.json", "--out", out.path] + extra,
            in: f.directory)
        #expect(r.status == 0, "\(r.stderr)")
        return (try ReportFixture.read(out), r)
    }

    @Test("The overview has one progress row per rep and a total, with the numbers of territory progress")
    func overview() throws {
        let html = try Self.report(["--as-of", "2026-12-10"]).html
        func cells(_ values: [String]) -> String { values.map { "<td class=\"num\">\($0)</td>" }.joined() }
        #expect(html.contains("<h3>本月进度（截至 2026-12-10）</h3>\n<div class=\"wide\"><table class=\"reps\">\n"))
        #expect(
            html.contains(
                "<tr><td><a href=\"#rep-0\">R1</a></td><td>陈思远</td>"
                    + cells(["8/23", "9", "9", "3", "1", "1", "6", "6", "33.3%", "95.8%", "0"]) + "</tr>\n"))
        #expect(
            html.contains(
                "<tr><td><a href=\"#rep-1\">R2</a></td><td>李婷</td>"
                    + cells(["8/23", "10", "0", "2", "0", "0", "8", "0", "20.0%", "57.5%"]) + "<td class=\"num warn\">1</td></tr>\n"))
        #expect(
            html.contains(
                "<tr><th colspan=\"3\">合计</th>"
                    + cells(["19", "9", "5", "1", "1", "14", "6", "26.3%", "75.7%"]) + "<td class=\"num warn\">1</td></tr>\n</table></div>\n"))
    }

    @Test("Each rep's pages list the doctors at risk with why, or say there are none")
    func atRisk() throws {
        let html = try Self.report(["--as-of", "2026-12-10"]).html
        #expect(
            html.contains(
                "<tr><td class=\"nw\">D3</td><td class=\"nw\">张敏</td><td>瑞金医院</td><td>A2</td><td>红区</td><td class=\"num\">1/8</td><td>2026-12-02</td>"
                    + "<td>最迟应在 2026-12-08 拜访（间隔至多 4 个工作日）</td></tr>\n"))
        #expect(html.components(separatedBy: "没有风险医生：剩余拜访都还排得下。").count == 2)  // R1 only
    }

    @Test("An --as-of outside the plan's month is a usage error")
    func asOfOutside() throws {
        let f = try ProgressCLIFixture.territory()
        let r = ReportFixture.run(
            [
                "report", "--territory", f.directory.path, "--plan", "plans/2026-12/plan.json", "--as-of", "2026-11-30",
                "--out", f.directory.appendingPathComponent("r.html").path, "--lang", "en",
            ], in: f.directory)
        #expect(r.status == 64)
        #expect(r.stderr.contains("error: --as-of 2026-11-30 is outside 2026-12; give a day of 2026-12\n"))
    }

    @Test("Without calls.csv, --calls or --as-of the report has no progress section")
    func noCalls() throws {
        let (html, _, _) = try ReportTests.report()
        #expect(!html.contains("本月进度"))
    }
}
