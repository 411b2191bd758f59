import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Issue 16, part 4: hostile text in names stays inert and readable in every output — terminal
/// tables, CSV, JSON, HTML (text, attributes, SVG) and iCalendar.
@Suite("Hostile text everywhere", .serialized)
struct HostileTextTests {
    static let script = "<script>alert(1)</script>"
    static let twoLines = "心内科\n第二行"
    static let formula = #"=HYPERLINK("http://x.example","点我")"#
    static let rtl = "abc\u{202E}fdp.exe"
    static let emoji = "😀👩‍⚕️科"
    static let long = String(repeating: "很长的科室名称", count: 60)
    static let escape = "陈\u{1B}]0;pwned\u{7}思远"  // an OSC sequence that would retitle the terminal

    /// The shared fixture with hostile doctors at H1 for R1, and a hostile rep name.
    static func territory() throws -> Fixture {
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let doctors =
            Fixture.doctors.trimmingCharacters(in: .newlines) + "\n"
            + [
                "D5,H1,\(q(script)),\(q(twoLines)),主任医师,首选,60,R1",
                "D6,H1,\(q(formula)),+1-2,主任医师,首选,60,R1",
                "D7,H1,\(q(rtl)),\(q(emoji)),主任医师,首选,60,R1",
                "D8,H1,@SUM(1),\(q(long)),主任医师,首选,60,R1",
            ].joined(separator: "\n") + "\n"
        let reps = "rep_id,name,latitude,longitude\nR1,\(q(escape)),31.2200,121.4500\nR2,李婷,31.1000,121.4200\n"
        return try Fixture(["doctors.csv": doctors, "reps.csv": reps])
    }

    /// Plans the territory for 2026-10 into `out` (stdout: the day tables in English).
    static func plan(_ f: Fixture, out: URL) -> ReportFixture.Run {
        ReportFixture.run(
            ["plan", "--territory", f.directory.path, "--month", ReportFixture.month, "--out", out.path, "--lang", "en"]
                + ReportFixture.effort, in: out)
    }

