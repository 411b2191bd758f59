import Foundation
import TestSupport
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// The built `territory` binary: help text, error text and exit codes, compared exactly.
@Suite("territory command line", .serialized)
struct CLITests {
    @Test("territory --help lists the commands in Chinese, with --lang en in English; exit 0")
    func help() throws {
        let zh = try BuiltBinary.run(["--help"])
        #expect(zh == .init(stdout: TerritoryCLI.help(), stderr: "", status: 0))
        #expect(zh.stdout.hasPrefix("territory：医药代表的九宫格医生分级与月度拜访规划\n\n用法：territory <命令> [选项]\n"))
        #expect(zh.stdout.contains("  grade     按九宫格为每位医生分级（表格、CSV 或 JSON）\n"))
        #expect(TerritoryCLI.commands.allSatisfy { zh.stdout.contains("  \($0.name) ") && $0.summaryZH != $0.summary })
        let r = try BuiltBinary.run(["--help", "--lang", "en"])
        #expect(r == .init(stdout: TerritoryCLI.help(language: .en), stderr: "", status: 0))
        let gradeLine = r.stdout.split(separator: "\n").first { $0.hasPrefix("  grade ") }
        #expect(
            gradeLine.map { $0.split(separator: " ", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) }
                == "Grade every doctor on the nine-grid (table, CSV or JSON)")
    }

    @Test("territory --version")
    func version() throws {
        #expect(try BuiltBinary.run(["--version"]) == .init(stdout: "territory 0.1.0\n", stderr: "", status: 0))
    }

    @Test("territory grade --help")
    func gradeHelp() throws {
        let r = try BuiltBinary.run(["grade", "--help", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout == GradeCommand().help)
        #expect(
            r.stdout.hasPrefix(
                """
                territory grade: grade every doctor on the nine-grid

                usage: territory grade [--territory DIR] [--lang zh|en] [--rep ID] [--format table|csv|json] [--out FILE]

                OPTIONS:
                  -t, --territory DIR          Territory folder (default: the demo territory, see below)
                      --lang zh|en             Language of messages, headings and labels (default: zh, or en when LANG starts with en)
                  -r, --rep ID                 Only this rep's doctors (repeat or comma-separate for several; default: all)
                      --format table|csv|json  Output format (default: table)
                  -o, --out FILE               Write to FILE (atomically) instead of standard output
                  -h, --help                   Show this help

                """))
    }

    @Test("An unknown command or option is a usage error: exit 64, in Chinese by default")
    func usage() throws {
        #expect(
            try BuiltBinary.run(["grad"])
                == .init(stdout: "", stderr: "错误：未知命令 \"grad\"；是不是 \"grade\"？\n运行 'territory --help' 查看命令。\n", status: 64))
        #expect(
            try BuiltBinary.run(["grade", "--formt", "csv"])
                == .init(
                    stdout: "",
                    stderr: """
                        错误：未知选项 "--formt"；是不是 "--format"？
                        用法：territory grade [--territory DIR] [--lang zh|en] [--rep ID] [--format table|csv|json] [--out FILE]
                        运行 'territory grade --help' 查看帮助。

                        """, status: 64))
    }

    @Test("With --lang en (before or after the mistake) or LANG=en_US.UTF-8 a usage error is in English")
    func usageInEnglish() throws {
        #expect(
            try BuiltBinary.run(["grad", "--lang", "en"])
                == .init(stdout: "", stderr: "error: unknown command \"grad\"; did you mean \"grade\"?\nSee 'territory --help'.\n", status: 64))
        #expect(
            try BuiltBinary.run(["grad"], environment: ["LANG": "en_US.UTF-8"])
                == .init(stdout: "", stderr: "error: unknown command \"grad\"; did you mean \"grade\"?\nSee 'territory --help'.\n", status: 64))
        #expect(try BuiltBinary.run(["grad"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"]).stderr.hasPrefix("错误：未知命令"))
        let r = try BuiltBinary.run(["grade", "--formt", "csv", "--lang=en"])
        #expect(
            r
                == .init(
                    stdout: "",
                    stderr: """
                        error: unknown option "--formt"; did you mean "--format"?
                        usage: territory grade [--territory DIR] [--lang zh|en] [--rep ID] [--format table|csv|json] [--out FILE]
                        See 'territory grade --help'.

                        """, status: 64))
    }

    @Test("Bad data: every error on stderr, nothing on stdout, exit 65")
    func badData() throws {
        let f = try Fixture(["doctors.csv": Fixture.doctors(replacingLine: 3, with: "D2,H2,李强,全科,主冶医师,竞品,5,R1")])
        let r = try BuiltBinary.run(["grade", "--territory", f.directory.path])
        #expect(
            r
                == .init(
                    stdout: "",
                    stderr: """
                        doctors.csv:3:5: 错误：无法识别的值 "主冶医师"（列 title）；应为其中之一：主任医师, 副主任医师, 主治医师, 住院医师, 医师；是不是 "主任医师" 或 "主治医师"？
                        \(f.directory.path) 中有 1 处错误；未进行评级

                        """, status: 65))
    }

    @Test("A missing territory folder: exit 66")
    func missingFolder() throws {
        let r = try BuiltBinary.run(["grade", "--territory", "/nonexistent/t"])
        #expect(r.status == 66)
        #expect(r.stdout == "")
    }

    @Test("grade prints the grids and the list (no colour when piped)")
    func table() throws {
        let f = try Fixture()
        let r = try BuiltBinary.run(["grade", "--territory", f.directory.path])
        #expect(r.status == 0)
        #expect(r.stderr == "警告：1 家医院没有年收入，其等级只按医院级别确定（H2）\n")
        #expect(r.stdout == Self.expectedTable)
    }

    static let expectedTable = """
        R1 陈思远：2 位医生
              1 首选  2 次选  3 竞品  合计
        A          1       0       0     1
        B          0       0       0     0
        C          0       0       1     1
        合计       1       0       1     2
        红区 1 · 黄区 0 · 蓝区 1 · 每月拜访 9 次

        R2 李婷：2 位医生
              1 首选  2 次选  3 竞品  合计
        A          0       1       0     1
        B          0       0       1     1
        C          0       0       0     0
        合计       0       1       1     2
        红区 1 · 黄区 1 · 蓝区 0 · 每月拜访 10 次

        全部 2 位代表：4 位医生
              1 首选  2 次选  3 竞品  合计
        A          1       1       0     2
        B          0       0       1     1
        C          0       0       1     1
        合计       1       1       2     4
        红区 2 · 黄区 1 · 蓝区 1 · 每月拜访 19 次

        序号  代表  医院                    科室      姓名  职称        处方行为  月均处方量(支)  客户分级  客户级别  区    每月拜访次数
           1  R1    瑞金医院                心内科    王芳  主治医师    首选                 120  A         A1        红区             8
           2  R1    社区卫生服务中心, 徐汇  全科      李强  医师        竞品                   5  C         C3        蓝区             1
           3  R2    瑞金医院                心内科    张敏  主任医师    次选                  80  A         A2        红区             8
           4  R2    第五人民医院            内分泌科  赵磊  副主任医师  竞品                  40  B         B3        黄区             2

        """

    @Test("grade --format json: English keys in a fixed order")
    func json() throws {
        let f = try Fixture()
        let r = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--format", "json", "--rep", "R2", "--lang", "en"])
        #expect(r.status == 0)
        #expect(
            r.stdout.hasPrefix(
                """
                [
                  {
                    "doctor_id": "D3",
                    "rep_id": "R2",
                    "hospital_id": "H1",
                    "name": "张敏",
                    "hospital": "瑞金医院",
                    "department": "心内科",
                    "title": "主任医师",
                    "title_group": "senior",
                    "tier": "T1",
                    "score": 9,
                    "grade": "A",
                    "behaviour": 2,
                    "cell": "A2",
                    "zone": "red",
                    "zone_name": "Red zone",
                    "visits_per_month": 8,
                    "monthly_units": 80
                  },
                  {
                    "doctor_id": "D4",
                """))
    }

    @Test("grade --format csv --out writes the manager's list atomically")
    func csvOut() throws {
        let f = try Fixture()
        let out = f.directory.appendingPathComponent("grade.csv")
        let r = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--format", "csv", "--out", out.path])
        #expect(r.status == 0)
        #expect(r.stdout == "")
        #expect(r.stderr.hasSuffix("已写入 \(out.path)：4 位医生\n"))
        let outEN = f.directory.appendingPathComponent("grade-en.csv")
        let en = try BuiltBinary.run([
            "grade", "--territory", f.directory.path, "--format", "csv", "--out", outEN.path, "--lang", "en",
        ])
        #expect(en.stderr.hasSuffix("wrote 4 doctors to \(outEN.path)\n"))
        let bytes = try Data(contentsOf: out)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: bytes.dropFirst(3), as: UTF8.self) == "序号,医院,科室,姓名,职称,处方行为,月均处方量(支),客户分级,客户级别,医生编号,代表编号,区,每月拜访次数\r\n"
                + "1,瑞金医院,心内科,王芳,主治医师,首选,120,A,A1,D1,R1,红区,8\r\n"
                + "2,\"社区卫生服务中心, 徐汇\",全科,李强,医师,竞品,5,C,C3,D2,R1,蓝区,1\r\n"
                + "3,瑞金医院,心内科,张敏,主任医师,次选,80,A,A2,D3,R2,红区,8\r\n"
                + "4,第五人民医院,内分泌科,赵磊,副主任医师,竞品,40,B,B3,D4,R2,黄区,2\r\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers == [])
    }

    @Test("--out never overwrites an input file")
    func outIsNotInput() throws {
        let f = try Fixture()
        let target = f.directory.appendingPathComponent("doctors.csv").path
        let r = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--format", "csv", "--out", target])
        #expect(r.status == 64)
        #expect(r.stderr.contains("错误：--out \(target) 会覆盖区域的输入文件 doctors.csv；请写到别处\n"))
        #expect(try String(contentsOf: URL(fileURLWithPath: target), encoding: .utf8) == Fixture.doctors)
    }

    @Test("An unknown --rep is a usage error naming the reps, in the words plan uses")
    func unknownRep() throws {
        let f = try Fixture()
        let r = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--rep", "R9"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(#"错误：未知代表 "R9"；是不是 "R1"？（代表：R1, R2）"#))
        let en = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--rep", "R9", "--lang", "en"])
        #expect(en.stderr.contains(#"error: unknown rep "R9"; did you mean "R1"? (reps: R1, R2)"#))
    }

    @Test("grade --rep takes several reps, repeated or comma-separated, as plan does: each rep's grid and their total")
    func severalReps() throws {
        let f = try Fixture()
        let repeated = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--rep", "R1", "--rep", "R2", "--lang", "en"])
        let commas = try BuiltBinary.run(["grade", "--territory", f.directory.path, "--rep", "R2,R1", "--lang", "en"])
        #expect(repeated.status == 0)
        #expect(repeated.stdout == commas.stdout)
        #expect(repeated.stdout.contains("R1 陈思远: 2 doctors") && repeated.stdout.contains("R2 李婷: 2 doctors"))
        #expect(repeated.stdout.contains("All 2 reps: 4 doctors"))
    }

    @Test("Without --territory the demo territory is found from the current folder or TERRITORY_HOME")
    func defaultTerritory() throws {
        let f = try Fixture()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("territory-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("territories"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: f.directory, to: home.appendingPathComponent("territories/demo"))
        let viaHome = try BuiltBinary.run(["grade"], in: URL(fileURLWithPath: "/"), environment: ["TERRITORY_HOME": home.path])
        #expect(viaHome.stdout == Self.expectedTable)
        let viaCwd = try BuiltBinary.run(["grade"], in: home)
        #expect(viaCwd.stdout == Self.expectedTable)
    }

    @Test("A copy of the binary outside the checkout writes the demo it carries to the data folder once, and plans it")
    func bundledDemo() throws {
        let away = try TestScratch.folder("binary-away")
        let copy = away.appendingPathComponent("territory")
        try FileManager.default.copyItem(at: BuiltBinary.executable.url!, to: copy)
        let home = away.appendingPathComponent("home")
        let environment = ["HOME": home.path, "XDG_DATA_HOME": "", "PATH": "/usr/bin:/bin"]
        let plan = ["plan", "--month", "2026-12", "--rep", "R01", "--iterations", "50", "--format", "json", "--out"]
        let first = try BuiltBinary.run(plan + [away.appendingPathComponent("a").path], in: away, environment: environment, launcher: [copy.path])
        #expect(first.status == 0, "\(first.stderr)")
        let demo = home.appendingPathComponent(".local/share/territory/demo-\(ToolVersion.current)")
        #expect(first.stderr.hasPrefix("注意：没有找到示例区域文件夹，已把程序自带的示例区域写到 \(demo.path)\n"))
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../territories/demo").standardized
        let checkout = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: demo.path).sorted() == checkout)
        for name in checkout {
            #expect(
                FileManager.default.contents(atPath: demo.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: source.appendingPathComponent(name).path))
        }
        let second = try BuiltBinary.run(plan + [away.appendingPathComponent("b").path], in: away, environment: environment, launcher: [copy.path])
        #expect(second.status == 0 && !second.stderr.contains("注意：没有找到示例区域"))
        #expect(second.stdout == first.stdout)
    }
}
