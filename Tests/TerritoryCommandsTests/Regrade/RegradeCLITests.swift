import Foundation
import TestSupport
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory regrade` through the built binary on the small fixture: exact table, CSV and refusals; and the
/// re-grade in `territory report --before`.
@Suite("territory regrade on the command line", .serialized)
struct RegradeCLITests {
    /// The month-end copy of the fixture: D1 A1 → A3 (red falls back), D2 gone, D3 R2 → R1 (same cell A2),
    /// D4 B3 → B1 (yellow moves up), D7 new in C1 with a formula for a name.
    static let afterDoctors = """
        doctor_id,hospital_id,name,department,title,behaviour,monthly_units,rep_id
        D1,H1,王芳,心内科,主治医师,竞品,120,R1
        D3,H1,张敏,心内科,主任医师,次选,80,R1
        D4,H3,赵磊,内分泌科,副主任医师,首选,40,R2
        D7,H2,"=HYPERLINK(""x"")",全科,医师,首选,5,R2

        """

    /// Runs `territory regrade` in the scratch folder both fixtures are in, naming them relatively.
    static func regrade(_ extra: [String]) throws -> (BuiltBinary.Result, before: Fixture, after: Fixture) {
        let before = try Fixture()
        let after = try Fixture(["doctors.csv": afterDoctors])
        let r = try BuiltBinary.run(
            ["regrade", "--before", before.directory.lastPathComponent, "--after", after.directory.lastPathComponent] + extra,
            in: before.directory.deletingLastPathComponent())
        return (r, before, after)
    }

    @Test("the table of one rep: matrix with not listed, zones, visits, and the doctors that moved, the one who changed rep said so")
    func table() throws {
        let (r, before, after) = try Self.regrade(["--rep", "R2", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stderr == "warning: 1 hospital has no annual revenue; its tier follows the level alone (H2)\n")
        let zeros = "  0   0   0   0   0   0   0   0   0           0"
        #expect(
            r.stdout == """
                Before: \(before.directory.lastPathComponent) (4 doctors)
                After: \(after.directory.lastPathComponent) (4 doctors)

                R2 李婷: 2 doctors before, 2 after; 3 changed cell (entering and leaving included), 1 changed rep
                before＼after  A1  A2  A3  B1  B2  B3  C1  C2  C3  not listed  Total
                A1            \(zeros)      0
                A2              0   0   0   0   0   0   0   0   0           1      1
                A3            \(zeros)      0
                B1            \(zeros)      0
                B2            \(zeros)      0
                B3              0   0   0   1   0   0   0   0   0           0      1
                C1            \(zeros)      0
                C2            \(zeros)      0
                C3            \(zeros)      0
                not listed      0   0   0   0   0   0   1   0   0           0      1
                Total           0   0   0   1   0   0   1   0   0           1      3
                Zone         Before  After  Stayed  From other zones  To other zones  Entered  Left  Visits before  Visits after
                Red zone          1      1       0                 1               0        0     1              8             8
                Yellow zone       1      0       0                 0               1        0     0              2             0
                Blue zone         0      1       0                 0               0        1     0              0             1
                Visits next month: 7 added, 8 removed, net -1 (10 → 9 a month)
                Doctor ID  Name             Hospital                Rep before  Rep after  Cell before  Cell after  Zone before  Zone after  Visits before  Visits after  Change
                D3         张敏             瑞金医院                R2          R1         A2           not listed  Red zone     not listed              8             0      -8
                D4         赵磊             第五人民医院            R2          R2         B3           B1          Yellow zone  Red zone                2             8      +6
                D7         =HYPERLINK("x")  社区卫生服务中心, 徐汇  not listed  R2         not listed   C1          not listed   Blue zone               0             1      +1


                """)
    }

    @Test("in Chinese by default; the total matches doctors by id, so the rep change is no cell change there")
    func chineseTotal() throws {
        let (r, _, _) = try Self.regrade([])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\nR1 陈思远：之前 2 位医生，之后 2 位；级别变化 3 位（含新增、移出），换代表 1 位\n之前＼之后  A1  A2  A3  B1  B2  B3  C1  C2  C3  未列入  合计\n"))
        #expect(r.stdout.contains("\n合计（2 位代表，按医生编号匹配）：之前 4 位医生，之后 4 位；级别变化 4 位（含新增、移出），换代表 1 位\n"))
        #expect(r.stdout.contains("\n红区     2     2     1           1         1     0     0        16        16\n"))
        #expect(r.stdout.hasSuffix("下月拜访：增加 7 次，减少 5 次，净 +2 次（每月 19 → 21 次）\n"))
    }

    @Test("csv: the district's doctors that moved, UTF-8 with BOM, the formula neutralised, visits added and removed as plain numbers")
    func csv() throws {
        let (r, _, _) = try Self.regrade(["--format", "csv"])
        #expect(r.status == 0)
        #expect(
            r.stdout == "\u{FEFF}医生编号,姓名,医院,原代表,现代表,原级别,新级别,原区,新区,原每月拜访,新每月拜访,增加拜访,减少拜访\r\n"
                + "D1,王芳,瑞金医院,R1,R1,A1,A3,红区,黄区,8,4,0,4\r\n"
                + "D3,张敏,瑞金医院,R2,R1,A2,A2,红区,红区,8,8,0,0\r\n"
                + "D2,李强,\"社区卫生服务中心, 徐汇\",R1,未列入,C3,未列入,蓝区,未列入,1,0,0,1\r\n"
                + "D4,赵磊,第五人民医院,R2,R2,B3,B1,黄区,红区,2,8,6,0\r\n"
                + "D7,\"'=HYPERLINK(\"\"x\"\")\",\"社区卫生服务中心, 徐汇\",未列入,R2,未列入,C1,未列入,蓝区,0,1,1,0\r\n")
    }

    @Test("a grade JSON as the earlier snapshot gives the same movement; --out writes it and says so")
    func gradeJSON() throws {
        let before = try Fixture()
        let after = try Fixture(["doctors.csv": Self.afterDoctors])
        let grades = before.directory.appendingPathComponent("grades.json")
        #expect(try BuiltBinary.run(["grade", "--territory", before.directory.path, "--format", "json", "--out", grades.path]).status == 0)
        let fromFolder = try BuiltBinary.run(["regrade", "--before", before.directory.path, "--after", after.directory.path, "--format", "json"])
        let out = after.directory.appendingPathComponent("regrade.json")
        let fromFile = try BuiltBinary.run([
            "regrade", "--before", grades.path, "--after", after.directory.path, "--format", "json", "--out", out.path,
        ])
        #expect(fromFile.status == 0)
        #expect(fromFile.stderr.hasSuffix("已写入 \(out.path)：月末重新分级（5 位医生级别变化）\n"))
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.components(separatedBy: "\"reps\"").last == fromFolder.stdout.components(separatedBy: "\"reps\"").last)
        #expect(written.contains("\"rep_changed\": true"))
    }

    @Test(
        "bad input: exit codes and messages like the other loaders",
        arguments: [
            (
                "plan.json", "{\n  \"month\": \"2026-12\",\n  \"visits\": []\n}\n", 65,
                "plan.json:1:1: error: is not a grade output: expected a JSON array of doctors (this looks like a plan.json); give the file `territory grade --format json` wrote (a JSON array of doctors)\n1 error in plan.json; nothing was compared\n"
            ),
            (
                "g.json",
                "[{\"doctor_id\": \"D1\", \"rep_id\": \"R1\", \"cell\": \"A9\", \"zone\": \"red\", \"visits_per_month\": 8},\n {\"doctor_id\": \"D1\"}]", 65,
                "g.json:1:46: error: [0].cell: \"A9\" is not a cell A1 … C3\n"
                    + "g.json:2:2: error: [1]: rep_id is missing\ng.json:2:2: error: [1]: cell is missing\ng.json:2:2: error: [1]: zone is missing\n"
                    + "g.json:2:2: error: [1]: visits_per_month is missing\ng.json:2:16: error: [1].doctor_id: doctor \"D1\" is listed twice (first at line 1); keep one entry per doctor\n6 errors in g.json; nothing was compared\n"
            ),
            (
                "ids.json",
                "[{\"doctor_id\": \"D\\u0000X\", \"rep_id\": \" \", \"cell\": \"A1\", \"zone\": \"red\", \"visits_per_month\": 8}]", 65,
                "ids.json:1:16: error: [0].doctor_id: \"D<U+0000>X\" holds the invisible character <U+0000>; delete it (ids are matched exactly as written)\n"
                    + "ids.json:1:38: error: [0].rep_id: is empty; write the rep_id as the territory's files do\n2 errors in ids.json; nothing was compared\n"
            ),
            (
                "broken.json", "[{\"doctor_id\": ", 65,
                "broken.json:1:16: error: is not valid JSON: the file ends early: unexpected end of file; a value was expected; give the file `territory grade --format json` wrote (a JSON array of doctors)\n1 error in broken.json; nothing was compared\n"
            ),
        ] as [(String, String, Int32, String)])
    func badGrades(name: String, text: String, status: Int32, stderr: String) throws {
        let after = try Fixture()
        try after.write(name, Data(text.utf8))
        let r = try BuiltBinary.run(["regrade", "--before", name, "--after", ".", "--lang", "en"], in: after.directory)
        #expect(r.status == status)
        #expect(r.stderr == stderr)
        #expect(r.stdout == "")
    }

    @Test("an earlier snapshot that lists no doctors is compared, with a warning that everyone entered")
    func emptySnapshot() throws {
        let after = try Fixture()
        try after.write("empty.json", Data("[]".utf8))
        let r = try BuiltBinary.run(["regrade", "--before", "empty.json", "--after", ".", "--lang", "en"], in: after.directory)
        #expect(r.status == 0)
        #expect(
            r.stderr.hasPrefix(
                "empty.json:1:1: warning: lists no doctors: every doctor of the other snapshot counts as entered or left; give the grade output of the earlier month\n"
            ))
        let zh = try BuiltBinary.run(["regrade", "--before", "empty.json", "--after", "."], in: after.directory)
        #expect(zh.stderr.hasPrefix("empty.json:1:1: 警告：没有列出任何医生"))
    }

    @Test("missing snapshot 66, a file as --after, a missing option, an unknown rep and an --out over an input 64")
    func refusals() throws {
        let f = try Fixture()
        let dir = f.directory
        let missing = try BuiltBinary.run(["regrade", "--before", "nope.json", "--after", ".", "--lang", "en"], in: dir)
        #expect(missing.status == 66)
        #expect(
            missing.stderr.hasPrefix("nope.json: error: --before: no such file or folder; give a territory folder or a `territory grade --format json` file\n"))
        let file = try BuiltBinary.run(["regrade", "--before", ".", "--after", "doctors.csv", "--lang", "en"], in: dir)
        #expect(file.status == 64)
        #expect(file.stderr.contains("doctors.csv: error: --after: is a file, not a territory folder; give a territory folder\nusage: territory regrade "))
        let none = try BuiltBinary.run(["regrade", "--before", ".", "--lang", "en"], in: dir)
        #expect(none.status == 64)
        #expect(none.stderr.hasPrefix("error: --after DIR is required\nusage: territory regrade "))
        let rep = try BuiltBinary.run(["regrade", "--before", ".", "--after", ".", "--rep", "R3", "--lang", "en"], in: dir)
        #expect(rep.status == 64)
        #expect(rep.stderr.contains("error: unknown rep \"R3\"; did you mean \"R1\"? (reps: R1, R2)\n"))
        let over = try BuiltBinary.run(["regrade", "--before", ".", "--after", ".", "--out", "doctors.csv", "--lang", "en"], in: dir)
        #expect(over.status == 64)
        #expect(over.stderr.contains("error: --out doctors.csv would overwrite the territory's input file doctors.csv; write somewhere else\n"))
        try f.write("g.json", Data("[]".utf8))
        let readInput = try BuiltBinary.run(["regrade", "--before", "g.json", "--after", ".", "--out", "g.json", "--lang", "en"], in: dir)
        #expect(readInput.status == 64)
        #expect(readInput.stderr.contains("error: --out g.json would overwrite g.json, which this command reads; write somewhere else\n"))
    }

    @Test("--help describes the command; territory --help lists it")
    func help() throws {
        let r = try BuiltBinary.run(["regrade", "--help", "--lang", "en"])
        #expect(r.status == 0)
        #expect(
            r.stdout.hasPrefix(
                "territory regrade: the month-end re-grade (每月客户分级调整) between two snapshots\n\nusage: territory regrade --before DIR_OR_GRADES --after DIR [--lang zh|en] [--rep ID] [--format table|csv|json] [--out FILE]\n"
            ))
        let all = try BuiltBinary.run(["--help", "--lang", "en"])
        #expect(all.stdout.contains("  regrade   Month-end re-grade: cell and zone movements between two snapshots (table, CSV or JSON)\n"))
    }

    @Test("report --before: the district's movement, and in coaching yellow doctors moved up and red ones fallen back, escaped")
    func report() throws {
        // Before: the script-named D5 (A1 now) was A3, and D4 (B3 now) was B1.
        let beforeDoctors = ReportFixture.doctors.replacingOccurrences(of: "主任医师,首选,60,R1", with: "主任医师,竞品,60,R1")
            .replacingOccurrences(of: "D4,H3,赵磊,内分泌科,副主任医师,3,40,R2", with: "D4,H3,赵磊,内分泌科,副主任医师,1,40,R2")
        let before = try ReportFixture.territory(doctors: beforeDoctors)
        let after = try ReportFixture.territory()
        let out = after.directory.appendingPathComponent("report.html")
        let r = ReportFixture.run(
            ["report", "--territory", ".", "--month", ReportFixture.month] + ReportFixture.effort
                + ["--before", before.directory.path, "--out", out.path, "--lang", "en"], in: after.directory)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try ReportFixture.read(out)
        #expect(html.contains("<h3>Month-end re-grade (against \(before.directory.path))</h3>\n"))
        #expect(
            html.contains("6 doctors before, 6 after; 2 changed cell, 0 changed rep (matched by doctor id). Visits next month: 4 added, 6 removed, net -2."))
        // R1: the script-named doctor moved up, none fell back; R2: 赵磊 fell back.
        #expect(
            html.contains(
                "<div class=\"kpis\"><div class=\"kpi\"><b>1</b><span>Yellow zone → Red zone</span></div><div class=\"kpi\"><b>0</b><span>fell back from Red zone</span></div></div>\n"
            ))
        #expect(
            html.contains(
                "<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>瑞金医院</td><td>A3</td><td>A1</td><td>Red zone</td><td class=\"num\">+4</td></tr>\n"))
        #expect(
            html.contains(
                "<div class=\"kpis\"><div class=\"kpi\"><b>0</b><span>Yellow zone → Red zone</span></div><div class=\"kpi bad\"><b>1</b><span>fell back from Red zone</span></div></div>\n"
            ))
        #expect(html.contains("<tr><td>赵磊</td><td>第五人民医院</td><td>B1</td><td>B3</td><td>Yellow zone</td><td class=\"num\">-6</td></tr>\n"))
        #expect(!ReportFixture.withoutOwnScript(html).contains("<script"))
        let bad = ReportFixture.run(["report", "--territory", ".", "--before", "missing.json"], in: after.directory)
        #expect(bad.status == 66)
    }

    @Test("report --rep with --before: the re-grade counts the selected reps only, like the overview")
    func reportOfSomeReps() throws {
        let beforeDoctors = ReportFixture.doctors.replacingOccurrences(of: "主任医师,首选,60,R1", with: "主任医师,竞品,60,R1")
            .replacingOccurrences(of: "D4,H3,赵磊,内分泌科,副主任医师,3,40,R2", with: "D4,H3,赵磊,内分泌科,副主任医师,1,40,R2")
        let before = try ReportFixture.territory(doctors: beforeDoctors)
        let after = try ReportFixture.territory()
        let out = after.directory.appendingPathComponent("r1.html")
        let r = ReportFixture.run(
            ["report", "--territory", ".", "--month", ReportFixture.month, "--rep", "R1"] + ReportFixture.effort
                + ["--before", before.directory.path, "--out", out.path, "--lang", "en"], in: after.directory)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try ReportFixture.read(out)
        // R1's four doctors; 赵磊 of R2, who fell back, is not counted.
        #expect(
            html.contains("4 doctors before, 4 after; 1 changed cell, 0 changed rep (matched by doctor id). Visits next month: 4 added, 0 removed, net +4."))
    }
}
