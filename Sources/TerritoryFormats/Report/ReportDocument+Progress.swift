import TerritoryModel
import TerritoryPlanner

extension ReportDocument {
    /// Headings of the progress counts, as `territory progress` labels them.
    var progressHeader: [String] {
        [
            t("需求", "Required"), t("计划", "Planned"), t("已完成", "Done"), t("取消", "Cancelled"), t("未见到", "Not met"),
            t("剩余", "Remaining"), t("计划待访", "Planned ahead"), t("达成率", "Attainment"), t("按时进度", "On track"), t("风险医生", "At risk"),
        ]
    }

    /// The counts of a group as table cells.
    func progressCells(_ x: ProgressTotals) -> String {
        ([x.required, x.planned, x.done, x.cancelled, x.notMet, x.remaining, x.plannedAhead].map(String.init)
            + [ProgressDocument.percent(x.attainment), ProgressDocument.percent(x.onTrack)]).map { "<td class=\"num\">\(h($0))</td>" }.joined()
            + "<td class=\"num\(x.atRisk > 0 ? " warn" : "")\">\(x.atRisk)</td>"
    }

    /// `本月进度（截至 2026-12-10）`.
    func progressHeading(_ p: MonthProgress) -> String {
        "<h3>\(h(t("本月进度（截至 \(p.asOf)）", "Progress as of \(p.asOf)")))</h3>\n"
    }

    /// The district's progress: one row per rep and a total, then the definitions; "" without progress.
    func progressOverview() -> String {
        guard let p = progress else { return "" }
        let header = [t("代表", "Rep"), t("姓名", "Name"), t("已过/可用天数", "Days gone")] + progressHeader
        var out =
            progressHeading(p) + "<div class=\"wide\"><table class=\"reps\">\n<tr>"
            + header.enumerated().map { i, x in
                "<th\(i >= 2 ? " class=\"num\"" : "")>\(h(x))</th>"
            }.joined() + "</tr>\n"
        for r in p.reps {
            let anchor = plan.reps.firstIndex { $0.repID == r.rep.id }.map { "<a href=\"#rep-\($0)\">\(h(r.rep.id))</a>" } ?? h(r.rep.id)
            out +=
                "<tr><td>\(anchor)</td><td>\(h(r.rep.name))</td><td class=\"num\">\(r.elapsedDays)/\(r.availableDays)</td>"
                + progressCells(r.totals) + "</tr>\n"
        }
        out += "<tr><th colspan=\"3\">\(h(t("合计", "Total")))</th>" + progressCells(p.total) + "</tr>\n</table></div>\n"
        return out + ProgressDocument.legend(language).split(separator: "\n").map { "<p class=\"meta\">\(h(String($0)))</p>\n" }.joined()
    }

    /// One rep's progress: done of required, attainment, on track, and the doctors at risk with why; "" without progress.
    func progressOfRep(_ repID: String) -> String {
        guard let p = progress, let r = p.reps.first(where: { $0.rep.id == repID }) else { return "" }
        func kpi(_ value: String, _ label: String, bad: Bool = false) -> String {
            "<div class=\"kpi\(bad ? " bad" : "")\"><b>\(h(value))</b><span>\(h(label))</span></div>"
        }
        var out = progressHeading(p) + "<div class=\"kpis\">"
        out += kpi("\(r.totals.done) / \(r.totals.required)", t("已完成 / 需求", "Done / required"))
        out += kpi(ProgressDocument.percent(r.totals.attainment), t("达成率", "Attainment"))
        out += kpi(
            ProgressDocument.percent(r.totals.onTrack),
            t("按时进度（已过 \(r.elapsedDays)/\(r.availableDays) 天）", "On track (\(r.elapsedDays)/\(r.availableDays) days gone)"))
        out += kpi(String(r.totals.atRisk), t("风险医生", "Doctors at risk"), bad: r.totals.atRisk > 0)
        out += "</div>\n"
        let atRisk = p.doctors.filter { $0.doctor.doctor.repID == repID && $0.risk != nil }
        guard !atRisk.isEmpty else {
            return out + "<p class=\"empty-note\">\(h(t("没有风险医生：剩余拜访都还排得下。", "No doctor at risk: every remaining visit still fits.")))</p>\n"
        }
        let header = [
            t("医生编号", "Doctor ID"), t("姓名", "Name"), t("医院", "Hospital"), t("级别", "Cell"), t("区", "Zone"),
            t("已完成/需求", "Done/required"), t("最近拜访", "Last done"), t("风险", "Risk"),
        ]
        out +=
            "<div class=\"wide\"><table class=\"doctors\">\n<tr>"
            + header.enumerated().map { i, x in "<th\(i == 5 ? " class=\"num\"" : "")>\(h(x))</th>" }.joined() + "</tr>\n"
        for d in atRisk {
            let g = d.doctor
            out +=
                "<tr><td class=\"nw\">\(h(g.doctor.id))</td><td class=\"nw\">\(h(g.doctor.name))</td><td>\(h(g.hospital.name))</td><td>\(g.cell.id)</td>"
                + "<td>\(h(g.zone.name(english: en)))</td><td class=\"num\">\(d.done)/\(d.required)</td><td>\(d.lastDone?.description ?? "")</td>"
                + "<td>\(h(ProgressDocument.riskText(d.risk, language)))</td></tr>\n"
        }
        return out + "</table></div>\n"
    }
}