    /// Requirements every terminal text meets: no raw control, escape or bidi character; no hostile line break.
    static func expectInert(_ text: String, _ label: String) {
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || (0x202A...0x202E).contains($0.value) }, "\(label)")
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("第二行") }, "\(label): a line break inside a cell split the row")
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) < 12 * (TerminalText.maxColumns + 2) }, "\(label): a line is too wide")
    }

    @Test("terminal tables of grade and plan: one row per doctor, controls shown as codes, long text cut")
    func terminal() throws {
        let f = try Self.territory()
        let out = try ReportFixture.temporaryDirectory()
        let grade = ReportFixture.run(["grade", "--territory", f.directory.path, "--lang", "en"], in: out)
        #expect(grade.status == 0)
        let plan = Self.plan(f, out: out)
        #expect(plan.status == 0, "\(plan.stderr)")
        for (label, text) in [("grade", grade.stdout), ("plan", plan.stdout), ("plan stderr", plan.stderr)] {
            Self.expectInert(text, label)
        }
        #expect(grade.stdout.contains("心内科 第二行"))
        #expect(grade.stdout.contains("abc<U+202E>fdp.exe"))
        #expect(grade.stdout.contains("陈<U+001B>]0;pwned<U+0007>思远"))
        #expect(grade.stdout.contains(Self.emoji))
        #expect(grade.stdout.contains(String(repeating: "很长的科室名称", count: 5)) && grade.stdout.contains("…"))
        #expect(!grade.stdout.contains(Self.long))
        #expect(plan.stdout.contains("Rep R1 陈<U+001B>]0;pwned<U+0007>思远 — 2026-10"))
    }

    @Test("plan.csv and plan.json keep the text exactly, formulas neutralised in CSV")
    func csvAndJSON() throws {
        let f = try Self.territory()
        let out = try ReportFixture.temporaryDirectory()
        #expect(Self.plan(f, out: out).status == 0)
        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("plan.csv")).dropFirst(3), as: UTF8.self)
        let records = try CSVReader.parse(csv).dropFirst()
        func row(_ doctor: String) -> [String]? { records.first { $0.fields[5] == doctor }?.fields }
        #expect(row("D5")?[6] == Self.script)
        #expect(row("D5")?[7] == Self.twoLines)
        #expect(row("D6")?[6] == "'" + Self.formula)
        #expect(row("D6")?[7] == "'+1-2")
        #expect(row("D7")?[6] == Self.rtl)
        #expect(row("D8")?[6] == "'@SUM(1)")
        #expect(row("D8")?[7] == Self.long)

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as! [String: Any]
        let visits = json["visits"] as! [[String: Any]]
        func visit(_ doctor: String) -> [String: Any]? { visits.first { $0["doctor_id"] as? String == doctor } }
        #expect(visit("D5")?["department"] as? String == Self.twoLines)
        #expect(visit("D6")?["doctor"] as? String == Self.formula)
        #expect(visit("D7")?["department"] as? String == Self.emoji)
        #expect((json["reps"] as! [[String: Any]]).first?["name"] as? String == Self.escape)
    }

    @Test("the HTML report shows every hostile text as text, in elements, attributes and SVG")
    func html() throws {
        let f = try Self.territory()
        let out = try ReportFixture.temporaryDirectory()
        let r = ReportFixture.run(
            [
                "report", "--territory", f.directory.path, "--month", ReportFixture.month,
                "--out", out.appendingPathComponent("report.html").path,
            ] + ReportFixture.effort, in: out)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try ReportFixture.read(out.appendingPathComponent("report.html"))
        #expect(!ReportFixture.withoutOwnScript(html).contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("abc&lt;U+202E&gt;fdp.exe"))
        #expect(!html.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0 == "\u{1B}" || $0 == "\u{7}" })
        #expect(html.contains("&#39;") || !html.contains("'"))
        #expect(html.contains(Self.emoji))
        #expect(html.contains(Self.long))
        // Attribute values never hold a raw quote of user text.
        #expect(!html.contains("=\"=HYPERLINK(\"http"))
    }

    @Test("the iCalendar file escapes line breaks and folds long emoji text on UTF-8 boundaries within 75 octets")
    func ics() throws {
        let f = try Self.territory()
        let out = try ReportFixture.temporaryDirectory()
        #expect(Self.plan(f, out: out).status == 0)
        let r = ReportFixture.run(
            [
                "export", "ics", "--rep", "R1", "--territory", f.directory.path, "--plan", out.appendingPathComponent("plan.json").path,
                "--out", out.appendingPathComponent("R1.ics").path,
            ], in: out)
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("R1.ics"))
        let ics = try #require(String(data: data, encoding: .utf8))
        let lines = ICSTests.physicalLines(ics)
        #expect(lines.allSatisfy { $0.count <= 75 })
        #expect(lines.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "no UTF-8 sequence split across lines")
        let text = ICSText.unfold(ics)
        #expect(text.contains("心内科\\n第二行"))
        #expect(text.contains("abc<U+202E>fdp.exe"))
        #expect(text.contains(Self.emoji))
        #expect(text.contains(Self.long))
        #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0 == "\u{1B}" || $0 == "\u{7}" })
    }
}

/// `TerminalText.inert` on its own.
@Suite("Terminal text")
struct TerminalTextTests {
    @Test(
        "inert text, exactly",
        arguments: [
            ("plain 文本", "plain 文本"),
            ("a\nb\r\nc\rd\te", "a b c d e"),
            ("x\u{202E}y", "x<U+202E>y"),
            ("\u{1B}]0;t\u{7}", "<U+001B>]0;t<U+0007>"),
            ("\u{1B}[1;38;2;1;2;3mA1\u{1B}[0m", "\u{1B}[1;38;2;1;2;3mA1\u{1B}[0m"),
        ])
    func inert(_ input: String, _ expected: String) {
        #expect(TerminalText.inert(input) == expected)
    }

    @Test("text wider than the limit ends in … within the limit")
    func cut() {
        let t = TerminalText.inert(String(repeating: "长", count: 100))
        #expect(t == String(repeating: "长", count: 39) + "…")
        #expect(DisplayWidth.of(t) <= TerminalText.maxColumns)
        #expect(TerminalText.inert(String(repeating: "a", count: 80)) == String(repeating: "a", count: 80))
    }
}
