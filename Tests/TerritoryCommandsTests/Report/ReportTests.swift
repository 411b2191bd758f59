import Foundation
import TerritoryModel
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// `territory report`: the HTML holds every rep and red-zone doctor, nothing external, and only escaped text.
@Suite("HTML report")
struct ReportTests {
    /// Plans the fixture and writes its report; returns the HTML and the folders used.
    static func report(_ extra: [String] = []) throws -> (html: String, territory: Fixture, out: URL) {
        let fixture = try ReportFixture.territory()
        let out = try ReportFixture.temporaryDirectory()
        let r = ReportFixture.run(
            [
                "report", "--territory", fixture.directory.path, "--month", ReportFixture.month,
                "--out", out.appendingPathComponent("report.html").path,
            ] + ReportFixture.effort + extra, in: out)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "")
        return (try ReportFixture.read(out.appendingPathComponent("report.html")), fixture, out)
    }

    @Test("The report names every rep and every red-zone doctor")
    func everyRepAndRedDoctor() throws {
        let (html, fixture, _) = try Self.report()
        let territory = try fixture.load().territory
        for rep in territory.reps {
            #expect(html.contains("<h2>\(rep.id) \(rep.name) — 2026-10</h2>"))
        }
        let red = territory.gradedDoctors().filter { $0.zone.id == "red" }
        #expect(red.map(\.doctor.id) == ["D1", "D3", "D5", "D6"])
        for g in red {
            // Named in the coaching table of its rep, escaped.
            #expect(html.contains("<tr><td class=\"nw\">\(HTML.escape(g.doctor.name))</td><td>\(HTML.escape(g.hospital.name))</td>"))
        }
    }

    @Test("A hostile doctor name and department show as text, never as markup")
    func hostileTextIsEscaped() throws {
        let (html, _, _) = try Self.report()
        #expect(!html.contains(ReportFixture.scriptName))
        #expect(!ReportFixture.withoutOwnScript(html).contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("O&#39;Brien &amp; &quot;Sons&quot;; a\\b, c"))
        #expect(!html.contains("O'Brien"))
    }

    @Test("The report references nothing outside itself: no URL, stylesheet link, image or font; its one script is its own")
    func selfContained() throws {
        let (html, _, _) = try Self.report(["--lang", "en"])
        for banned in ["http://", "https://", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", "@font-face"] {
            #expect(!html.lowercased().contains(banned), "found \(banned)")
        }
        // The one script is the inline table sorter, at the end of the body; it fetches, imports and writes no markup.
        #expect(!ReportFixture.withoutOwnScript(html).contains("<script"))
        #expect(html.hasSuffix("<script>\n\(ReportScript.sortableRepTable)\n</script>\n</body>\n</html>\n"))
        for banned in ["fetch", "XMLHttpRequest", "import", "innerHTML", "eval", "document.write", "src", "http"] {
            #expect(!ReportScript.sortableRepTable.contains(banned), "script uses \(banned)")
        }
        // No element has a src attribute, and every link is to an anchor in the page.
        let tags = html.split(separator: "<").map { $0.prefix { $0 != ">" } }
        #expect(!tags.contains { $0.contains(" src=") || $0.contains(" srcset=") || $0.contains("xlink:href") })
        let hrefs = tags.compactMap { tag -> Substring? in
            guard let r = tag.range(of: " href=\"") else { return nil }
            return tag[r.upperBound...]
        }
        #expect(!hrefs.isEmpty)
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") })
    }

    @Test("Hostile rules text stays inert: zone names and tactics escaped, a zone colour that is not #rrggbb becomes grey")
    func hostileRules() throws {
        let fixture = try ReportFixture.territory()
        try fixture.write(
            "rules.json",
            Data(
                #"""
                {"zones": [
                 {"id": "red", "name": "<i>红</i>", "name_en": "Hot</td>", "color": "red;background:url(//x.example/a.png)",
                  "cells": ["A1","A2","B1","B2"], "tactics": ["<script>alert('t')</script>"], "cue": "cue & <b>"},
                 {"id": "yellow", "name": "黄区", "name_en": "Yellow", "color": "#f0ad4e", "cells": ["A3","B3"], "tactics": ["x"], "cue": "y"},
                 {"id": "blue", "name": "蓝区", "name_en": "Blue", "color": "#5bc0de", "cells": ["C1","C2","C3"], "tactics": ["z"], "cue": "w"}
                ]}
                """#.utf8))
        let out = try ReportFixture.temporaryDirectory()
        let r = ReportFixture.run(
            [
                "report", "--territory", fixture.directory.path, "--month", ReportFixture.month,
                "--out", out.appendingPathComponent("r.html").path,
            ] + ReportFixture.effort, in: out)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try ReportFixture.read(out.appendingPathComponent("r.html"))
        #expect(!html.contains("url(") && !html.contains("<i>") && !ReportFixture.withoutOwnScript(html).contains("<script"))
        #expect(html.contains("&lt;i&gt;红&lt;/i&gt;"))
        #expect(html.contains("<li>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</li>"))
        #expect(html.contains("<span class=\"swatch\" style=\"background:rgba(150,150,150,1.00)\"></span>&lt;i&gt;红&lt;/i&gt;"))
    }

    @Test("The month view greys holidays with their name and marks make-up days and leave")
    func calendarMarksDays() throws {
        let (html, _, _) = try Self.report()
        // 2026-10-01 (Thursday) is 国庆节; 2026-10-10 (Saturday) is a make-up working day; R2 is on leave 10-12.
        #expect(html.contains("<td class=\"off\"><div class=\"day-no\">1<span class=\"day-note\">国庆节</span></div></td>"))
        #expect(html.contains("<span class=\"day-note\">调休上班</span>"))
        #expect(html.contains("<td class=\"leave\"><div class=\"day-no\">12<span class=\"day-note\">请假</span></div></td>"))
        // October 2026 starts on a Thursday: three empty cells before the 1st.
        #expect(html.contains("<tr>" + String(repeating: "<td class=\"empty\"></td>", count: 3) + "<td class=\"off\"><div class=\"day-no\">1<"))
    }

    @Test("Reporting the plan.json that `plan` wrote gives the same bytes as planning within `report`")
    func planFileGivesSameReport() throws {
        let (fresh, fixture, out) = try Self.report()
        let planDir = out.appendingPathComponent("plan")
        let p = ReportFixture.run(
            ["plan", "--territory", fixture.directory.path, "--month", ReportFixture.month, "--out", planDir.path]
                + ReportFixture.effort, in: out)
        #expect(p.status == 0, "\(p.stderr)")
        let r = ReportFixture.run(
            [
                "report", "--territory", fixture.directory.path, "--plan", planDir.appendingPathComponent("plan.json").path,
                "--out", out.appendingPathComponent("from-file.html").path,
            ], in: out)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try ReportFixture.read(out.appendingPathComponent("from-file.html")) == fresh)
    }

    @Test("Without --out the report goes to plans/<month>/report.html; a --month that contradicts --plan is refused")
    func defaultOutputAndMonthMismatch() throws {
        let fixture = try ReportFixture.territory()
        let cwd = try ReportFixture.temporaryDirectory()
        let r = ReportFixture.run(["report", "--territory", fixture.directory.path, "--month", ReportFixture.month] + ReportFixture.effort, in: cwd)
        #expect(r.status == 0)
        let written = cwd.appendingPathComponent("plans/2026-10/report.html")
        #expect(FileManager.default.fileExists(atPath: written.path))
        #expect(r.stderr.hasSuffix("已写入 \(written.path)\n"))

        _ = ReportFixture.run(["plan", "--territory", fixture.directory.path, "--month", ReportFixture.month] + ReportFixture.effort, in: cwd)
        let m = ReportFixture.run(
            ["report", "--territory", fixture.directory.path, "--plan", "plans/2026-10/plan.json", "--month", "2026-11", "--lang", "en"], in: cwd)
        #expect(m.status == 64)
        #expect(m.stderr == "error: --month 2026-11 does not match the plan's month 2026-10; leave out --month, or give the plan of 2026-11\n")
    }

    @Test(
        "HTML escaping replaces exactly & < > \" '",
        arguments: [
            ("plain 文本", "plain 文本"), ("a & b", "a &amp; b"), ("<b>", "&lt;b&gt;"), ("\"q\"", "&quot;q&quot;"), ("it's", "it&#39;s"),
            ("&amp;", "&amp;amp;"), ("bell\u{7}", "bell"),
        ])
    func escape(text: String, escaped: String) {
        #expect(HTML.escape(text) == escaped)
    }

    @Test("Zone colours reach style attributes only as parsed numbers")
    func colors() {
        #expect(HTML.color("#d9534f") == "rgba(217,83,79,1.00)")
        #expect(HTML.color("#5b9bd5", alpha: 0.22) == "rgba(91,155,213,0.22)")
        #expect(HTML.color("red;}</style><script>", alpha: 0.5) == "rgba(150,150,150,0.50)")
    }
}
