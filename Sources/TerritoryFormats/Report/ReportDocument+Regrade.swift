import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// The zone ranked first by the rules (red by default) and the one after it (yellow): the coaching view
    /// counts doctors who moved from the second up to the first, and the first's doctors who fell back.
    var coachedZones: (top: String, next: String)? {
        let ranked = territory.rules.zones.map(\.id).sorted { territory.rules.priorityRank(ofZone: $0) < territory.rules.priorityRank(ofZone: $1) }
        return ranked.count >= 2 ? (ranked[0], ranked[1]) : nil
    }

    /// The district's re-grade since the earlier snapshot: zone movement, visits and the movement matrix; "" without one.
    func regradeOverview() -> String {
        guard let r = regrade else { return "" }
        let m = r.total.movement
        var out = "<h3>\(h(t("月底分级调整（与 \(r.before.source) 相比）", "Month-end re-grade (against \(r.before.source))")))</h3>\n"
        out +=
            "<p class=\"meta\">"
            + h(
                t(
                    "之前 \(m.doctorsBefore) 位医生，之后 \(m.doctorsAfter) 位；级别变化 \(m.movements.filter(\.cellChanged).count) 位，换代表 \(m.repChanges) 位（按医生编号匹配）。下月拜访增加 \(m.visitsAdded) 次，减少 \(m.visitsRemoved) 次，净 \(RegradeDocument.signed(m.visitsNet)) 次。",
                    "\(m.doctorsBefore) doctors before, \(m.doctorsAfter) after; \(m.movements.filter(\.cellChanged).count) changed cell, \(m.repChanges) changed rep (matched by doctor id). Visits next month: \(m.visitsAdded) added, \(m.visitsRemoved) removed, net \(RegradeDocument.signed(m.visitsNet))."
                )) + "</p>\n"
        let header = r.zoneHeader
        out +=
            "<div class=\"row\">\n<div><table>\n<tr>" + header.enumerated().map { i, x in "<th\(i > 0 ? " class=\"num\"" : "")>\(h(x))</th>" }.joined()
            + "</tr>\n"
        for z in m.zones {
            let color = territory.rules.zone(id: z.zoneID)?.color ?? ""
            out +=
                "<tr><td><span class=\"swatch\" style=\"background:\(HTML.color(color))\"></span>\(h(r.zoneName(z.zoneID)))</td>"
                + RegradeDocument.zoneCounts(z).map { "<td class=\"num\">\($0)</td>" }
                .joined() + "</tr>\n"
        }
        out += "</table></div>\n<div>" + movementMatrix(m.matrix, regrade: r) + "</div>\n</div>\n"
        return out
    }

    /// The 10×10 movement matrix as a table: rows the cell before, columns the cell after; changes tinted.
    func movementMatrix(_ x: MovementMatrix, regrade r: RegradeDocument) -> String {
        let labels = Cell.all.map(\.id) + [r.notListed]
        var out =
            "<table class=\"grid\">\n<tr><th>\(h(t("之前＼之后", "before＼after")))</th>" + labels.map { "<th>\(h($0))</th>" }.joined()
            + "<th>\(h(t("合计", "Total")))</th></tr>\n"
        for row in 0..<MovementMatrix.size {
            out += "<tr><th>\(h(labels[row]))</th>"
            for column in 0..<MovementMatrix.size {
                let n = x.count(row: row, column: column)
                let style = n > 0 && row != column ? " style=\"background:\(HTML.color("#f0ad4e", alpha: 0.35))\"" : ""
                out += "<td class=\"num\"\(style)>\(n)</td>"
            }
            out += "<td class=\"num\">\(x.rowTotal(row))</td></tr>\n"
        }
        out +=
            "<tr><th>\(h(t("合计", "Total")))</th>" + (0..<MovementMatrix.size).map { "<td class=\"num\">\(x.columnTotal($0))</td>" }.joined()
            + "<td class=\"num\">\(x.counts.reduce(0, +))</td></tr>\n</table>\n"
        return out
    }

    /// A rep's coaching since the earlier snapshot: how many doctors of the second zone moved up into the first
    /// (yellow → red by default) and which of the first zone's doctors fell back; "" without a re-grade.
    func regradeCoaching(_ repID: String) -> String {
        guard let r = regrade, let (top, next) = coachedZones else { return "" }
        let mine = r.total.movement.movements.filter { $0.repAfter == repID }.sorted(by: RegradeDocument.listOrder)
        let up = mine.filter { $0.zoneBefore == next && $0.zoneAfter == top }
        let back = mine.filter { $0.zoneBefore == top && $0.zoneAfter != nil && $0.zoneAfter != top }
        let (topName, nextName) = (r.zoneName(top), r.zoneName(next))
        var out = "<h4>\(h(t("与上次分级相比（\(r.before.source)）", "Since the earlier grading (\(r.before.source))")))</h4>\n"
        out +=
            "<div class=\"kpis\"><div class=\"kpi\"><b>\(up.count)</b><span>\(h(t("\(nextName)升入\(topName)", "\(nextName) → \(topName)")))</span></div>"
            + "<div class=\"kpi\(back.isEmpty ? "" : " bad")\"><b>\(back.count)</b><span>\(h(t("\(topName)回落", "fell back from \(topName)")))</span></div></div>\n"
        let header = [
            t("医生", "Doctor"), t("医院", "Hospital"), t("原级别", "Cell before"), t("新级别", "Cell after"), t("新区", "Zone after"), t("拜访变化", "Visits change"),
        ]
        for (label, list) in [
            (t("\(nextName)升入\(topName)", "Moved up from \(nextName) to \(topName)"), up), (t("\(topName)回落", "Fell back from \(topName)"), back),
        ]
        where !list.isEmpty {
            out += "<p class=\"meta\">\(h(label))</p>\n<table class=\"doctors\">\n<tr>" + header.map { "<th>\(h($0))</th>" }.joined() + "</tr>\n"
            for d in list {
                out +=
                    "<tr><td>\(h(d.latest.name))</td><td>\(h(d.latest.hospitalName))</td><td>\(h(r.cellName(d.cellBefore)))</td>"
                    + "<td>\(h(r.cellName(d.cellAfter)))</td><td>\(h(r.zoneName(d.zoneAfter)))</td>"
                    + "<td class=\"num\">\(h(RegradeDocument.signed(d.visitsChange)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }
}
