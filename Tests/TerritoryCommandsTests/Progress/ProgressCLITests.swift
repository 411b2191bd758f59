import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// The shared fixture territory with a plan for R1 and calls of both reps, December 2026 as of 12-10
/// (23 working days, 8 gone, 15 left). Counted by hand:
///
/// | doctor | cell | required | planned | ahead | done | cancelled | not met | remaining | last done | risk |
/// |---|---|---|---|---|---|---|---|---|---|---|
/// | D1 R1 | A1 red | 8 | 8 | 5 | 3 (01, 03, 08) | 1 | 0 | 5 | 12-08 (day 6) | due by day 6+4 = 12-14: fine |
/// | D2 R1 | C3 blue | 1 | 1 | 1 | 0 | 0 | 1 | 1 | — | due within 24 days: fine |
/// | D3 R2 | A2 red | 8 | 0 | 0 | 1 (02) | 0 | 0 | 7 | 12-02 (day 2) | due by day 2+4 = 12-08: overdue |
/// | D4 R2 | B3 yellow | 2 | 0 | 0 | 1 (09) | 0 | 0 | 1 | 12-09 | fine |
enum ProgressCLIFixture {
    static let calls = """
        rep_id,date,doctor_id,status,note
        R1,2026-12-01,D1,done,
        R1,2026-12-03,D1,done,
        R1,2026-12-07,D1,cancelled,医院停诊
        R1,2026-12-08,D1,done,
        R1,2026-12-02,D2,not_met,
        R2,2026-12-02,D3,done,
        R2,2026-12-09,D4,done,带了文献

        """

    /// plan.json of R1 (and of R2 with no visits when `reps` says so): D1 on eight days, D2 on one.
    static func plan(reps: [String] = ["R1"]) -> String {
        let visits = ["01", "04", "08", "11", "16", "21", "24", "29"].map { ("D1", "H1", $0) } + [("D2", "H2", "16")]
        let items = visits.map { doctor, hospital, day in
            #"{"rep_id": "R1", "date": "2026-12-\#(day)", "seq": 1, "hospital_id": "\#(hospital)", "doctor_id": "\#(doctor)", "arrival": "09:00", "departure": "09:15"}"#
        }
        let repList = reps.map { #"{"rep_id": "\#($0)"}"# }.joined(separator: ", ")
        return #"{"month": "2026-12", "reps": [\#(repList)], "visits": [\#(items.joined(separator: ", "))], "unplaced": []}"#
    }

    /// The territory with calls.csv, and plans/2026-12/plan.json in the same folder (the default plan when run there).
    static func territory(calls: String = calls, doctors: String = Fixture.doctors, planReps: [String] = ["R1"]) throws -> Fixture {
        let f = try Fixture(["calls.csv": calls, "doctors.csv": doctors])
        try FileManager.default.createDirectory(at: f.directory.appendingPathComponent("plans/2026-12"), withIntermediateDirectories: true)
        try f.write("plans/2026-12/plan.json", Data(plan(reps: planReps).utf8))
        return f
    }

    /// `territory progress --territory DIR --as-of 2026-12-10 ARGUMENTS`, run in the territory's folder.
    static func run(_ arguments: [String], in f: Fixture) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["progress", "--territory", f.directory.path, "--as-of", "2026-12-10"] + arguments, in: f.directory)
    }

    static let warnings = """
        警告：1 家医院没有年收入，其等级只按医院级别确定（H2）
        提示：plans/2026-12/plan.json 没有规划 R2；其已安排拜访计为 0

        """
}

