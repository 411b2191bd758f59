import Foundation
import TestSupport
import Testing

/// Issue 12, item 1, done when: no English word appears in the default output of any command on the demo and
/// on a bad-input run. Each command runs through the built binary with no --lang and no LANG; its stdout and
/// stderr are searched for a run of three or more Latin letters once the tokens that are not English prose
/// are removed (`allowed`).
@Suite("No English by default", .serialized)
struct NoEnglishTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("territories/demo")

    /// What may stay Latin in Chinese output, each with why; removed before searching for words.
    static let allowed: [(pattern: String, why: String)] = [
        ("`[^`]*`", "a command to type, in backticks"),
        ("'[^']*'", "a command to type, in single quotes (运行 'territory plan --help' 查看帮助)"),
        ("\"[^\"]*\"", "a value quoted from the input (\"abc\", \"calls_per_dya\")"),
        ("用法：[^\n]*", "the usage line: the command's syntax"),
        ("\\S*/\\S*", "a path"),
        ("[A-Za-z0-9_.-]+\\.(csv|json|ics|html)", "a file name"),
        ("--[a-z-]+", "an option"),
        ("\\[[a-z_]+\\]", "a rule's code in brackets ([working_day])"),
        ("（列 [^）]*）", "a column as the file's header names it"),
        ("[a-z]+(_[a-z]+)+", "a column or key name (calls_per_day, rep_id)"),
        ("[A-Z]+[0-9]+", "an id (R01, D018, H04, M01)"),
    ]

    /// The English words of `text`: runs of three or more Latin letters outside the allowed tokens.
    static func englishWords(_ text: String) -> [String] {
        var rest = text
        for a in allowed { rest = rest.replacing(try! Regex(a.pattern), with: " ") }
        return rest.matches(of: try! Regex("[A-Za-z]{3,}")).map { String(rest[$0.range]) }
    }

    @Test("the allowed tokens go, English prose stays")
    func detector() {
        #expect(Self.englishWords("doctors.csv:4:5: 错误：无法识别的值 \"abc\"（列 title）；请填写 rep_id") == [])
        #expect(Self.englishWords("代表 R1 2026-12-06 #1 医生 D2 [working_day]：2026-12-06 不是工作日（周末）") == [])
        #expect(Self.englishWords("用法：territory plan [--rep ID]\n运行 'territory plan --help' 查看帮助。") == [])
        #expect(Self.englishWords("已写入 /tmp/o/plan.json") == [])
        #expect(Self.englishWords("提示：no calls.csv in /tmp/x; done visits count as 0") == ["done", "visits", "count"])
        #expect(Self.englishWords("warning: 1 家医院") == ["warning"])
    }

    /// A scratch folder holding the demo as 示例 and a broken copy as 坏数据 (Chinese names, so a folder
    /// name in the output is no English word): one doctors.csv row with a misspelt title and behaviour and
    /// a units that is no number, one without its rep, one naming a hospital and rep that do not exist, and
    /// a rules.json with a misspelt key and a value out of range.
    static func folders() throws -> URL {
        let root = try TestScratch.folder("no-english")
        let fm = FileManager.default
        try fm.copyItem(at: demo, to: root.appendingPathComponent("示例"))
        let bad = root.appendingPathComponent("坏数据")
        try fm.copyItem(at: demo, to: bad)
        let doctors = bad.appendingPathComponent("doctors.csv")
        var lines = try String(contentsOf: doctors, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = "D003,H01,张三,心内科,主冶医师,首先,abc,R01"
        lines[5] = "D005,H01,李四,心内科,主任医师,首选,12,"
        lines[7] = "D007,H99,王五,心内科,主任医师,首选,12,R09"
        try lines.joined(separator: "\n").write(to: doctors, atomically: true, encoding: .utf8)
        try "{\n  \"calls_per_dya\": 8,\n  \"service_minutes\": 500\n}\n".write(
            to: bad.appendingPathComponent("rules.json"), atomically: true, encoding: .utf8)
        return root
    }

    @Test("every command on the demo, and on a bad copy of it, prints no English word without --lang")
    func noEnglish() throws {
        let root = try Self.folders()
        let effort = ["--iterations", "50"]
        let runs: [[String]] = [
            ["grade", "--territory", "示例"],
            ["plan", "--territory", "示例", "--month", "2026-12", "--out", "计划"] + effort,
            ["plan", "--date", "2026-12-08", "--plan", "计划/plan.json"],
            ["check", "计划/plan.json"],
            ["progress", "--territory", "示例", "--month", "2026-12", "--as-of", "2026-12-10", "--plan", "计划/plan.json"],
            ["replan", "--territory", "示例", "--plan", "计划/plan.json", "--from", "2026-12-10", "--out", "重排"] + effort,
            ["balance", "--territory", "示例", "--month", "2026-12"],
            ["regrade", "--before", "示例", "--after", "示例"],
            ["report", "--territory", "示例", "--plan", "计划/plan.json", "--out", "计划/报告.html"],
            ["export", "ics", "--rep", "R01", "--territory", "示例", "--plan", "计划/plan.json", "--out", "计划/R01.ics"],
            ["grade", "--territory", "坏数据"],
            ["plan", "--territory", "坏数据", "--month", "2026-12", "--out", "坏计划"] + effort,
            ["check", "计划/plan.json", "--territory", "坏数据"],
            ["progress", "--territory", "坏数据", "--month", "2026-12"],
            ["replan", "--territory", "坏数据", "--plan", "计划/plan.json", "--from", "2026-12-10"],
            ["balance", "--territory", "坏数据", "--month", "2026-12"],
            ["regrade", "--before", "示例", "--after", "坏数据"],
            ["report", "--territory", "坏数据", "--plan", "计划/plan.json", "--out", "坏报告.html"],
            ["export", "ics", "--rep", "R01", "--territory", "坏数据", "--plan", "计划/plan.json"],
            ["plan", "--territory", "示例", "--rep", "R9"],
            ["grad"],
        ]
        for arguments in runs {
            let r = try BuiltBinary.run(arguments, in: root)
            let bad = arguments.contains("坏数据") || arguments.contains("R9") || arguments == ["grad"]
            #expect(bad ? r.status != 0 : r.status == 0, "\(arguments): \(r.stderr)")
            for (stream, text) in [("stdout", r.stdout), ("stderr", r.stderr)] {
                let words = Self.englishWords(text)
                #expect(words.isEmpty, "\(arguments.joined(separator: " ")) \(stream): \(words)\n\(text)")
            }
        }
    }

    @Test("LANG=en_US.UTF-8 without --lang prints what --lang en prints; --lang zh wins over LANG")
    func languageFromLocale() throws {
        let english = try BuiltBinary.run(["grade", "--territory", Self.demo.path, "--lang", "en"])
        let locale = try BuiltBinary.run(["grade", "--territory", Self.demo.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(locale == english)
        #expect(english.stderr.hasPrefix("warning: "))
        let chinese = try BuiltBinary.run(["grade", "--territory", Self.demo.path], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(chinese == (try BuiltBinary.run(["grade", "--territory", Self.demo.path, "--lang", "zh"], environment: ["LANG": "en_US.UTF-8"])))
        #expect(chinese.stderr.hasPrefix("警告："))
    }
}
