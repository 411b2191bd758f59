import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// The 3×3 heatmap: rows A/B/C (grade), columns 1/2/3 (behaviour); each cell its count and share,
    /// tinted with its zone's colour, darker the more doctors it holds.
    func nineGrid(_ group: [GradedDoctor]) -> String {
        var counts: [Cell: Int] = [:]
        for g in group { counts[g.cell, default: 0] += 1 }
        let most = max(1, counts.values.max() ?? 1)
        let total = group.count
        let columns = Behavior.allCases.map { "<th>\($0.rawValue) \(h(en ? $0.englishLabel : $0.label))</th>" }.joined()
        var out = "<table class=\"grid\">\n<tr><th>\(h(t("分级＼行为", "Grade＼behaviour")))</th>\(columns)<th>\(h(t("合计", "Total")))</th></tr>\n"
        for grade in Grade.allCases {
            out += "<tr><th>\(grade.letter)</th>"
            var rowTotal = 0
            for b in Behavior.allCases {
                let cell = Cell(grade: grade, behavior: b)
                let n = counts[cell] ?? 0
                rowTotal += n
                let zone = territory.rules.zone(of: cell)
                let alpha = n == 0 ? 0.08 : 0.22 + 0.68 * Double(n) / Double(most)
                let share = total == 0 ? 0 : Double(n) / Double(total)
                out +=
                    "<td style=\"background:\(HTML.color(zone?.color ?? "", alpha: alpha))\" title=\"\(h(zone?.name(english: en) ?? ""))\">"
                    + "<small>\(cell.id)</small><b>\(n)</b><small>\(h(PlanDocument.percent(share)))</small></td>"
            }
            out += "<td class=\"num\">\(rowTotal)</td></tr>\n"
        }
        let colTotals = Behavior.allCases.map { b in Grade.allCases.reduce(0) { $0 + (counts[Cell(grade: $1, behavior: b)] ?? 0) } }
        out +=
            "<tr><th>\(h(t("合计", "Total")))</th>" + colTotals.map { "<td class=\"num\">\($0)</td>" }.joined()
            + "<td class=\"num\"><b>\(total)</b></td></tr>\n</table>\n"
        out +=
            "<p class=\"meta\">"
            + territory.rules.zones.map { z in
                "<span class=\"swatch\" style=\"background:\(HTML.color(z.color))\"></span>\(h(z.name(english: en))) \(h(z.cells.map(\.id).joined(separator: " ")))"
            }.joined(separator: " &nbsp; ") + "</p>\n"
        return out
    }

    /// Doctors, required and planned visits and the shortfall per zone, with a total row.
    func zoneTable(doctors group: [GradedDoctor], plannedByZone: [String: Int]) -> String {
        let header = [t("区", "Zone"), t("医生", "Doctors"), t("需求", "Required"), t("已安排", "Planned"), t("缺口", "Shortfall"), t("完成率", "Covered")]
        var out = "<table>\n<tr>" + header.enumerated().map { i, x in "<th\(i > 0 ? " class=\"num\"" : "")>\(h(x))</th>" }.joined() + "</tr>\n"
        var totals = (doctors: 0, required: 0, planned: 0)
        func row(_ label: String, _ n: Int, _ required: Int, _ planned: Int) -> String {
            let shortfall = max(0, required - planned)
            let covered = required == 0 ? "—" : PlanDocument.percent(Double(planned) / Double(required))
            return "<td class=\"num\">\(n)</td><td class=\"num\">\(required)</td><td class=\"num\">\(planned)</td>"
                + "<td class=\"num\(shortfall > 0 ? " warn" : "")\">\(shortfall)</td><td class=\"num\">\(h(covered))</td></tr>\n"
        }
        for z in territory.rules.zones {
            let members = group.filter { $0.zone.id == z.id }
            let required = members.reduce(0) { $0 + $1.visitsPerMonth }
            let planned = plannedByZone[z.id] ?? 0
            totals.doctors += members.count
            totals.required += required
            totals.planned += planned
            out +=
                "<tr><td><span class=\"swatch\" style=\"background:\(HTML.color(z.color))\"></span>\(h(z.name(english: en)))</td>"
                + row(z.name, members.count, required, planned)
        }
        out += "<tr><th>\(h(t("合计", "Total")))</th>" + row("", totals.doctors, totals.required, totals.planned)
        return out + "</table>\n"
    }
}