@Suite("territory progress", .serialized)
struct ProgressCLITests {
    @Test("progress --help shows the usage, the definitions and the exit codes")
    func help() throws {
        let r = try BuiltBinary.run(["progress", "--help", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == ProgressCommand().help)
        #expect(
            r.stdout.hasPrefix(
                """
                territory progress: the month as it happens

                usage: territory progress [--territory DIR] [--lang zh|en] [--month YYYY-MM] [--as-of DATE] [--rep ID] [--format table|csv|json] [--plan FILE] [--calls FILE] [--out FILE] [--holidays FILE] [--weekdays-only]

                """))
        #expect(r.stdout.hasSuffix("EXIT CODES: 0 ok, 64 bad usage, 65 bad data, 66 missing folder or file, 73 cannot write --out.\n"))
        #expect(
            try BuiltBinary.run(["--help", "--lang", "en"]).stdout.contains(
                "\n  progress  Count the month so far: visits required, planned, done, remaining; doctors at risk\n"))
    }

    @Test("The table: reps with a total, zones, every doctor, with the numbers counted by hand")
    func table() throws {
        let f = try ProgressCLIFixture.territory()
        let r = try ProgressCLIFixture.run([], in: f)
        #expect(r.status == 0)
        #expect(r.stderr == ProgressCLIFixture.warnings)
        #expect(
            r.stdout == """
                2026-12 拜访进度，截至 2026-12-10
                计划：plans/2026-12/plan.json；拜访记录：calls.csv

                代表  姓名    可用天数  已过  剩余天数  需求  计划  已完成  取消  未见到  剩余  计划待访  达成率  按时进度  风险医生
                R1    陈思远        23     8        15     9     9       3     1       1     6         6   33.3%     95.8%         0
                R2    李婷          23     8        15    10     0       2     0       0     8         0   20.0%     57.5%         1
                合计                                      19     9       5     1       1    14         6   26.3%     75.7%         1

                区    医生  需求  计划  已完成  取消  未见到  剩余  计划待访  达成率  按时进度  风险医生
                红区     2    16     8       4     1       0    12         5   25.0%     71.9%         1
                黄区     1     2     0       1     0       0     1         0   50.0%    143.8%         0
                蓝区     1     1     1       0     0       1     1         1    0.0%      0.0%         0

                序号  代表  医院                    科室      姓名  级别  区    需求  计划  已完成  取消  未见到  剩余  计划待访  最近拜访    风险
                   1  R1    瑞金医院                心内科    王芳  A1    红区     8     8       3     1       0     5         5  2026-12-08
                   2  R1    社区卫生服务中心, 徐汇  全科      李强  C3    蓝区     1     1       0     0       1     1         1
                   3  R2    瑞金医院                心内科    张敏  A2    红区     8     0       1     0       0     7         0  2026-12-02  最迟应在 2026-12-08 拜访（间隔至多 4 个工作日）
                   4  R2    第五人民医院            内分泌科  赵磊  B3    黄区     2     0       1     0       0     1         0  2026-12-09

                达成率 = 已完成 ÷ 需求（每位医生最多计到其需求）；按时进度 = 已完成 ÷（需求 × 已过 ÷ 可用天数），100% 即按时；可用天数 = 工作日减请假。
                风险：剩余拜访多于剩下的可用天数，或距上次已完成拜访（无则自月初）已超过间隔上限。

                """)
    }

    @Test("--lang en labels the table in English; --rep keeps one rep and no total row")
    func englishOneRep() throws {
        let f = try ProgressCLIFixture.territory()
        let r = try ProgressCLIFixture.run(["--rep", "R2", "--lang", "en"], in: f)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(5)) == [
                "2026-12 progress as of 2026-12-10",
                "Plan: plans/2026-12/plan.json; Calls: calls.csv",
                "",
                "Rep  Name  Days  Elapsed  Days left  Required  Planned  Done  Cancelled  Not met  Remaining  Planned ahead  Attainment  On track  At risk",
                "R2   李婷    23        8         15        10        0     2          0        0          8              0       20.0%     57.5%        1",
            ])
        #expect(lines[5] == "")
        #expect(r.stdout.contains("  2026-12-02  a visit was due by 2026-12-08 (at most 4 days apart)\n"))
    }

    @Test("--format csv: one row per doctor, UTF-8 with BOM, quoted, and a name that would be a formula neutralised")
    func csv() throws {
        let f = try ProgressCLIFixture.territory(doctors: Fixture.doctors(replacingLine: 3, with: "D2,H2,=1+2,全科,医师,竞品,5,R1"))
        let out = f.directory.appendingPathComponent("progress.csv")
        let r = try ProgressCLIFixture.run(["--format", "csv", "--out", out.path], in: f)
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(r.stderr == ProgressCLIFixture.warnings + "已写入 \(out.path)：4 位医生\n")
        let bytes = try Data(contentsOf: out)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self) == "序号,代表编号,代表,医院,科室,医生编号,姓名,客户级别,区,需求,计划,已完成,取消,未见到,剩余,计划待访,最近拜访,风险\r\n"
                + "1,R1,陈思远,瑞金医院,心内科,D1,王芳,A1,红区,8,8,3,1,0,5,5,2026-12-08,\r\n"
                + "2,R1,陈思远,\"社区卫生服务中心, 徐汇\",全科,D2,'=1+2,C3,蓝区,1,1,0,0,1,1,1,,\r\n"
                + "3,R2,李婷,瑞金医院,心内科,D3,张敏,A2,红区,8,0,1,0,0,7,0,2026-12-02,最迟应在 2026-12-08 拜访（间隔至多 4 个工作日）\r\n"
                + "4,R2,李婷,第五人民医院,内分泌科,D4,赵磊,B3,黄区,2,0,1,0,0,1,0,2026-12-09,\r\n")
    }

    @Test("--format json: English keys in a fixed order, ratios as numbers, the risk with its reason")
    func json() throws {
        let f = try ProgressCLIFixture.territory()
        let r = try ProgressCLIFixture.run(["--format", "json", "--lang", "en"], in: f)
        #expect(r.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["month", "as_of", "plan", "calls", "reps", "zones", "total", "doctors"])
        #expect(
            r.stdout.hasPrefix(
                """
                {
                  "month": "2026-12",
                  "as_of": "2026-12-10",
                  "plan": "plans/2026-12/plan.json",
                  "calls": "calls.csv",
                  "reps": [
                    {
                      "rep_id": "R1",
                      "name": "陈思远",
                      "working_days": 23,
                      "leave_days": 0,
                      "available_days": 23,
                      "elapsed_days": 8,
                      "days_left": 15,
                      "doctors": 2,
                      "required": 9,
                      "planned": 9,
                      "done": 3,
                      "credited": 3,
                      "cancelled": 1,
                      "not_met": 1,
                      "remaining": 6,
                      "planned_ahead": 6,
                      "expected_to_date": 3.13,
                      "attainment": 0.3333,
                      "on_track": 0.9583,
                      "at_risk": 0
                    },
                """))
        #expect(
            r.stdout.contains(
                """
                    {
                      "doctor_id": "D3",
                      "rep_id": "R2",
                      "hospital_id": "H1",
                      "hospital": "瑞金医院",
                      "name": "张敏",
                      "department": "心内科",
                      "cell": "A2",
                      "zone": "red",
                      "required": 8,
                      "planned": 0,
                      "done": 1,
                      "cancelled": 0,
                      "not_met": 0,
                      "remaining": 7,
                      "planned_ahead": 0,
                      "last_done": "2026-12-02",
                      "expected_to_date": 2.78,
                      "at_risk": {
                        "reason": "overdue",
                        "due": "2026-12-08",
                        "max_gap": 4
                      }
                    },
                """))
    }

    @Test("Without a plan or calls, planned and done count as 0, and stderr says so")
    func nothingYet() throws {
        let f = try Fixture()
        let elsewhere = try ReportFixture.temporaryDirectory()
        let r = try BuiltBinary.run(["progress", "--territory", f.directory.path, "--month", "2026-12", "--format", "csv"], in: elsewhere)
        #expect(r.status == 0)
        #expect(
            r.stderr == """
                警告：1 家医院没有年收入，其等级只按医院级别确定（H2）
                提示：没有 2026-12 的计划（找不到 plans/2026-12/plan.json）；已安排拜访计为 0
                提示：\(f.directory.path) 中没有 calls.csv；已完成拜访计为 0

                """)
        #expect(r.stdout.hasSuffix("4,R2,李婷,第五人民医院,内分泌科,D4,赵磊,B3,黄区,2,0,0,0,0,2,0,,\r\n"))
    }

    @Test("Bad calls: every error on stderr, nothing on stdout, exit 65")
    func badCalls() throws {
        let f = try ProgressCLIFixture.territory(calls: "rep_id,date,doctor_id,status\nR1,2026-12-01,D3,done\nR1,2026-12-02,D1,完城\n")
        let r = try ProgressCLIFixture.run([], in: f)
        #expect(
            r
                == .init(
                    stdout: "",
                    stderr: ProgressCLIFixture.warnings + """
                        calls.csv:2:3: 错误：医生 "D3"（列 doctor_id）在 doctors.csv 中属于代表 R2，不属于 R1；请更正 doctor_id 或 rep_id；是不是 "D1" 或 "D2"？
                        calls.csv:3:4: 错误：无法识别的值 "完城"（列 status）；应为其中之一：已完成, 取消, 未见到；是不是 "完成"？
                        \(f.directory.path) 中有 2 处错误；未进行统计

                        """, status: 65))
    }

    @Test(
        "Bad usage exits 64; a missing --calls or --plan file exits 66",
        arguments: [
            (["--as-of", "2026-12-32"], 64, #"error: invalid date "2026-12-32" for --as-of; expected YYYY-MM-DD, e.g. 2026-12-10"#),
            (["--month", "2026-11"], 64, "error: --as-of 2026-12-10 is outside 2026-11; give a day of 2026-11"),
            (["--rep", "R3"], 64, #"error: unknown rep "R3"; did you mean "R1"? (reps: R1, R2)"#),
            (["--format", "xml"], 64, #"error: invalid value "xml" for --format; expected one of table, csv, json"#),
            (
                ["--calls", "/nonexistent/calls.csv"], 66,
                "calls.csv: error: file not found in /nonexistent; create it with the columns rep_id, date, doctor_id, status (see territories/README.md)"
            ),
            (["--plan", "/nonexistent/plan.json"], 66, "/nonexistent/plan.json: error: file not found; give the plan.json written by `territory plan`"),
        ] as [([String], Int32, String)])
    func exitCodes(arguments: [String], status: Int32, firstLine: String) throws {
        let f = try ProgressCLIFixture.territory()
        let r = try ProgressCLIFixture.run(arguments + ["--lang", "en"], in: f)
        #expect(r.status == status)
        #expect(r.stdout == "")
        #expect(r.stderr.split(separator: "\n").map(String.init).contains(firstLine), "\(r.stderr)")
    }
}
