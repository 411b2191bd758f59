import Foundation
import TerritoryModel
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory export ics`: RFC 5545 folding, escaping, CRLF, one event per stop, stable UIDs.
@Suite("iCalendar export")
struct ICSTests {
    /// Plans the fixture, writes plan.json, exports R1 from it; returns the .ics text and the plan file.
    static func export(_ extra: [String] = []) throws -> (ics: String, plan: PlanFile, out: URL, territory: Fixture) {
        let fixture = try ReportFixture.territory()
        let out = try ReportFixture.temporaryDirectory()
        let p = ReportFixture.run(
            ["plan", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--out", out.path]
                + ReportFixture.effort, in: out)
        #expect(p.status == 0, "\(p.stderr)")
        let r = ReportFixture.run(
            [
                "export", "ics", "--rep", "R1", "--territory", fixture.directory.path,
                "--plan", out.appendingPathComponent("plan.json").path, "--out", out.appendingPathComponent("R1.ics").path,
            ] + extra,
            in: out)
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try PlanFile.read(out.appendingPathComponent("plan.json"))
        return (try ReportFixture.read(out.appendingPathComponent("R1.ics")), plan, out, fixture)
    }

    /// The physical lines (without their CRLF) of a document's bytes.
    static func physicalLines(_ ics: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        let bytes = Array(ics.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 {
                lines.append([])
                i += 2
                continue
            }
            lines[lines.count - 1].append(bytes[i])
            i += 1
        }
        return lines
    }

    @Test("Folding: 75 octets per line, continuations start with a space, no UTF-8 sequence split")
    func foldingRules() throws {
        #expect(ICSText.fold(String(repeating: "a", count: 80)) == String(repeating: "a", count: 75) + "\r\n " + String(repeating: "a", count: 5) + "\r\n")
        // 12 octets of name, then 3-octet characters: 21 fit the first line (75), 24 the next (1 + 72), 5 remain.
        let line = "DESCRIPTION:" + String(repeating: "医", count: 50)
        #expect(
            ICSText.fold(line) == "DESCRIPTION:" + String(repeating: "医", count: 21) + "\r\n " + String(repeating: "医", count: 24)
                + "\r\n " + String(repeating: "医", count: 5) + "\r\n")
        #expect(ICSText.fold("SUMMARY:short") == "SUMMARY:short\r\n")
        // An emoji (4 octets) is never split either.
        let emoji = ICSText.fold("X:" + String(repeating: "😀", count: 40))
        for physical in Self.physicalLines(emoji).dropLast() {
            #expect(physical.count <= 75)
            #expect(String(validating: physical, as: UTF8.self) != nil)
        }
        #expect(ICSText.unfold(emoji) == "X:" + String(repeating: "😀", count: 40) + "\r\n")
    }

    @Test(
        "TEXT escaping of backslash, semicolon, comma and line breaks",
        arguments: [
            ("plain", "plain"), ("a,b", "a\\,b"), ("a;b", "a\\;b"), ("a\\b", "a\\\\b"), ("a\nb", "a\\nb"), ("a\r\nb", "a\\nb"),
            ("a\rb", "a\\nb"), ("\\,;", "\\\\\\,\\;"), ("bell\u{7}", "bell"), ("tab\tx", "tab\tx"), ("瑞金医院：A1", "瑞金医院：A1"),
        ])
    func escaping(text: String, escaped: String) {
        #expect(ICSText.escape(text) == escaped)
    }

    @Test("The exported file: CRLF everywhere, every line folded within 75 octets of valid UTF-8")
    func documentLines() throws {
        let (ics, _, _, _) = try Self.export()
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = Self.physicalLines(ics)
        #expect(lines.last == [])  // the document ends with CRLF
        for line in lines.dropLast() {
            #expect(line.count <= 75)
            #expect(!line.contains(10) && !line.contains(13), "bare CR or LF")
            #expect(String(validating: line, as: UTF8.self) != nil, "split UTF-8 sequence")
        }
        // Folded lines exist (the descriptions are long) and every continuation starts with one space.
        let continuations = lines.filter { $0.first == 32 }
        #expect(!continuations.isEmpty)
        #expect(lines.dropLast().allSatisfy { $0.first == 32 || ($0.first.map { (65...90).contains($0) } ?? false) })
    }

    @Test("Calendar, time zone and event properties per RFC 5545")
    func structure() throws {
        let (ics, plan, _, _) = try Self.export()
        #expect(
            ics.hasPrefix(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Territory//territory \(ToolVersion.current)//ZH\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"))
        #expect(
            ics.contains(
                """
                BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n
                """))
        let text = ICSText.unfold(ics)
        let events = text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst()
        let first = plan.visits.filter { $0.repID == "R1" }.min { ($0.date, $0.seq) < ($1.date, $1.seq) }!
        let firstEvent = events.first!
        #expect(firstEvent.contains("DTSTAMP:20261001T000000Z\r\n"))
        #expect(firstEvent.contains("DTSTART;TZID=Asia/Shanghai:\(VisitCalendar.localTime(first.date, first.arrival))\r\n"))
        for e in events {
            for property in ["UID:", "DTSTAMP:", "DTSTART;TZID=Asia/Shanghai:", "DTEND;TZID=Asia/Shanghai:", "SUMMARY:", "LOCATION:", "DESCRIPTION:"] {
                #expect(e.components(separatedBy: "\r\n" + property).count + (e.hasPrefix(property) ? 1 : 0) - 1 == 1, "\(property) once per event")
            }
        }
    }

    @Test("Hostile names are escaped as TEXT: commas, semicolons, backslashes, quotes")
    func hostileText() throws {
        let (ics, _, _, _) = try Self.export()
        let text = ICSText.unfold(ics)
        #expect(text.contains("SUMMARY:社区卫生服务中心\\, 徐汇\r\n"))
        #expect(text.contains("O'Brien & \"Sons\"\\; a\\\\b\\, c · 肾内科 · 副主任医师 — B2 红区: "))
        #expect(text.contains("<script>alert(1)</script> · <img src=x onerror=alert(2)> · 主任医师 — A1 红区: "))
        // A description's doctors are one per line, the line break escaped as \n.
        #expect(!text.contains("\n ") && text.components(separatedBy: "\\n").count > 1)
    }

    @Test("One VEVENT per hospital stop: back-to-back calls at one hospital on one day")
    func oneEventPerStop() throws {
        let (ics, plan, _, _) = try Self.export()
        // Counted here independently: a stop starts at seq 1, where the hospital changes within the day,
        // or where a call does not start as the previous one ends.
        let visits = plan.visits.filter { $0.repID == "R1" }.sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
        var stops = 0
        for (k, v) in visits.enumerated()
        where k == 0 || visits[k - 1].date != v.date || visits[k - 1].hospitalID != v.hospitalID || visits[k - 1].departure != v.arrival {
            stops += 1
        }
        #expect(stops > 0 && stops < visits.count)  // the fixture has days with several calls at H1
        #expect(ics.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == stops)
        #expect(ics.components(separatedBy: "END:VEVENT\r\n").count - 1 == stops)
    }

    @Test("Two calls at one hospital on either side of lunch are two events: lunch is never busy time")
    func lunchIsFree() {
        func call(_ seq: Int, _ from: String, _ to: String) -> PlannedVisit {
            PlannedVisit(
                repID: "R1", date: CalendarDate(parsing: "2026-12-01")!, seq: seq, hospitalID: "H1", doctorID: "D\(seq)",
                arrival: ClockTime(parsing: from)!, departure: ClockTime(parsing: to)!)
        }
        let stops = HospitalStop.stops(of: [call(1, "11:00", "11:15"), call(2, "11:15", "11:30"), call(3, "13:00", "13:15")])
        #expect(stops.count == 1)
        let runs = stops[0].contiguousRuns
        #expect(runs.map { "\($0.arrival)-\($0.departure)" } == ["11:00-11:30", "13:00-13:15"])
        #expect(runs.map { $0.visits.map(\.seq) } == [[1, 2], [3]])
    }

    @Test("Exporting again, planned afresh or from plan.json, gives the same bytes; UIDs are unique")
    func stableAcrossExports() throws {
        let (ics, _, out, fixture) = try Self.export()
        let again = ReportFixture.run(
            [
                "export", "ics", "--rep", "R1", "--territory", fixture.directory.path, "--month", ReportFixture.month,
                "--out", out.appendingPathComponent("again.ics").path,
            ] + ReportFixture.effort, in: out)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try ReportFixture.read(out.appendingPathComponent("again.ics")) == ics)
        let uids = ICSText.unfold(ics).components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        #expect(uids.allSatisfy { $0.hasSuffix("@territory") })
    }

    @Test("Usage errors: no format, no --rep, an unknown rep")
    func usageErrors() throws {
        let fixture = try ReportFixture.territory()
        let cwd = try ReportFixture.temporaryDirectory()
        let noRep = ReportFixture.run(["export", "ics", "--territory", fixture.directory.path, "--lang", "en"], in: cwd)
        #expect(noRep.status == 64)
        #expect(
            noRep.stderr.hasPrefix(
                "error: missing --rep ID or --manager ID: name the rep whose month, or the manager whose co-visit days, to export\nusage: territory export ics --rep ID|--manager ID "
            ))
        let noFormat = ReportFixture.run(["export", "--rep", "R1", "--lang", "en"], in: cwd)
        #expect(noFormat.status == 64)
        #expect(noFormat.stderr.hasPrefix("error: missing the format: write `territory export ics --rep ID`\n"))
        let pdf = ReportFixture.run(["export", "pdf", "--rep", "R1", "--lang", "en"], in: cwd)
        #expect(pdf.stderr.hasPrefix("error: unknown export format \"pdf\"; expected one of ics\n"))
        let unknown = ReportFixture.run(
            ["export", "ics", "--rep", "R3", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--lang", "en"], in: cwd)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: no rep \"R3\" in the plan; did you mean \"R1\"? (reps: R1, R2)\n"))
    }

    @Test(
        "The default file name is the rep id made safe for a file system",
        arguments: [
            ("R01", "R01.ics"), ("../etc/x", "___etc_x.ics"), ("代表1", "代表1.ics"), ("", "rep.ics"),
        ])
    func fileName(rep: String, name: String) {
        #expect(ExportCommand.fileName(repID: rep) == name)
    }
}
